# The Debian packages: cpack -G DEB from the build tree, each .deb checked with dpkg-deb (name,
# version, section, Multi-Arch, Depends, description, the SONAME link layout, what it holds, no
# file in two packages), all of them unpacked with dpkg -x into a scratch root, and the consumer
# apps (tests/consumer/run-consumer-test.cmake) built and run against <root>/usr.
#   -DBUILD_DIR -DPROJECT_DIR -DWORK_DIR -DGENERATOR -DVERSION -DSOVERSION -DLIBDIR -DMULTIARCH
#   -DCPACK_COMMAND
cmake_minimum_required(VERSION 3.21)
file(REMOVE_RECURSE "${WORK_DIR}")
set(debs_dir "${WORK_DIR}/debs")
set(root "${WORK_DIR}/root")
file(MAKE_DIRECTORY "${root}")

function(run out_var)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
    endif()
    set(${out_var} "${out}" PARENT_SCOPE)
endfunction()
macro(fail)
    string(JOIN "" _m ${ARGN})
    message(FATAL_ERROR "${_m}")
endmacro()

if(NOT LIBDIR STREQUAL "lib/${MULTIARCH}")
    fail("the libraries install to ${LIBDIR}, not Debian's multiarch lib/${MULTIARCH}")
endif()
execute_process(COMMAND dpkg --print-architecture OUTPUT_VARIABLE arch OUTPUT_STRIP_TRAILING_WHITESPACE)

# --- cpack -------------------------------------------------------------------------------
string(TIMESTAMP t0 "%s")
run(cpack_out ${CPACK_COMMAND} -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${debs_dir}")
string(TIMESTAMP t1 "%s")
math(EXPR cpack_seconds "${t1} - ${t0}")
message(STATUS "cpack -G DEB: ${cpack_seconds} s")

# What each package is: name, Section, Multi-Arch, then "file:<path>" (a regular file),
# "link:<path>=<target>", "glob:<regex>" (some entry matches) under /usr, and "dep:<regex>"
# (its Depends matches).
set(lib "${LIBDIR}")
set(full "${VERSION}-1") # the Debian revision CPack writes (CPACK_DEBIAN_PACKAGE_RELEASE)
string(REPLACE "." "\\." v_re "${full}")
set(packages)
foreach(face Core Widgets Quick)
    string(TOLOWER "${face}" l)
    set(name "libnangoqt6${l}${SOVERSION}")
    list(APPEND packages ${name})
    set(${name}_spec libs same
        "link:${lib}/libNangoQt6${face}.so.${SOVERSION}=libNangoQt6${face}.so.${VERSION}"
        "file:${lib}/libNangoQt6${face}.so.${VERSION}"
        "dep:libqt6core6")
    if(NOT face STREQUAL "Core")
        list(APPEND ${name}_spec "dep:libnangoqt6core${SOVERSION} \\(= ${v_re}\\)")
    endif()
endforeach()
list(APPEND libnangoqt6widgets${SOVERSION}_spec "dep:libqt6widgets6" "dep:libqt6webenginewidgets6")
list(APPEND libnangoqt6quick${SOVERSION}_spec "dep:libqt6qml6")

list(APPEND packages libnangoqt6-dev)
set(libnangoqt6-dev_spec libdevel same
    "link:${lib}/libNangoQt6Core.so=libNangoQt6Core.so.${SOVERSION}"
    "link:${lib}/libNangoQt6Widgets.so=libNangoQt6Widgets.so.${SOVERSION}"
    "link:${lib}/libNangoQt6Quick.so=libNangoQt6Quick.so.${SOVERSION}"
    "file:include/NangoQt/nangoauth.h" "file:include/NangoQt/NangoAuth"
    "file:include/NangoQt/nangoqt_version.h" "file:include/NangoQt/nangoqtversion.h" "file:include/NangoQt/NangoQtVersion"
    "file:include/NangoQt/nangoqtcore_export.h" "file:include/NangoQt/nangoqtwidgets_export.h"
    "file:include/NangoQt/nangoqtquick_export.h" "file:include/NangoQt/NangoConnectButton" "file:include/NangoQt/NangoQuick"
    "file:${lib}/cmake/NangoQt/NangoQtConfig.cmake" "file:${lib}/cmake/NangoQt/NangoQtConfigVersion.cmake"
    "file:${lib}/cmake/NangoQt/NangoQtCoreTargets.cmake" "file:${lib}/cmake/NangoQt/NangoQtWidgetsTargets.cmake"
    "file:${lib}/cmake/NangoQt/NangoQtQuickTargets.cmake"
    "glob:${lib}/NangoQt/objects/.*\\.o$"
    "dep:libnangoqt6core${SOVERSION} \\(= ${v_re}\\)" "dep:libnangoqt6widgets${SOVERSION} \\(= ${v_re}\\)"
    "dep:libnangoqt6quick${SOVERSION} \\(= ${v_re}\\)" "dep:qt6-base-dev" "dep:qt6-declarative-dev")

list(APPEND packages qml6-module-nangoqt)
set(qml6-module-nangoqt_spec libs same
    "file:${lib}/qt6/qml/NangoQt/qmldir" "file:${lib}/qt6/qml/NangoQt/NangoQtQuick.qmltypes"
    "file:${lib}/qt6/qml/NangoQt/ConnectUI.qml" "glob:${lib}/qt6/qml/NangoQt/lib[^/]*plugin\\.so$"
    "dep:libnangoqt6quick${SOVERSION} \\(= ${v_re}\\)" "dep:qml6-module-qtquick-controls" "dep:qml6-module-qtwebengine")

list(APPEND packages nango-connect nango-dev-server nangoqt-demo)
set(nango-connect_spec net foreign "file:bin/nango-connect"
    "dep:libnangoqt6core${SOVERSION} \\(= ${v_re}\\)" "dep:libnangoqt6widgets${SOVERSION} \\(= ${v_re}\\)")
set(nango-dev-server_spec devel foreign "file:bin/nango-dev-server" "dep:libqt6httpserver6")
set(nangoqt-demo_spec x11 foreign "file:bin/nangoqt-demo"
    "dep:libnangoqt6widgets${SOVERSION} \\(= ${v_re}\\)" "dep:qml6-module-nangoqt \\(= ${v_re}\\)")

# --- exactly these .debs -----------------------------------------------------------------
file(GLOB debs RELATIVE "${debs_dir}" "${debs_dir}/*.deb")
set(expected_debs)
foreach(p IN LISTS packages)
    list(APPEND expected_debs "${p}_${full}_${arch}.deb")
endforeach()
list(SORT debs)
list(SORT expected_debs)
if(NOT debs STREQUAL expected_debs)
    fail("cpack made\n  ${debs}\ninstead of\n  ${expected_debs}\n(an install() rule without a COMPONENT makes an extra package)")
endif()

# --- each package --------------------------------------------------------------------------
set(all_paths)
set(summary)
foreach(p IN LISTS packages)
    set(deb "${debs_dir}/${p}_${full}_${arch}.deb")
    list(POP_FRONT ${p}_spec section multiarch)
    foreach(field Package Version Architecture Section Multi-Arch Maintainer Depends Description)
        run(value dpkg-deb -f "${deb}" ${field})
        string(STRIP "${value}" value)
        set(f_${field} "${value}")
    endforeach()
    if(NOT f_Package STREQUAL p OR NOT f_Version STREQUAL full OR NOT f_Architecture STREQUAL arch)
        fail("${p}: control says ${f_Package} ${f_Version} ${f_Architecture}")
    endif()
    if(NOT f_Section STREQUAL section OR NOT f_Multi-Arch STREQUAL multiarch OR f_Maintainer STREQUAL "")
        fail("${p}: Section '${f_Section}' Multi-Arch '${f_Multi-Arch}' Maintainer '${f_Maintainer}', expected ${section} ${multiarch}")
    endif()
    # A synopsis of its own and an extended description (lines of its own after it).
    string(REPLACE "\n" ";" desc_lines "${f_Description}")
    list(LENGTH desc_lines desc_count)
    list(GET desc_lines 0 synopsis)
    if(desc_count LESS 3 OR synopsis MATCHES "built using CMake" OR synopsis IN_LIST seen_synopses)
        fail("${p}: its Description needs its own synopsis and an extended part:\n${f_Description}")
    endif()
    list(APPEND seen_synopses "${synopsis}")

    run(listing dpkg-deb -c "${deb}")
    string(REPLACE "\n" ";" entries "${listing}")
    set(paths)
    set(files)
    set(links)
    foreach(e IN LISTS entries)
        if(e MATCHES "^([-dl])[^ ]* +[^ ]+ +[0-9]+ +[^ ]+ +[^ ]+ +\\./(.*)$")
            set(kind "${CMAKE_MATCH_1}")
            set(path "${CMAKE_MATCH_2}")
            if(kind STREQUAL "l")
                string(REGEX REPLACE " -> .*$" "" linkpath "${path}")
                string(REGEX REPLACE "^.* -> " "" target "${path}")
                list(APPEND links "${linkpath}=${target}")
                set(path "${linkpath}")
            elseif(kind STREQUAL "-")
                list(APPEND files "${path}")
            endif()
            if(NOT kind STREQUAL "d")
                list(APPEND paths "${path}")
            endif()
        endif()
    endforeach()
    foreach(item IN LISTS ${p}_spec)
        if(item MATCHES "^file:(.*)$")
            if(NOT "usr/${CMAKE_MATCH_1}" IN_LIST files)
                fail("${p} lacks the file /usr/${CMAKE_MATCH_1}:\n${listing}")
            endif()
        elseif(item MATCHES "^link:(.*)=(.*)$")
            if(NOT "usr/${CMAKE_MATCH_1}=${CMAKE_MATCH_2}" IN_LIST links)
                fail("${p} lacks the link /usr/${CMAKE_MATCH_1} -> ${CMAKE_MATCH_2}:\n${listing}")
            endif()
        elseif(item MATCHES "^glob:(.*)$")
            set(re "^usr/${CMAKE_MATCH_1}")
            set(hit FALSE)
            foreach(path IN LISTS paths)
                if(path MATCHES "${re}")
                    set(hit TRUE)
                endif()
            endforeach()
            if(NOT hit)
                fail("${p} has nothing matching ${re}:\n${listing}")
            endif()
        elseif(item MATCHES "^dep:(.*)$")
            if(NOT f_Depends MATCHES "(^|, )${CMAKE_MATCH_1}")
                fail("${p}: Depends lacks ${CMAKE_MATCH_1}: ${f_Depends}")
            endif()
        endif()
    endforeach()
    # The runtime packages: the SONAME link and the library, nothing for development; only
    # -dev has the .so links, headers and CMake files.
    if(p MATCHES "^libnangoqt6[a-z]+${SOVERSION}$")
        foreach(path IN LISTS paths)
            if(NOT path MATCHES "^usr/${lib}/libNangoQt6[A-Za-z]+\\.so\\.${SOVERSION}(\\.[0-9]+)*$" AND NOT path MATCHES "^usr/share/doc/")
                fail("${p} holds ${path}, which is not its library")
            endif()
        endforeach()
        run(shlibs dpkg-deb --info "${deb}" shlibs)
        if(NOT shlibs MATCHES "libNangoQt6[A-Za-z]+ ${SOVERSION} ${p} \\(= ${v_re}\\)")
            fail("${p}: its shlibs file does not name itself at = ${full}: ${shlibs}")
        endif()
    elseif(NOT p STREQUAL "libnangoqt6-dev")
        foreach(path IN LISTS paths)
            if(path MATCHES "^usr/include/|^usr/${lib}/[^/]+\\.so$|/cmake/|\\.o$")
                fail("${p} holds the development file ${path}")
            endif()
        endforeach()
    endif()
    foreach(path IN LISTS paths)
        if(path IN_LIST all_paths)
            fail("/${path} is in ${p} and in another package (dpkg would refuse to install both)")
        endif()
    endforeach()
    list(APPEND all_paths ${paths})
    file(SIZE "${deb}" size)
    math(EXPR kib "${size} / 1024")
    list(LENGTH paths count)
    string(APPEND summary "\n  ${p}_${full}_${arch}.deb: ${kib} KiB, ${count} files; Depends: ${f_Depends}")
    run(_ dpkg -x "${deb}" "${root}")
endforeach()
string(TIMESTAMP t2 "%s")
math(EXPR check_seconds "${t2} - ${t1}")
message(STATUS "packages (checked and unpacked in ${check_seconds} s):${summary}")

# --- the unpacked root works ---------------------------------------------------------------
# The CLI starts from /usr/bin with the libraries of /usr/lib/<multiarch> (here: of the root).
set(ENV{LD_LIBRARY_PATH} "${root}/usr/${lib}")
run(help "${root}/usr/bin/nango-connect" --help)
unset(ENV{LD_LIBRARY_PATH})
if(NOT help MATCHES "nango-connect")
    fail("nango-connect --help from the package printed: ${help}")
endif()

# The consumer apps, built against the packages' /usr as against an installed prefix.
execute_process(COMMAND ${CMAKE_COMMAND}
        -DBUILD_DIR=${BUILD_DIR} -DSOURCE_DIR=${PROJECT_DIR}/tests/consumer -DWORK_DIR=${WORK_DIR}/consumer
        -DGENERATOR=${GENERATOR} -DSOVERSION=${SOVERSION} -DPREFIX=${root}/usr
        -P ${PROJECT_DIR}/tests/consumer/run-consumer-test.cmake
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "${out}${err}")
if(NOT rc EQUAL 0)
    fail("the consumer apps failed against ${root}/usr")
endif()
string(TIMESTAMP t3 "%s")
math(EXPR consumer_seconds "${t3} - ${t2}")
math(EXPR total "${t3} - ${t0}")
message(STATUS "package_deb: cpack ${cpack_seconds} s, checks ${check_seconds} s, consumer apps ${consumer_seconds} s, total ${total} s")
