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
