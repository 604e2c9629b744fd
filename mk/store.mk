# (store) sources, tests and data of this area
# The store: session files (libconfig), safe saves and locks.
libb2ccore_a_SOURCES += src/core/store/store-prescan.c src/core/store/store-util.c \
	src/core/store/store-validate.c src/core/store/store-schema.c src/core/store/store-ids.c \
	src/core/store/store-indicators.c src/core/store/store-unknown.c \
	src/core/store/store-survey.c \
	src/core/store/store-serialise.c src/core/store/store-walk.c src/core/store/store-read.c \
	src/core/store/store-file.c src/core/store/store-write.c src/core/store/store-lock.c \
	src/core/store/store-private.h src/core/store/journal.c
noinst_HEADERS += src/core/store/store-internal.h include/b2c/journal.h
libb2ccli_a_SOURCES += src/cli/cmd-check.c
dist_pkgdata_DATA += share/b2c/demo.cfg

STORE_TEST_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/tests/unit \
	-DTOP_SRCDIR='"$(abs_top_srcdir)"' -DTOP_BUILDDIR='"$(abs_top_builddir)"'
STORE_TEST_HELPERS = tests/unit/store-test.c tests/unit/store-test.h
check_PROGRAMS += tests/unit/test-store-read
TESTS += tests/unit/test-store-read
tests_unit_test_store_read_SOURCES = tests/unit/test-store-read.c \
	$(STORE_TEST_HELPERS)
tests_unit_test_store_read_CPPFLAGS = $(STORE_TEST_CPPFLAGS)
tests_unit_test_store_read_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_store_read_LDADD = $(UNIT_LIBS)

TESTS += tests/cli/check.sh
EXTRA_DIST += tests/cli/check.sh \
	$(STORE_INVALID_FIXTURES)
STORE_INVALID_FIXTURES = \
	tests/data/invalid/bad-date-feb31.cfg \
	tests/data/invalid/bad-date-feb31.expected \
	tests/data/invalid/bad-date-month13.cfg \
	tests/data/invalid/bad-date-month13.expected \
	tests/data/invalid/bad-indicator-id.cfg \
	tests/data/invalid/bad-indicator-id.expected \
	tests/data/invalid/bad-timestamp.cfg \
	tests/data/invalid/bad-timestamp.expected \
	tests/data/invalid/big-count-64bit.cfg \
	tests/data/invalid/big-count-64bit.expected \
	tests/data/invalid/big-tally.cfg \
	tests/data/invalid/big-tally.expected \
	tests/data/invalid/core-as-count.cfg \
	tests/data/invalid/core-as-count.expected \
	tests/data/invalid/count-on-percent.cfg \
	tests/data/invalid/count-on-percent.expected \
	tests/data/invalid/deep-nesting.cfg \
	tests/data/invalid/deep-nesting.expected \
	tests/data/invalid/duplicate-indicator.cfg \
	tests/data/invalid/duplicate-indicator.expected \
	tests/data/invalid/duplicate-period.cfg \
	tests/data/invalid/duplicate-record-id.cfg \
	tests/data/invalid/duplicate-record-id.expected \
	tests/data/invalid/duplicate-period.expected \
	tests/data/invalid/targets-and-base.cfg \
	tests/data/invalid/targets-and-base.expected \
	tests/data/invalid/bad-ledger.cfg \
	tests/data/invalid/bad-ledger.expected \
	tests/data/invalid/duplicate-setting.cfg \
	tests/data/invalid/duplicate-setting.expected \
	tests/data/invalid/duplicate-statement.cfg \
	tests/data/invalid/duplicate-statement.expected \
	tests/data/invalid/float-inf.cfg \
	tests/data/invalid/float-inf.expected \
	tests/data/invalid/group-expected.cfg \
	tests/data/invalid/group-expected.expected \
	tests/data/invalid/include-dot.cfg \
	tests/data/invalid/include-dot.expected \
	tests/data/invalid/include-indented.cfg \
	tests/data/invalid/include-indented.expected \
	tests/data/invalid/include-passwd.cfg \
	tests/data/invalid/include-passwd.expected \
	tests/data/invalid/month-13.cfg \
	tests/data/invalid/month-13.expected \
	tests/data/invalid/negative-tally.cfg \
	tests/data/invalid/negative-tally.expected \
	tests/data/invalid/non-utf8.cfg \
	tests/data/invalid/non-utf8.expected \
	tests/data/invalid/nul-byte.cfg \
	tests/data/invalid/nul-byte.expected \
	tests/data/invalid/oversized-string.cfg \
	tests/data/invalid/oversized-string.expected \
	tests/data/invalid/several-errors.cfg \
	tests/data/invalid/several-errors.expected \
	tests/data/invalid/syntax-error.cfg \
	tests/data/invalid/syntax-error.expected \
	tests/data/invalid/tally-unknown-statement.cfg \
	tests/data/invalid/tally-unknown-statement.expected \
	tests/data/invalid/target-out-of-range.cfg \
	tests/data/invalid/target-out-of-range.expected \
	tests/data/invalid/too-many-points.cfg \
	tests/data/invalid/too-many-points.expected \
	tests/data/invalid/too-many-settings.cfg \
	tests/data/invalid/too-many-settings.expected \
	tests/data/invalid/unknown-bad-text.cfg \
	tests/data/invalid/unknown-bad-text.expected \
	tests/data/invalid/unknown-element-too-many.cfg \
	tests/data/invalid/unknown-element-too-many.expected \
	tests/data/invalid/unknown-in-element.cfg \
	tests/data/invalid/unknown-in-element.expected \
	tests/data/invalid/unknown-enum.cfg \
	tests/data/invalid/unknown-inf.cfg \
	tests/data/invalid/unknown-inf.expected \
	tests/data/invalid/unknown-enum.expected \
	tests/data/invalid/unknown-partnership.cfg \
	tests/data/invalid/unknown-partnership.expected \
	tests/data/invalid/unknown-version.cfg \
	tests/data/invalid/unknown-version.expected \
	tests/data/invalid/version-missing.cfg \
	tests/data/invalid/version-missing.expected \
	tests/data/invalid/version-string.cfg \
	tests/data/invalid/version-string.expected \
	tests/data/invalid/wrong-type-bool.cfg \
	tests/data/invalid/wrong-type-bool.expected \
	tests/data/invalid/wrong-type-int.cfg \
	tests/data/invalid/wrong-type-int.expected \
	tests/data/invalid/wrong-type-string.cfg \
	tests/data/invalid/wrong-type-string.expected

check_PROGRAMS += tests/unit/test-store-save
TESTS += tests/unit/test-store-save
tests_unit_test_store_save_SOURCES = tests/unit/test-store-save.c \
	$(STORE_TEST_HELPERS) tests/unit/test-user.c tests/unit/test-user.h
tests_unit_test_store_save_CPPFLAGS = $(STORE_TEST_CPPFLAGS)
tests_unit_test_store_save_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_store_save_LDADD = $(UNIT_LIBS)

check_PROGRAMS += tests/unit/test-store-lock
TESTS += tests/unit/test-store-lock
tests_unit_test_store_lock_SOURCES = tests/unit/test-store-lock.c \
	$(STORE_TEST_HELPERS)
tests_unit_test_store_lock_CPPFLAGS = $(STORE_TEST_CPPFLAGS)
tests_unit_test_store_lock_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_store_lock_LDADD = $(UNIT_LIBS)

check_PROGRAMS += tests/unit/test-store-perf
TESTS += tests/unit/test-store-perf
tests_unit_test_store_perf_SOURCES = tests/unit/test-store-perf.c \
	$(STORE_TEST_HELPERS)
tests_unit_test_store_perf_CPPFLAGS = $(STORE_TEST_CPPFLAGS)
tests_unit_test_store_perf_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_store_perf_LDADD = $(UNIT_LIBS)

TESTS += tests/cli/session-man.sh
EXTRA_DIST += tests/cli/session-man.sh po/parts/store.po po/parts/store.files
dist_man_MANS += man/b2c-session.5

check_PROGRAMS += tests/unit/test-store-extra
TESTS += tests/unit/test-store-extra
tests_unit_test_store_extra_SOURCES = tests/unit/test-store-extra.c \
	$(STORE_TEST_HELPERS)
tests_unit_test_store_extra_CPPFLAGS = $(STORE_TEST_CPPFLAGS) \
	$(LIBCONFIG_CFLAGS)
tests_unit_test_store_extra_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_store_extra_LDADD = $(UNIT_LIBS)
EXTRA_DIST += tests/data/unknown-everywhere.cfg

TESTS += tests/ui/unknown-kept.sh
EXTRA_DIST += tests/ui/unknown-kept.sh \
	tests/data/unknown-everywhere-edited.cfg

# Every line the wizard can add saves as added.
check_PROGRAMS += tests/unit/test-empty-rows
TESTS += tests/unit/test-empty-rows
tests_unit_test_empty_rows_SOURCES = tests/unit/test-empty-rows.c \
	$(STORE_TEST_HELPERS)
tests_unit_test_empty_rows_CPPFLAGS = $(STORE_TEST_CPPFLAGS)
tests_unit_test_empty_rows_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_empty_rows_LDADD = $(UNIT_LIBS)

# The recovery journal in the user's state directory.
check_PROGRAMS += tests/unit/test-journal
TESTS += tests/unit/test-journal
tests_unit_test_journal_SOURCES = tests/unit/test-journal.c \
	$(STORE_TEST_HELPERS)
tests_unit_test_journal_CPPFLAGS = $(STORE_TEST_CPPFLAGS)
tests_unit_test_journal_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_journal_LDADD = $(UNIT_LIBS)
