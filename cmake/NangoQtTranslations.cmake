# nangoqt_add_translations(<target> CATALOG <name> SOURCES <files>...)
#
# The translations of one NangoQt library (issue 16): resources/translations/<name>_<lang>.ts for
# every language in NANGOQT_LANGUAGES, released by lrelease at build time and compiled into
# <target> under :/nangoqt/translations/ (NangoTranslations::install() finds every loaded
# library's catalogs there). SOURCES are what lupdate reads (C++ and QML); the `<target>_lupdate`
# and `update_translations` targets rewrite the .ts files from them (Qt's own targets), and the
# ctest `translations_complete` fails when a .ts lacks a string of the sources or has one
# unfinished.
set(NANGOQT_LANGUAGES fr de es ja)
set(NANGOQT_TRANSLATIONS_DIR "${PROJECT_SOURCE_DIR}/resources/translations")
find_package(Qt6 6.4 REQUIRED COMPONENTS LinguistTools)

function(nangoqt_add_translations target)
    cmake_parse_arguments(T "" "CATALOG" "SOURCES" ${ARGN})
    set(ts_files)
    foreach(lang IN LISTS NANGOQT_LANGUAGES)
        list(APPEND ts_files "${NANGOQT_TRANSLATIONS_DIR}/${T_CATALOG}_${lang}.ts")
    endforeach()
    qt_add_translations(${target}
        TS_FILES ${ts_files}
        SOURCES ${T_SOURCES}
        RESOURCE_PREFIX /nangoqt/translations
        # Locations relative to the .ts file (what a translator opens), no obsolete entries kept.
        LUPDATE_OPTIONS -locations relative -no-obsolete
        LRELEASE_OPTIONS -silent)
    # The check: lupdate into copies of the .ts files, count what is missing.
    set_property(GLOBAL APPEND PROPERTY NANGOQT_TRANSLATION_CATALOGS
        "${T_CATALOG}|${CMAKE_CURRENT_BINARY_DIR}/.lupdate/${target}_project.cmake")
endfunction()
