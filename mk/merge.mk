# (merge) record ids, b2c merge and b2c diff: sessions kept under git.
check_PROGRAMS += tests/unit/test-records
TESTS += tests/unit/test-records
tests_unit_test_records_SOURCES = tests/unit/test-records.c
tests_unit_test_records_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_records_LDADD = $(UNIT_LIBS)
libb2ccore_a_SOURCES += src/core/store-tree.c src/core/store-tree.h \
	src/core/store-merge.c src/core/store-diff.c
noinst_HEADERS += include/b2c/store-merge.h include/b2c/store-diff.h
libb2ccli_a_SOURCES += src/cli/cmd-merge.c src/cli/cmd-diff.c
TESTS += tests/cli/merge-git.sh
EXTRA_DIST += tests/cli/merge-git.sh
TESTS += tests/cli/diff.sh
EXTRA_DIST += tests/cli/diff.sh
check_PROGRAMS += tests/unit/test-merge
TESTS += tests/unit/test-merge
tests_unit_test_merge_SOURCES = tests/unit/test-merge.c
tests_unit_test_merge_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_merge_LDADD = $(UNIT_LIBS)
