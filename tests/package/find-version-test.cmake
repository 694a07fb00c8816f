# find_package(NangoQt <version>) against the installed CMake package: which requests the
# installed 0.2.0 satisfies (NangoQtConfigVersion.cmake: before 1.0 the same major.minor and at
# least the requested patch, "SameMinorVersion"). Installs Core and the development files into a
# scratch prefix, then configures findversion/ once per request.
#   -DBUILD_DIR -DSOURCE_DIR (this directory) -DWORK_DIR -DGENERATOR -DVERSION (the project's)
cmake_minimum_required(VERSION 3.21)
file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")
foreach(component CoreRuntime Devel)
    execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}" --component ${component}
        RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "installing ${component} failed: ${err}")
    endif()
endforeach()

string(REGEX MATCH "^([0-9]+)\\.([0-9]+)\\.([0-9]+)$" _ "${VERSION}")
set(major ${CMAKE_MATCH_1})
set(minor ${CMAKE_MATCH_2})
set(patch ${CMAKE_MATCH_3})
math(EXPR next_minor "${minor} + 1")
math(EXPR next_patch "${patch} + 1")
math(EXPR next_major "${major} + 1")
set(cases
    "${major}.${minor}=found"               # the consumer's request (0.2)
    "${major}.${minor}.${patch}|EXACT=found"  # 0.2.0 EXACT
    "${major}.${minor}.${next_patch}=not"   # 0.2.1: newer than installed
    "${major}.${next_minor}=not"            # 0.3: a later minor release
    "${next_major}.0=not")                  # 1.0
if(minor GREATER 0)
    math(EXPR prev_minor "${minor} - 1")
    list(APPEND cases "${major}.${prev_minor}=not") # 0.1: before 1.0 a minor release breaks the API
endif()
if(major EQUAL 0)
    list(APPEND cases "${major}=not") # "0" means 0.0: not the 0.2 API
endif()

set(n 0)
foreach(case IN LISTS cases)
    string(REPLACE "=" ";" case "${case}")
    list(GET case 0 request)
    list(GET case 1 expected)
    string(REPLACE "|" ";" request "${request}")
    math(EXPR n "${n} + 1")
    set(bin "${WORK_DIR}/case${n}")
    execute_process(COMMAND ${CMAKE_COMMAND} -S "${SOURCE_DIR}/findversion" -B "${bin}" -G "${GENERATOR}"
            "-DCMAKE_PREFIX_PATH=${prefix}" "-DREQUEST=${request}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR NOT EXISTS "${bin}/result.txt")
        message(FATAL_ERROR "find_package(NangoQt ${request}): configure failed\n${out}\n${err}")
    endif()
    file(READ "${bin}/result.txt" result)
    string(REPLACE "|" ";" result "${result}")
    list(GET result 0 found)
    list(GET result 1 version)
    list(GET result 2 considered)
    if(expected STREQUAL "found")
        if(NOT found OR NOT version STREQUAL VERSION)
            message(FATAL_ERROR "find_package(NangoQt ${request}) did not find the installed ${VERSION}: ${result}\n${err}")
        endif()
    else()
        # Rejected by its version, not missing: the installed package was considered.
        if(found OR NOT considered MATCHES "${VERSION}")
            message(FATAL_ERROR "find_package(NangoQt ${request}) should reject the installed ${VERSION}: ${result}\n${err}")
        endif()
    endif()
    message(STATUS "find_package(NangoQt ${request}): ${expected} (as expected)")
endforeach()

# REQUIRED with an incompatible request stops the configure, naming the installed version.
execute_process(COMMAND ${CMAKE_COMMAND} -S "${SOURCE_DIR}/findversion" -B "${WORK_DIR}/required" -G "${GENERATOR}"
        "-DCMAKE_PREFIX_PATH=${prefix}" "-DREQUEST=${major}.${next_minor};REQUIRED"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0 OR NOT err MATCHES "${VERSION}")
    message(FATAL_ERROR "find_package(NangoQt ${major}.${next_minor} REQUIRED) should fail naming ${VERSION}:\n${out}\n${err}")
endif()
message(STATUS "find_package(NangoQt ${major}.${next_minor} REQUIRED): configure fails (as expected)")
