# Files the Debian package installs beside the programs that are made at build time: the AppStream metainfo and the
# copyright file (configured), the changelog (gzipped), the PNG icons (rasterised from the SVG) and the man pages
# (help2man over each program's --help). Included by packaging/cpack/Packaging.cmake, which sets FOLEY_APP_ID,
# FOLEY_HOMEPAGE and FOLEY_MAINTAINER.
set(FOLEY_ASSETS_DIR ${PROJECT_BINARY_DIR}/packaging)
set(FOLEY_CHANGELOG ${PROJECT_SOURCE_DIR}/packaging/cpack/changelog)
set(FOLEY_MODEL_JSON ${PROJECT_SOURCE_DIR}/resources/models/default/model.json)
set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${FOLEY_CHANGELOG} ${FOLEY_MODEL_JSON})

# The changelog is the one home of the release: its newest entry must be this project version, and its date is the
# release date the metainfo shows.
function(foley_release_date out)
  file(STRINGS ${FOLEY_CHANGELOG} lines)
  list(GET lines 0 first)
  if(NOT first MATCHES "^foleyforge \\(${PROJECT_VERSION}\\) ")
    message(FATAL_ERROR "packaging/cpack/changelog: the newest entry must be version ${PROJECT_VERSION}: ${first}")
  endif()
  list(FILTER lines INCLUDE REGEX "^ -- ")
  list(GET lines 0 trailer)
  if(NOT trailer MATCHES ", ([0-9][0-9]) ([A-Z][a-z][a-z]) ([0-9][0-9][0-9][0-9]) ")
    message(FATAL_ERROR "packaging/cpack/changelog: no RFC 2822 date in '${trailer}'")
  endif()
  set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
  list(FIND months ${CMAKE_MATCH_2} month)
  math(EXPR month "${month} + 1" OUTPUT_FORMAT DECIMAL)
  string(LENGTH "${month}" digits)
  if(digits EQUAL 1)
    set(month "0${month}")
  endif()
  set(${out} "${CMAKE_MATCH_3}-${month}-${CMAKE_MATCH_1}" PARENT_SCOPE)
endfunction()

# One DEP-5 comment line per package the default pack was trained on, from model.json (the pack's own record).
function(foley_model_data_licences out)
  file(READ ${FOLEY_MODEL_JSON} json)
  string(JSON count LENGTH "${json}" trainingData data packages)
  set(text "")
  math(EXPR last "${count} - 1")
  foreach(i RANGE ${last})
    string(JSON package GET "${json}" trainingData data packages ${i} package)
    string(JSON version GET "${json}" trainingData data packages ${i} version)
    string(JSON licence GET "${json}" trainingData data packages ${i} licence)
    set(clips 0)
    foreach(split train val test)
      string(JSON n ERROR_VARIABLE missing GET "${json}" trainingData data packages ${i} clips ${split})
      if(NOT missing)
        math(EXPR clips "${clips} + ${n}")
      endif()
    endforeach()
    string(APPEND text "  ${package} ${version}: ${licence}; ${clips} clips\n")
  endforeach()
  string(REGEX REPLACE "\n$" "" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

foley_release_date(FOLEY_RELEASE_DATE)
foley_model_data_licences(FOLEY_MODEL_DATA_LICENCES)
configure_file(${PROJECT_SOURCE_DIR}/resources/desktop/${FOLEY_APP_ID}.metainfo.xml.in
  ${FOLEY_ASSETS_DIR}/${FOLEY_APP_ID}.metainfo.xml @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/packaging/cpack/copyright.in ${FOLEY_ASSETS_DIR}/copyright @ONLY)

# Build tools of the package (packaging/install-deps.sh installs them).
find_program(FOLEY_GZIP gzip REQUIRED)
find_program(FOLEY_RSVG_CONVERT rsvg-convert REQUIRED)
find_program(FOLEY_HELP2MAN help2man REQUIRED)

# -n: no timestamp or file name inside, so the .gz files are reproducible (lintian checks).
add_custom_command(OUTPUT ${FOLEY_ASSETS_DIR}/changelog.gz
  COMMAND ${CMAKE_COMMAND} -E copy ${FOLEY_CHANGELOG} ${FOLEY_ASSETS_DIR}/changelog
  COMMAND ${FOLEY_GZIP} -9nf ${FOLEY_ASSETS_DIR}/changelog
  DEPENDS ${FOLEY_CHANGELOG} VERBATIM)
set(FOLEY_ASSETS ${FOLEY_ASSETS_DIR}/changelog.gz)

set(FOLEY_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/${FOLEY_APP_ID}.svg)
set(FOLEY_ICON_SIZES 48 128 256)
foreach(size ${FOLEY_ICON_SIZES})
  set(png ${FOLEY_ASSETS_DIR}/icons/${size}/${FOLEY_APP_ID}.png)
  add_custom_command(OUTPUT ${png}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${FOLEY_ASSETS_DIR}/icons/${size}
    COMMAND ${FOLEY_RSVG_CONVERT} --width ${size} --height ${size} --output ${png} ${FOLEY_ICON_SVG}
    DEPENDS ${FOLEY_ICON_SVG} VERBATIM)
  list(APPEND FOLEY_ASSETS ${png})
endforeach()

# foley_man_page(PROGRAM name COMMAND path NAME "what it is" [DEPENDS target] [WITH_COMMANDS]): man1/<name>.1.gz
# from `path --help` as packaging/cpack/man-help.sh presents it; WITH_COMMANDS adds a COMMANDS section with each
# command's own --help. The editor needs no display for --help (offscreen platform); PASSIVE spares the OpenMP
# policy's re-exec; the C locale keeps the pages English whatever the builder's locale.
function(foley_man_page)
  cmake_parse_arguments(M "WITH_COMMANDS" "PROGRAM;COMMAND;NAME;DEPENDS" "" ${ARGN})
  set(page ${FOLEY_ASSETS_DIR}/man/${M_PROGRAM}.1)
  set(helper ${PROJECT_SOURCE_DIR}/packaging/cpack/man-help.sh)
  set(env ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen OMP_WAIT_POLICY=PASSIVE LC_ALL=C.UTF-8)
  set(includes --include=${PROJECT_SOURCE_DIR}/packaging/cpack/man-common.h2m)
  set(commands "")
  if(M_WITH_COMMANDS)
    set(commands COMMAND ${env} ${helper} --commands ${M_COMMAND} ${page}.commands.h2m)
    list(APPEND includes --include=${page}.commands.h2m)
  endif()
  add_custom_command(OUTPUT ${page}.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${FOLEY_ASSETS_DIR}/man
    ${commands}
    COMMAND ${env} FOLEY_MAN_PROGRAM=${M_COMMAND}
      ${FOLEY_HELP2MAN} --no-info --section=1 --source=FoleyForge "--version-string=${M_PROGRAM} ${PROJECT_VERSION}"
        --name=${M_NAME} ${includes} --output=${page} ${helper}
    COMMAND ${FOLEY_GZIP} -9nf ${page}
    DEPENDS ${M_DEPENDS} ${helper} ${PROJECT_SOURCE_DIR}/packaging/cpack/man-common.h2m VERBATIM)
  set(FOLEY_ASSETS ${FOLEY_ASSETS} ${page}.gz PARENT_SCOPE)
endfunction()

foley_man_page(PROGRAM foleyforge COMMAND $<TARGET_FILE:foleyforge> DEPENDS foleyforge
  NAME "AI-assisted foley editor: generate sound effects in sync with a video")
foley_man_page(PROGRAM foleyforge-cli COMMAND $<TARGET_FILE:foleyforge-cli> DEPENDS foleyforge-cli WITH_COMMANDS
  NAME "FoleyForge on the command line: probe, detect onsets, generate takes, export")
foley_man_page(PROGRAM foleyforge-train COMMAND $<TARGET_FILE:foleyforge-train> DEPENDS foleyforge-train WITH_COMMANDS
  NAME "build sound corpora, train, evaluate and pack FoleyForge model packs")
foley_man_page(PROGRAM foleyforge-install-sound-library
  COMMAND ${PROJECT_SOURCE_DIR}/packaging/foleyforge-install-sound-library
  DEPENDS ${PROJECT_SOURCE_DIR}/packaging/foleyforge-install-sound-library
  NAME "install FoleyForge's sound library into your data folder")

add_custom_target(foley_desktop_assets ALL DEPENDS ${FOLEY_ASSETS})
