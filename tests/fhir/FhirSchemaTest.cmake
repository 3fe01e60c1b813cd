# tst_fhir_schema: the FHIR export validated against the official FHIR R4 JSON schema
# (tests/fhir/check-fhir-schema.sh; skipped without Node.js outside CI).
add_test(NAME tst_fhir_schema
         COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/check-fhir-schema.sh $<TARGET_FILE:nervediary>
                 ${CMAKE_CURRENT_BINARY_DIR}/fhir-schema)
set_tests_properties(tst_fhir_schema PROPERTIES
    SKIP_RETURN_CODE 77
    TIMEOUT 300
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
add_dependencies(tst_fhir_export nervediary)
