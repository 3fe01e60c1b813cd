# Project-wide compile settings, applied per target (never globally).
function(nervediary_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(NERVEDIARY_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(NERVEDIARY_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    # Every user-facing string must go through tr() or an explicit literal type.
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_USE_QSTRINGBUILDER
                                                 QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH)
endfunction()

# add_diary_test(NAME SOURCES a.cpp b.cpp [LIBS extra] [GUI])
# One Qt Test executable per class or feature, registered with CTest.
# GUI tests run on the offscreen platform; all tests use a fixed C locale.
function(add_diary_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
    nervediary_target_defaults(${name})
    target_link_libraries(${name} PRIVATE nervediary_core Qt6::Test ${ARG_LIBS})
    if(ARG_GUI)
        target_link_libraries(${name} PRIVATE nervediary_gui)
    endif()
    target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/tests/support)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;NERVEDIARY_BINARY=$<TARGET_FILE:nervediary>"
        TIMEOUT 300)
endfunction()
