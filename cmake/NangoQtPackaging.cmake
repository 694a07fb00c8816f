# Debian packages, split the Debian way: `cpack -G DEB` in the build tree (or the `package`
# target) makes one .deb per install component (README "Packages"):
#
#   component       package                    holds
#   CoreRuntime     libnangoqt6core<SOVERSION>    libNangoQt6Core.so.<SOVERSION> and .so.<VERSION>
#   WidgetsRuntime  libnangoqt6widgets<SOVERSION> libNangoQt6Widgets.so.<SOVERSION> ...
#   QuickRuntime    libnangoqt6quick<SOVERSION>   libNangoQt6Quick.so.<SOVERSION> ...
#   Devel           libnangoqt6-dev            headers, the .so links, the CMake package, the start-up objects
#   QmlModule       qml6-module-nangoqt        `import NangoQt` in Qt's QML directory
#   Connect         nango-connect              the CLI
#   DevServer       nango-dev-server           the local Nango-compatible server
#   Demo            nangoqt-demo               the demo app
#
# The library packages are named after the SONAME (Debian policy 8.1: libNangoQt6Core.so.0.2 →
# libnangoqt6core0.2), so two ABIs can be installed side by side; the packages of one build
# depend on each other at exactly its version. Dependencies on Qt and the C++ runtime come from
# dpkg-shlibdeps. Executables and libraries are stripped (a RelWithDebInfo build's debug info is
# not shipped; there are no -dbgsym packages).
set(CPACK_PACKAGE_NAME "nangoqt")
set(CPACK_PACKAGE_VENDOR "NangoQt")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# CPack's own default summary: CPackDeb prepends any other one to every component's description,
# which would give all packages the same first line (each has its own below).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
# The repository names no maintainer address: a placeholder to override when publishing.
set(NANGOQT_PACKAGE_MAINTAINER "NangoQt maintainers <maintainers@nangoqt.invalid>" CACHE STRING
    "The Maintainer field of the Debian packages")
set(CPACK_PACKAGE_CONTACT "${NANGOQT_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}") # the .debs land in the build tree
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")
set(CPACK_SOURCE_GENERATOR "") # no source package target: the git tree is the source
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_THREADS 1) # xz on one core: the build machines are shared (cpack takes seconds)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # <package>_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://nango.dev")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps must find our own libraries, which the package being built does not hold (the
# programs, the QML plugin, the faces need Core): their build directories. No package on this
# machine owns them (--ignore-missing-info, which CPack passes); the Depends on their packages
# come from the component dependencies below.
foreach(_lib NangoQtCore NangoQtWidgets NangoQtQuick)
    if(TARGET ${_lib})
        get_target_property(_dir ${_lib} BINARY_DIR)
        list(APPEND CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${_dir}")
    endif()
endforeach()
# A DEBIAN/shlibs file in each library package (the only packages with a SONAME'd library):
# "libNangoQt6Core 0.2 libnangoqt6core0.2 (= 0.2.0-1)", so packages built against it depend on
# it. "=": before 1.0 not even a later patch release is promised to keep the ABI.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY "=")
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON) # CPACK_COMPONENT_<C>_DEPENDS → Depends: pkg (= version)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

# Every component an install() rule names gets a package; one without a description here is an
# install rule missing its COMPONENT (tests/package checks the list of packages).
get_cmake_property(CPACK_COMPONENTS_ALL COMPONENTS)

string(TOLOWER "${NANGOQT_SOVERSION}" _soversion)
set(_desc_tail "NangoQt connects third-party accounts (OAuth, API keys, basic auth) through Nango\nfrom Qt 6 desktop applications.")

# nangoqt_deb_component(<component> <package> <section> <multi-arch> <summary> <long description>)
# (Multi-Arch: "same" for libraries and the -dev (co-installable per architecture), "foreign"
# for the programs.)
macro(nangoqt_deb_component comp package section multiarch summary long)
    string(TOUPPER "${comp}" _C)
    set(CPACK_DEBIAN_${_C}_PACKAGE_NAME "${package}")
    # CPackDeb of CMake 3.25 has no variable for the Multi-Arch field: the line goes in after
    # Section's value (the control file is written field by field, "Section: <value>\n");
    # tests/package checks that dpkg-deb reads both fields.
    set(CPACK_DEBIAN_${_C}_PACKAGE_SECTION "${section}\nMulti-Arch: ${multiarch}")
    # The first line is the synopsis; CPackDeb indents the rest and turns the empty line into " .".
    set(CPACK_COMPONENT_${_C}_DESCRIPTION "${summary}\n${long}\n\n${_desc_tail}")
endmacro()

foreach(_lib Core Widgets Quick)
    if(NOT TARGET NangoQt${_lib})
        continue()
    endif()
    string(TOLOWER "${_lib}" _l)
    if(_lib STREQUAL "Core")
        set(_what "the protocol engine (NangoAuth, its flows, the catalog and models; Qt Core and\nNetwork only, no GUI)")
    elseif(_lib STREQUAL "Widgets")
        set(_what "the Qt Widgets face (the embedded QtWebEngine authorization modal, the connect\nbutton, dialog and credential forms)")
    else()
        set(_what "the Qt Quick face (the types behind `import NangoQt`; the QML module itself is\nin qml6-module-nangoqt)")
    endif()
    nangoqt_deb_component(${_lib}Runtime "libnangoqt6${_l}${_soversion}" libs same
        "NangoQt ${_lib} library"
        "The shared library libNangoQt6${_lib}.so.${NANGOQT_SOVERSION}:\n${_what}.")
    string(TOUPPER "${_lib}RUNTIME" _C)
    if(NOT _lib STREQUAL "Core")
        set(CPACK_COMPONENT_${_C}_DEPENDS CoreRuntime)
    endif()
    list(APPEND _runtime_components ${_lib}Runtime)
endforeach()

nangoqt_deb_component(Devel "libnangoqt6-dev" libdevel same
    "NangoQt development files"
    "Headers (include/NangoQt, with the CamelCase <NangoQt/NangoAuth> forms and\nnangoqt_version.h), the .so links, the CMake package for\nfind_package(NangoQt ${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR} COMPONENTS Core Widgets Quick) and the start-up\nobjects that keep a face library linked under --as-needed.")
set(CPACK_COMPONENT_DEVEL_DEPENDS ${_runtime_components})
# The CMake package finds Qt6 Core, Network, Widgets (qt6-base-dev) and Gui, Qml (qt6-declarative-dev).
set(CPACK_DEBIAN_DEVEL_PACKAGE_DEPENDS "qt6-base-dev (>= 6.4)")
if(TARGET NangoQtQuick)
    string(APPEND CPACK_DEBIAN_DEVEL_PACKAGE_DEPENDS ", qt6-declarative-dev (>= 6.4)")
endif()

if(TARGET NangoQtQuick)
    nangoqt_deb_component(QmlModule "qml6-module-nangoqt" libs same
        "Qt 6 QML module NangoQt"
        "The QML module `import NangoQt` (NangoAuth, AuthWindow, ConnectButton,\nConnectUI, the credential forms) in Qt's QML directory: the plugin, qmldir,\nqmltypes and the .qml files.")
    set(CPACK_COMPONENT_QMLMODULE_DEPENDS QuickRuntime)
    # What its .qml files import (dpkg-shlibdeps only sees the plugin's libraries).
    set(CPACK_DEBIAN_QMLMODULE_PACKAGE_DEPENDS
        "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-layouts, qml6-module-qtwebengine")
endif()

if(TARGET nango-connect)
    nangoqt_deb_component(Connect "nango-connect" net foreign
        "run one NangoQt connect flow from the command line"
        "nango-connect connects an integration through a Nango server (OAuth in the\nembedded modal or the system browser, API key, basic auth) and prints the\nconnection, for scripts and for trying a Nango setup.")
    set(CPACK_COMPONENT_CONNECT_DEPENDS CoreRuntime WidgetsRuntime)
endif()

if(TARGET nango-dev-server)
    nangoqt_deb_component(DevServer "nango-dev-server" devel foreign
        "local Nango-compatible server for developing with NangoQt"
        "nango-dev-server serves the parts of Nango's API that NangoQt uses (connect\nsessions, the OAuth dance with a fake provider, API key and basic auth, the\nConnect UI) on localhost, with sample integrations built in.")
endif()

if(TARGET nangoqt-demo)
    nangoqt_deb_component(Demo "nangoqt-demo" x11 foreign
        "NangoQt demo application"
        "A desktop app that connects the sample integrations of an embedded dev server\nwith the Widgets face (and the QML face with --qml).")
    set(CPACK_COMPONENT_DEMO_DEPENDS CoreRuntime WidgetsRuntime)
    if(TARGET NangoQtQuick)
        list(APPEND CPACK_COMPONENT_DEMO_DEPENDS QuickRuntime QmlModule)
    endif()
endif()

include(CPack)
