# What `cmake --install` (and so the Debian package) puts where. The programs find their resources at
# <bindir>/FOLEY_INSTALLED_RESOURCES (app/services/ResourceLocator), which this file derives from the same
# destinations it installs to, so the two cannot drift apart. Included by packaging/cpack/Packaging.cmake.
include(GNUInstallDirs)
# Directories the install creates are 0755 whatever the builder's umask (Debian policy; lintian checks).
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(FOLEY_RESOURCES_DESTINATION ${CMAKE_INSTALL_DATADIR}/foleyforge)
file(RELATIVE_PATH FOLEY_INSTALLED_RESOURCES /prefix/${CMAKE_INSTALL_BINDIR} /prefix/${FOLEY_RESOURCES_DESTINATION})
target_compile_definitions(foley_services PRIVATE FOLEY_INSTALLED_RESOURCES="${FOLEY_INSTALLED_RESOURCES}")

install(TARGETS foleyforge foleyforge-cli foleyforge-train RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(PROGRAMS packaging/foleyforge-install-sound-library DESTINATION ${CMAKE_INSTALL_BINDIR})

# Resources: the default model pack with its card, the demo project, and the package list the sound-library
# installer downloads (one home: packaging/fetch-sound-packages.sh). The translations are compiled into the editor
# (qt_add_translations, :/i18n), so there is no .qm file to install.
install(DIRECTORY resources/models/default DESTINATION ${FOLEY_RESOURCES_DESTINATION}/models)
install(FILES resources/demo/demo.foley resources/demo/demo.mp4 resources/demo/demo-onsets.csv
  resources/demo/README.md DESTINATION ${FOLEY_RESOURCES_DESTINATION}/demo)
install(PROGRAMS packaging/fetch-sound-packages.sh DESTINATION ${FOLEY_RESOURCES_DESTINATION})
install(FILES resources/library/ucs-catids.csv resources/library/README.md DESTINATION ${FOLEY_RESOURCES_DESTINATION}/library)

# Desktop integration: launcher, AppStream metadata, the .foley file type, icons.
install(FILES resources/desktop/${FOLEY_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${FOLEY_ASSETS_DIR}/${FOLEY_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/desktop/${FOLEY_APP_ID}.mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
  RENAME ${FOLEY_APP_ID}.xml)
install(FILES ${FOLEY_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size ${FOLEY_ICON_SIZES})
  install(FILES ${FOLEY_ASSETS_DIR}/icons/${size}/${FOLEY_APP_ID}.png
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()

# Manual pages and the Debian documentation files.
foreach(program foleyforge foleyforge-cli foleyforge-train foleyforge-install-sound-library)
  install(FILES ${FOLEY_ASSETS_DIR}/man/${program}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
install(FILES ${FOLEY_ASSETS_DIR}/copyright ${FOLEY_ASSETS_DIR}/changelog.gz
  DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/foleyforge)
