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

# add_diary_test(NAME SOURCES a.cpp b.cpp [LIBS extra] [GUI] [RUN_WITH launcher args --])
# One Qt Test executable per class or feature, registered with CTest (RUN_WITH: started
# through a launcher, e.g. dbus-run-session for a private session bus; the test then sees
# NERVEDIARY_TEST_LAUNCHER=1).
# GUI tests run on the offscreen platform; all tests use a fixed C locale.
function(add_diary_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS;RUN_WITH" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
    nervediary_target_defaults(${name})
    target_link_libraries(${name} PRIVATE nervediary_core Qt6::Test ${ARG_LIBS})
    if(ARG_GUI)
        target_link_libraries(${name} PRIVATE nervediary_gui)
    endif()
    target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/tests/support)
    set(launched)
    if(ARG_RUN_WITH)
        add_test(NAME ${name} COMMAND ${ARG_RUN_WITH} $<TARGET_FILE:${name}>)
        set(launched ";NERVEDIARY_TEST_LAUNCHER=1")
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;NERVEDIARY_BINARY=$<TARGET_FILE:nervediary>${launched}"
        TIMEOUT 300)
endfunction()

# nervediary_app_library(name [SOURCES ...] [LINKS ...]): the library of one folder of app/
# (one layer of the window, docs/architecture.md). Its headers are reachable as
# "<folder>/Name.h" only from targets that link it: the include root it exports,
# <build>/include/<name>, holds one link, <folder> → this folder, and nothing else. So a
# wrong-way include (a widget including a page, the CLI including a widget) does not compile
# (tests/layers checks that it does not).
function(nervediary_app_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    qt_add_library(${name} STATIC ${ARG_SOURCES})
    nervediary_target_defaults(${name})
    get_filename_component(folder "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
    set(root "${CMAKE_BINARY_DIR}/include/${name}")
    file(MAKE_DIRECTORY "${root}")
    file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${root}/${folder}" SYMBOLIC)
    target_include_directories(${name} PUBLIC "${root}")
    target_link_libraries(${name} PUBLIC ${ARG_LINKS})
endfunction()
