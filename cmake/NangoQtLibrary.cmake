# nangoqt_setup_library(<target> COMPONENT <Core|Widgets|...> CLASSES <PublicClass>...)
#
# What every NangoQt library shares: the NangoQt::<Component> alias, a generated export header
# (nangoqt<component>_export.h with NANGOQT_<COMPONENT>_EXPORT, and
# NANGOQT_<COMPONENT>_TESTS_EXPORT for private classes the autotests use: it exports only in a
# build with NANGOQT_BUILD_TESTS, so a shipped library's ABI is its public headers), the
# CamelCase forwarding headers of CLASSES (<NangoQt/NangoAuth> → nangoauth.h), a versioned SONAME
# (libNangoQt6<Component>.so.<NANGOQT_SOVERSION>), hidden visibility, public headers in
# include/NangoQt/, and the install/export rules of the NangoQt package
# (NangoQt<Component>Targets.cmake). Install components (cmake/NangoQtPackaging.cmake makes a
# Debian package of each): the library itself goes to <Component>Runtime; its headers, the .so
# name link, the export set and everything else a build against it needs go to Devel.
function(nangoqt_setup_library target)
    cmake_parse_arguments(L "" "COMPONENT" "CLASSES" ${ARGN})
    string(TOLOWER "${L_COMPONENT}" lower)
    string(TOUPPER "${L_COMPONENT}" upper)
    set(export_header "${CMAKE_CURRENT_BINARY_DIR}/include/NangoQt/nangoqt${lower}_export.h")

    add_library(NangoQt::${L_COMPONENT} ALIAS ${target})
    if(NANGOQT_EXPORT_PRIVATE_FOR_TESTS)
        set(tests_export "#define NANGOQT_${upper}_TESTS_EXPORT NANGOQT_${upper}_EXPORT")
    else()
        set(tests_export "#define NANGOQT_${upper}_TESTS_EXPORT")
    endif()
    set(custom_content "\n/* Private classes and functions the autotests use: exported only in a build with tests. */\n${tests_export}\n")
    generate_export_header(${target}
        BASE_NAME NangoQt${L_COMPONENT}
        EXPORT_MACRO_NAME NANGOQT_${upper}_EXPORT
        EXPORT_FILE_NAME "${export_header}"
        CUSTOM_CONTENT_FROM_VARIABLE custom_content)
    nangoqt_generate_headers(${L_CLASSES})
    set_target_properties(${target} PROPERTIES
        OUTPUT_NAME NangoQt6${L_COMPONENT}
        EXPORT_NAME ${L_COMPONENT}
        VERSION ${PROJECT_VERSION}
        SOVERSION ${NANGOQT_SOVERSION}
        # The libraries find each other in their own directory, wherever the prefix is.
        INSTALL_RPATH "$ORIGIN"
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON
        NANGOQT_EXPORT_SET NangoQt${L_COMPONENT}Targets)
    target_include_directories(${target}
        PUBLIC
            "$<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include>"
            "$<BUILD_INTERFACE:${CMAKE_CURRENT_BINARY_DIR}/include>"
            "$<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>"
        PRIVATE
            "${CMAKE_CURRENT_SOURCE_DIR}/include/NangoQt")

    install(TARGETS ${target} EXPORT NangoQt${L_COMPONENT}Targets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT ${L_COMPONENT}Runtime NAMELINK_COMPONENT Devel
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT Devel
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT ${L_COMPONENT}Runtime
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
    install(DIRECTORY include/NangoQt DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT Devel)
    install(FILES "${export_header}" DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/NangoQt COMPONENT Devel)
    install(EXPORT NangoQt${L_COMPONENT}Targets NAMESPACE NangoQt::
        DESTINATION ${NANGOQT_INSTALL_CMAKEDIR} COMPONENT Devel)
endfunction()

# nangoqt_generate_headers(<PublicClass>...)
#
# Writes a CamelCase forwarding header per public class (as ecm_generate_headers does) into the
# build tree's include/NangoQt/ and installs it beside the lowercase headers: <NangoQt/NangoAuth>
# includes nangoauth.h. Each class needs its header include/NangoQt/<lowercase class>.h.
function(nangoqt_generate_headers)
    set(files)
    foreach(class IN LISTS ARGN)
        string(TOLOWER "${class}" header)
        if(NOT EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/include/NangoQt/${header}.h")
            message(FATAL_ERROR "nangoqt_generate_headers: ${class} has no include/NangoQt/${header}.h")
        endif()
        set(file "${CMAKE_CURRENT_BINARY_DIR}/include/NangoQt/${class}")
        file(CONFIGURE OUTPUT "${file}" CONTENT "#include <NangoQt/${header}.h>\n")
        list(APPEND files "${file}")
    endforeach()
    install(FILES ${files} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/NangoQt COMPONENT Devel)
endfunction()

# nangoqt_add_startup_object(<library> <object-target> <export-name> SOURCES ...)
#
# "Linking is enough" on every toolchain. A face library does its job from a start-up function
# (it registers its window with Core when the application object is created), so an app may
# reference none of its symbols, and a linker running with --as-needed (Debian's and Ubuntu's
# GCC default) then drops the library from the app. Qt solves the same problem for its resource
# and static-plugin initializers with an object file that travels with the target: the sources
# given here are built once into an OBJECT library whose object files every target linking
# <library> receives on its own link line (CMake places $<TARGET_OBJECTS> before all libraries,
# so the object's reference to <library> keeps it needed). The object library is installed and
# exported with <library> (NangoQt::<export-name>), located relative to the package, so the
# installed package, the build tree and a moved prefix all work.
function(nangoqt_add_startup_object library object_target export_name)
    cmake_parse_arguments(S "" "" "SOURCES" ${ARGN})
    add_library(${object_target} OBJECT ${S_SOURCES})
    set_target_properties(${object_target} PROPERTIES
        EXPORT_NAME ${export_name}
        AUTOMOC OFF
        POSITION_INDEPENDENT_CODE ON # it may end up in an app's shared library or plugin
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON)
    # Build-tree only (PRIVATE properties are not exported): the library's headers and export
    # header, to declare the function the object calls.
    target_include_directories(${object_target} PRIVATE
        $<TARGET_PROPERTY:${library},INCLUDE_DIRECTORIES>)
    target_link_libraries(${object_target} PRIVATE Qt6::Core)
    # The object is installed as it is (an install --strip does not strip it): its debug info
    # must not name this machine's source and build trees.
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${object_target} PRIVATE
            "-ffile-prefix-map=${PROJECT_SOURCE_DIR}=nangoqt" "-ffile-prefix-map=${PROJECT_BINARY_DIR}=nangoqt-build")
    endif()
    target_link_libraries(${library} INTERFACE "$<TARGET_OBJECTS:$<TARGET_NAME:${object_target}>>")
    get_target_property(export_set ${library} NANGOQT_EXPORT_SET)
    install(TARGETS ${object_target} EXPORT ${export_set}
        OBJECTS DESTINATION "${CMAKE_INSTALL_LIBDIR}/NangoQt/objects" COMPONENT Devel)
endfunction()
