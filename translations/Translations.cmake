# NerveDiary's translations (included from app/CMakeLists.txt, where nervediary_gui is
# defined). lupdate scans every source of core/ and app/; lrelease compiles the .ts
# files into .qm files that are built into the program at :/i18n (loaded by
# app/i18n/Translator). Refresh the .ts files after changing texts with
#   cmake --build <build folder> --target update_translations
file(GLOB_RECURSE nervediary_translatable_sources CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
     ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
qt_add_translations(nervediary_gui
    TS_FILES
        ${PROJECT_SOURCE_DIR}/translations/nervediary_de.ts
        ${PROJECT_SOURCE_DIR}/translations/nervediary_es.ts
        ${PROJECT_SOURCE_DIR}/translations/nervediary_fr.ts
    SOURCES ${nervediary_translatable_sources}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}/core ${PROJECT_SOURCE_DIR}/app
    LUPDATE_OPTIONS -locations none -no-obsolete)

# English is the language of the sources and needs no translation, only its plural forms
# ("1 flag", "2 flags" for "%n flag(s)"): nervediary_en.ts holds just the texts with %n
# (lupdate -pluralonly). Built into :/i18n beside the others; Translator installs it
# whenever the program speaks English, the command line included.
set(nervediary_plurals_ts ${PROJECT_SOURCE_DIR}/translations/nervediary_en.ts)
set(nervediary_plurals_qm ${CMAKE_CURRENT_BINARY_DIR}/plurals/nervediary_en.qm)
add_custom_command(OUTPUT ${nervediary_plurals_qm}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/plurals
    COMMAND Qt6::lrelease -silent ${nervediary_plurals_ts} -qm ${nervediary_plurals_qm}
    DEPENDS Qt6::lrelease ${nervediary_plurals_ts}
    VERBATIM)
qt_add_resources(nervediary_gui nervediary_plurals
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}/plurals
    FILES ${nervediary_plurals_qm})
# Part of update_translations: refreshes the plural-only English file from the sources.
add_custom_target(nervediary_gui_lupdate_plurals
    COMMAND Qt6::lupdate -project ${CMAKE_CURRENT_BINARY_DIR}/.lupdate/nervediary_gui_project.json
            -locations none -no-obsolete -pluralonly -ts ${nervediary_plurals_ts}
    DEPENDS nervediary_gui_lupdate
    VERBATIM)
add_dependencies(update_translations nervediary_gui_lupdate_plurals)
