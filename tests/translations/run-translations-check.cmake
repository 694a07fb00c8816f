# ctest translations_complete (issue 16): every translatable string of the sources has a finished
# translation in every shipped language. lupdate (Qt's own, with each library's lupdate project)
# updates COPIES of the .ts files from the sources as they are now — a string added to the code
# since the last update_translations appears there as unfinished — and nangoqt-check-translations
# fails on any unfinished, empty or malformed entry.
#   -DCATALOGS=<name>|<project.cmake>;...  -DTS_DIR=resources/translations  -DWORK_DIR=<scratch>
#   -DLUPDATE=<lupdate> -DGENERATE=<Qt's GenerateLUpdateProject.cmake> -DCHECKER=<checker exe>
#   -DLANGUAGES=fr,de,es,ja   (lists separated by ",")
string(REPLACE "," ";" CATALOGS "${CATALOGS}")
string(REPLACE "," ";" LANGUAGES "${LANGUAGES}")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies)
foreach(entry IN LISTS CATALOGS)
    string(REPLACE "|" ";" parts "${entry}")
    list(GET parts 0 catalog)
    list(GET parts 1 project_cmake)
    set(json "${WORK_DIR}/${catalog}.json")
    execute_process(COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${project_cmake}" "-DOUT_FILE=${json}" -P "${GENERATE}"
        RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "cannot write the lupdate project of ${catalog}")
    endif()
    set(ts)
    foreach(lang IN LISTS LANGUAGES)
        set(src "${TS_DIR}/${catalog}_${lang}.ts")
        if(NOT EXISTS "${src}")
            message(FATAL_ERROR "${src} is missing: every catalog ships in ${LANGUAGES}")
        endif()
        file(COPY "${src}" DESTINATION "${WORK_DIR}")
        list(APPEND ts "${WORK_DIR}/${catalog}_${lang}.ts")
    endforeach()
    execute_process(COMMAND "${LUPDATE}" -silent -project "${json}" -ts ${ts} -no-obsolete -locations none
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed for ${catalog} (${rc}):\n${out}\n${err}")
    endif()
    list(APPEND copies ${ts})
endforeach()
execute_process(COMMAND "${CHECKER}" ${copies} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "The shipped translations are not complete (above). Add the strings with "
        "`cmake --build build --target update_translations`, translate them in resources/translations/, build again.")
endif()
