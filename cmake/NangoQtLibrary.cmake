# nangoqt_setup_library(<target> COMPONENT <Core|Widgets|...>)
#
# What every NangoQt library shares: the NangoQt::<Component> alias, a generated export header
# (nangoqt<component>_export.h with NANGOQT_<COMPONENT>_EXPORT), a versioned SONAME
# (libNangoQt6<Component>.so.<major>), hidden visibility, public headers in include/NangoQt/,
# and the install/export rules of the NangoQt package (NangoQt<Component>Targets.cmake).
function(nangoqt_setup_library target)
    cmake_parse_arguments(L "" "COMPONENT" "" ${ARGN})
    string(TOLOWER "${L_COMPONENT}" lower)
    string(TOUPPER "${L_COMPONENT}" upper)
    set(export_header "${CMAKE_CURRENT_BINARY_DIR}/include/NangoQt/nangoqt${lower}_export.h")

    add_library(NangoQt::${L_COMPONENT} ALIAS ${target})
    generate_export_header(${target}
        BASE_NAME NangoQt${L_COMPONENT}
        EXPORT_MACRO_NAME NANGOQT_${upper}_EXPORT
        EXPORT_FILE_NAME "${export_header}")
    set_target_properties(${target} PROPERTIES
        OUTPUT_NAME NangoQt6${L_COMPONENT}
        EXPORT_NAME ${L_COMPONENT}
        VERSION ${PROJECT_VERSION}
        SOVERSION ${PROJECT_VERSION_MAJOR}
        # The libraries find each other in their own directory, wherever the prefix is.
        INSTALL_RPATH "$ORIGIN"
        CXX_VISIBILITY_PRESET hidden
        VISIBILITY_INLINES_HIDDEN ON)
    target_include_directories(${target}
        PUBLIC
            "$<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include>"
            "$<BUILD_INTERFACE:${CMAKE_CURRENT_BINARY_DIR}/include>"
            "$<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>"
        PRIVATE
            "${CMAKE_CURRENT_SOURCE_DIR}/include/NangoQt")

    install(TARGETS ${target} EXPORT NangoQt${L_COMPONENT}Targets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
    install(DIRECTORY include/NangoQt DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
    install(FILES "${export_header}" DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/NangoQt)
    install(EXPORT NangoQt${L_COMPONENT}Targets NAMESPACE NangoQt::
        DESTINATION ${NANGOQT_INSTALL_CMAKEDIR})
endfunction()
