# SPDX-License-Identifier: GPL-3.0-or-later
# The acceptance tests: `lector analyze --json` on the reference article in ../shared, checked by
# ../shared/acceptance/check_reference_article.py and check_reference_timeline.py (the visit
# timeline). Each is skipped (exit 77, reported by ctest as "Not Run") when the shared folder or
# Python is missing, and fails when a check fails.
find_package(Python3 COMPONENTS Interpreter QUIET)
set(LECTOR_PYTHON "${Python3_EXECUTABLE}")
if(NOT LECTOR_PYTHON)
    set(LECTOR_PYTHON python3)
endif()

add_test(NAME acceptance_reference_article
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/acceptance.sh $<TARGET_FILE:lector>
                 ${LECTOR_SHARED_DIR} ${LECTOR_PYTHON})
set_tests_properties(acceptance_reference_article PROPERTIES
    TIMEOUT 120 SKIP_RETURN_CODE 77
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen")

add_test(NAME acceptance_reference_timeline
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/acceptance.sh $<TARGET_FILE:lector>
                 ${LECTOR_SHARED_DIR} ${LECTOR_PYTHON} check_reference_timeline.py)
set_tests_properties(acceptance_reference_timeline PROPERTIES
    TIMEOUT 120 SKIP_RETURN_CODE 77
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
