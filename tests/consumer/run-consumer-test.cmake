# Configures, builds and runs the consumer apps against an installed NangoQt with the platform's
# default flags. Without PREFIX it first installs the build tree into a scratch prefix and moves
# it (a relocated installation must work); with PREFIX (tests/package: <root>/usr of the .debs
# unpacked with dpkg -x) it uses that installation as it is.
#   -DBUILD_DIR -DSOURCE_DIR -DWORK_DIR -DGENERATOR -DSOVERSION [-DPREFIX]
if(NOT SOVERSION)
    message(FATAL_ERROR "run-consumer-test.cmake needs -DSOVERSION (the libraries' SONAME version)")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
set(staging "${WORK_DIR}/staging")
function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
    endif()
endfunction()
if(PREFIX)
    set(prefix "${PREFIX}")
else()
    set(prefix "${WORK_DIR}/prefix")
    # Stripped, as packagers install (debug info, which names the build tree, goes to -dbg packages).
    run(${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${staging}" --strip)
    file(RENAME "${staging}" "${prefix}")
endif()
set(core_soname "libNangoQt6Core.so.${SOVERSION}")

# Nothing in the installed CMake package may point into the build tree, the source tree or the
# prefix it was installed to first.
get_filename_component(project_dir "${SOURCE_DIR}/../.." ABSOLUTE)
# Nor in any installed file at all (the dev server's sample integrations are compiled in).
file(GLOB_RECURSE installed_files "${prefix}/*")
string(REGEX REPLACE "([][+.*()^$?|\\\\])" "\\\\\\1" project_re "${project_dir}")
string(REGEX REPLACE "([][+.*()^$?|\\\\])" "\\\\\\1" build_re "${BUILD_DIR}")
foreach(f IN LISTS installed_files)
    file(STRINGS "${f}" hits REGEX "${project_re}|${build_re}" LIMIT_COUNT 1)
    if(hits)
        message(FATAL_ERROR "the installed ${f} names a build or source path: ${hits}")
    endif()
endforeach()
file(GLOB_RECURSE package_files "${prefix}/*.cmake")
foreach(f IN LISTS package_files)
    file(READ "${f}" text)
    foreach(forbidden "${BUILD_DIR}" "${staging}" "${project_dir}")
        string(FIND "${text}" "${forbidden}" at)
        if(NOT at EQUAL -1)
            message(FATAL_ERROR "${f} contains the absolute path ${forbidden}")
        endif()
    endforeach()
endforeach()

file(GLOB sonames "${prefix}/lib*/${core_soname}" "${prefix}/lib/*/${core_soname}")
if(NOT sonames)
    message(FATAL_ERROR "no versioned SONAME ${core_soname} in ${prefix}")
endif()
if(NOT EXISTS "${prefix}/include/NangoQt/nangoauth.h" OR NOT EXISTS "${prefix}/include/NangoQt/nangoqtcore_export.h"
   OR NOT EXISTS "${prefix}/include/NangoQt/nangoqt_version.h" OR NOT EXISTS "${prefix}/include/NangoQt/NangoQtVersion")
    message(FATAL_ERROR "public headers missing under ${prefix}/include/NangoQt")
endif()
# The platform's default flags: no CMAKE_BUILD_TYPE, no linker flags of ours.
run(${CMAKE_COMMAND} -S "${SOURCE_DIR}" -B "${WORK_DIR}/build" -G "${GENERATOR}" "-DCMAKE_PREFIX_PATH=${prefix}")
run(${CMAKE_COMMAND} --build "${WORK_DIR}/build")
run("${WORK_DIR}/build/consumer")

# Linking a face is enough: the linker kept each face library although the app calls nothing
# of it (readelf -d lists it as NEEDED), and the app's OAuth flow succeeds in the embedded window.
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{QTWEBENGINE_DISABLE_SANDBOX} 1)
foreach(pair "widgets_consumer=libNangoQt6Widgets.so.${SOVERSION}" "quick_consumer=libNangoQt6Quick.so.${SOVERSION}")
    string(REPLACE "=" ";" pair "${pair}")
    list(GET pair 0 app)
    list(GET pair 1 library)
    execute_process(COMMAND readelf -d "${WORK_DIR}/build/${app}" OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
    string(FIND "${dynamic}" "Shared library: [${library}]" at)
    if(NOT rc EQUAL 0 OR at EQUAL -1)
        message(FATAL_ERROR "${app} does not need ${library} (the linker dropped it):\n${dynamic}")
    endif()
    run("${WORK_DIR}/build/${app}" "${prefix}/bin/nango-dev-server")
endforeach()

# Runs an app that prints its steps' timings; shows them, and its stderr when it fails.
function(run_timed name)
    string(TIMESTAMP started "%s")
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
    string(TIMESTAMP ended "%s")
    math(EXPR seconds "${ended} - ${started}")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${name} failed (${rc}) after ${seconds} s: ${ARGN}\n${out}\n${err}")
    endif()
    string(REGEX MATCHALL "[^\n]*connectui\\.qml: [^\n]*" steps "${err}") # QML's console.info goes to stderr
    list(JOIN steps "\n" steps)
    string(STRIP "${out}\n${steps}" out)
    message(STATUS "${name} passed in ${seconds} s:\n${out}")
endfunction()

# Both Connect UIs from a Widgets app: the native NangoConnectDialog, typed into and connected
# (public-api) by key events, then the hosted one (openConnectUI(), the dev server's imitation
# at /connect) to ready and closed, in the embedded window linking NangoQt::Widgets registered.
execute_process(COMMAND readelf -d "${WORK_DIR}/build/connectui_consumer" OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
foreach(library libNangoQt6Widgets.so.${SOVERSION} ${core_soname})
    string(FIND "${dynamic}" "Shared library: [${library}]" at)
    if(NOT rc EQUAL 0 OR at EQUAL -1)
        message(FATAL_ERROR "connectui_consumer does not need ${library}:\n${dynamic}")
    endif()
endforeach()
run_timed(connectui_consumer "${WORK_DIR}/build/connectui_consumer" "${prefix}/bin/nango-dev-server")

# Continue in your browser (issue 17) with Browser::Auto: github-auto in the embedded modal,
# google-calendar-dev in the system browser. The system browser is what NangoQt runs on Linux,
# `xdg-open <url>`: ours, first on PATH, notes the URL and runs browser_consumer --browse, a
# browser with its own cookies that clicks Allow on the dev server's provider page.
set(opener_dir "${WORK_DIR}/opener")
file(MAKE_DIRECTORY "${opener_dir}")
file(WRITE "${opener_dir}/xdg-open" "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '${opener_dir}/opened.txt'\nexec '${WORK_DIR}/build/browser_consumer' --browse \"$1\"\n")
file(CHMOD "${opener_dir}/xdg-open" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
set(saved_path "$ENV{PATH}")
set(ENV{PATH} "${opener_dir}:$ENV{PATH}")
unset(ENV{BROWSER})
run_timed(browser_consumer "${WORK_DIR}/build/browser_consumer" "${prefix}/bin/nango-dev-server")
set(ENV{PATH} "${saved_path}")
file(STRINGS "${opener_dir}/opened.txt" opened)
list(LENGTH opened opened_count)
if(NOT opened_count EQUAL 1 OR NOT opened MATCHES "^https?://[^/]+/oauth/connect/google-calendar-dev([?]|$)")
    message(FATAL_ERROR "the system browser was not opened once, on google-calendar-dev's connect link: ${opened}")
endif()

# A QML file outside the repository that says `import NangoQt`, against the installed module.
file(READ "${WORK_DIR}/build/qml_import_dir.txt" qml_dir)
if(NOT EXISTS "${qml_dir}/NangoQt/qmldir" OR NOT EXISTS "${qml_dir}/NangoQt/NangoQtQuick.qmltypes")
    message(FATAL_ERROR "the QML module is not installed in ${qml_dir}/NangoQt")
endif()
configure_file("${SOURCE_DIR}/consumer.qml.in" "${WORK_DIR}/app/main.qml" COPYONLY)
run("${WORK_DIR}/build/qml_consumer" "${qml_dir}" "${WORK_DIR}/app/main.qml")
run("${WORK_DIR}/build/qml_runner" "${qml_dir}" "${WORK_DIR}/app/main.qml")
# Both Connect UIs in QML: `ConnectUI { auth: … }` connects public-api, then
# nango.openConnectUI() reaches ready, on the dev server each app starts (connectui.qml.in).
if(NOT EXISTS "${qml_dir}/NangoQt/ConnectUI.qml")
    message(FATAL_ERROR "ConnectUI.qml is not installed in ${qml_dir}/NangoQt")
endif()
configure_file("${SOURCE_DIR}/connectui.qml.in" "${WORK_DIR}/app/connectui.qml" COPYONLY)
foreach(app qml_consumer qml_runner)
    run_timed("${app} connectui.qml" "${WORK_DIR}/build/${app}" "${qml_dir}" "${WORK_DIR}/app/connectui.qml" "${prefix}/bin/nango-dev-server")
endforeach()
message(STATUS "consumer apps built and ran against ${prefix}")
