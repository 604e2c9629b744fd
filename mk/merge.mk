# (merge) record ids, b2c merge and b2c diff: sessions kept under git.
check_PROGRAMS += tests/unit/test-records
TESTS += tests/unit/test-records
tests_unit_test_records_SOURCES = tests/unit/test-records.c
tests_unit_test_records_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_records_LDADD = $(UNIT_LIBS)
