# tst_packaging: .desktop and AppStream validation, install layout and the .deb (packaging/).
add_diary_test(tst_packaging SOURCES tst_packaging.cpp)
target_compile_definitions(tst_packaging PRIVATE
    NERVEDIARY_APP_ID="${NERVEDIARY_APP_ID}"
    NERVEDIARY_VERSION="${PROJECT_VERSION}"
    NERVEDIARY_DESKTOP_FILE="${NERVEDIARY_DESKTOP_FILE}"
    NERVEDIARY_METAINFO_FILE="${NERVEDIARY_METAINFO_FILE}"
    NERVEDIARY_BUILD_DIR="${CMAKE_BINARY_DIR}"
    CMAKE_COMMAND="${CMAKE_COMMAND}"
    CPACK_COMMAND="${CMAKE_CPACK_COMMAND}")
