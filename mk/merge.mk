# (merge) record ids, b2c merge and b2c diff: sessions kept under git.
check_PROGRAMS += tests/unit/test-records
TESTS += tests/unit/test-records
tests_unit_test_records_SOURCES = tests/unit/test-records.c
tests_unit_test_records_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_records_LDADD = $(UNIT_LIBS)
libb2ccore_a_SOURCES += src/core/store/store-tree.c src/core/store/store-tree.h \
	src/core/store/store-merge.c src/core/store/store-diff.c
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
# deciding conflicts: in the store, and where they show in the guide
libb2ccore_a_SOURCES += src/core/store/store-conflict.c src/core/guide/guide-conflict.c \
	src/core/report/conflict-spot.c
noinst_HEADERS += include/b2c/store-conflict.h include/b2c/guide-conflict.h \
	include/b2c/conflict-spot.h
check_PROGRAMS += tests/unit/test-conflict
TESTS += tests/unit/test-conflict
tests_unit_test_conflict_SOURCES = tests/unit/test-conflict.c
tests_unit_test_conflict_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_conflict_LDADD = $(UNIT_LIBS)
libb2ctui_a_SOURCES += src/tui/conflict.c
libb2ccli_a_SOURCES += src/cli/cmd-init-git.c
TESTS += tests/cli/init-git.sh
EXTRA_DIST += tests/cli/init-git.sh
TESTS += tests/ui/tmux-conflict.sh
EXTRA_DIST += tests/ui/tmux-conflict.sh
libb2cline_a_SOURCES += src/line/line-conflict.c
TESTS += tests/line/conflict.sh
EXTRA_DIST += tests/line/conflict.sh
