# The Debian package: install rules, desktop assets and CPack's DEB generator. Included last by the root
# CMakeLists.txt, once the program targets exist. `bash packaging/build-deb.sh` builds the package;
# packaging/check-deb.sh checks it (CTest: check_deb).

# The reverse-DNS id names the desktop entry, the AppStream component, the MIME package and the icon.
set(FOLEY_APP_ID org.foleyforge.FoleyForge)
# Where the metainfo's screenshot and the package's Homepage point: resources/screenshots/editor.png is to be
# published at ${FOLEY_HOMEPAGE}/screenshots/editor.png.
set(FOLEY_HOMEPAGE https://foleyforge.org)
set(FOLEY_MAINTAINER "FoleyForge maintainers <maintainers@users.noreply.b-seed-f96b4a6e.example>")

include(${CMAKE_CURRENT_LIST_DIR}/DesktopAssets.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/Install.cmake)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME foleyforge)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "FoleyForge maintainers")
set(CPACK_PACKAGE_CONTACT ${FOLEY_MAINTAINER})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "AI-assisted foley editor: sound effects in sync with a video")
# No apostrophes in it: CPack 3.25 writes them as &apos; into the control file.
set(CPACK_PACKAGE_DESCRIPTION_FILE ${CMAKE_CURRENT_LIST_DIR}/description.txt)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${FOLEY_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION sound)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${FOLEY_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# Libraries the programs link come from dpkg-shlibdeps; these are loaded at run time instead: Qt Multimedia's
# GStreamer backend needs the plugins to play video (without them QMediaPlayer crashes), Qt SQL loads its SQLite
# driver as a plugin for the sound-library index, the OpenMP OpenBLAS is what
# libtorch was benchmarked with, aubioonset is the optional reference detector of `foleyforge-cli eval-onsets`.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, gstreamer1.0-libav, libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libopenblas0-openmp")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "aubio-tools")
include(CPack)
