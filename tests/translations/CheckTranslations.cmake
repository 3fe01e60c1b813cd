# tst_translations_complete: every translation file is finished and matches the sources.
#   cmake -DLUPDATE=... -DGENERATOR_SCRIPT=... -DPROJECT_IN=... -DWORK_DIR=... -DTS_FILES="a.ts;b.ts"
#         -DPLURAL_TS_FILES=en.ts -P this
# (PLURAL_TS_FILES hold only the texts with plural forms, as lupdate -pluralonly keeps them.)
# 1. No message is unfinished, vanished, obsolete or empty in the committed .ts files.
# 2. lupdate over today's sources, run on copies, adds nothing: no text of the program is
#    missing from a translation (a new tr() string without a translation fails here).
cmake_minimum_required(VERSION 3.25) # script mode: IN_LIST and other current policies
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" -DIN_FILE=${PROJECT_IN} -DOUT_FILE=${WORK_DIR}/project.json
                        -P "${GENERATOR_SCRIPT}" RESULT_VARIABLE generated)
if(NOT generated EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project file")
endif()

set(problems "")
foreach(ts IN LISTS TS_FILES PLURAL_TS_FILES)
    get_filename_component(name "${ts}" NAME)
    set(only_plurals "")
    if(ts IN_LIST PLURAL_TS_FILES)
        set(only_plurals -pluralonly)
    endif()
    file(READ "${ts}" committed)
    foreach(state unfinished vanished obsolete)
        string(REGEX MATCHALL "type=\"${state}\"" hits "${committed}")
        list(LENGTH hits count)
        if(count GREATER 0)
            string(APPEND problems "${name}: ${count} ${state} message(s)\n")
        endif()
    endforeach()
    # A translation marked finished but empty would show nothing at all.
    string(REGEX MATCHALL "<translation></translation>|<numerusform></numerusform>" empty "${committed}")
    list(LENGTH empty count)
    if(count GREATER 0)
        string(APPEND problems "${name}: ${count} empty translation(s)\n")
    endif()

    set(copy "${WORK_DIR}/${name}")
    configure_file("${ts}" "${copy}" COPYONLY)
    execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" -locations none -no-obsolete
                            ${only_plurals} -ts "${copy}"
                    RESULT_VARIABLE updated OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT updated EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${output}")
    endif()
    file(READ "${copy}" refreshed)
    if(NOT refreshed STREQUAL committed)
        string(REGEX MATCHALL "type=\"unfinished\"" fresh "${refreshed}")
        list(LENGTH fresh count)
        string(APPEND problems "${name}: out of date with the sources (${count} text(s) to translate after "
                               "lupdate); run the update_translations target and translate them\n")
    endif()
endforeach()

if(problems)
    message(FATAL_ERROR "Translations are not complete:\n${problems}")
endif()
message(STATUS "All translations are finished and match the sources.")
