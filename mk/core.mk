# The session model and the helpers every module shares.
libb2ccore_a_SOURCES += src/core/text/util.c src/core/model/session.c \
	src/core/model/session-copy.c src/core/model/session-small.c src/core/model/session-keys.c src/core/model/date.c \
	src/core/model/due.c src/core/store/resume.c src/core/model/session-records.c \
	src/core/report/calendar.c src/core/model/newyear.c
noinst_HEADERS += include/b2c/util.h include/b2c/session.h include/b2c/due.h \
	include/b2c/resume.h include/b2c/calendar.h include/b2c/newyear.h \
	include/b2c/date.h include/b2c/i18n.h include/b2c/store.h

check_PROGRAMS += tests/unit/test-session tests/unit/test-date \
	tests/unit/test-due tests/unit/test-resume tests/unit/test-status \
	tests/unit/test-newyear
TESTS += tests/unit/test-session tests/unit/test-date tests/unit/test-due \
	tests/unit/test-resume tests/unit/test-status tests/unit/test-newyear
tests_unit_test_session_SOURCES = tests/unit/test-session.c
tests_unit_test_session_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_session_LDADD = $(UNIT_LIBS)
tests_unit_test_date_SOURCES = tests/unit/test-date.c
tests_unit_test_date_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_date_LDADD = $(UNIT_LIBS)
tests_unit_test_due_SOURCES = tests/unit/test-due.c
tests_unit_test_due_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_due_LDADD = $(UNIT_LIBS)
tests_unit_test_newyear_SOURCES = tests/unit/test-newyear.c
tests_unit_test_newyear_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_newyear_LDADD = $(UNIT_LIBS)
tests_unit_test_status_SOURCES = tests/unit/test-status.c
tests_unit_test_status_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_status_LDADD = $(UNIT_LIBS)
tests_unit_test_resume_SOURCES = tests/unit/test-resume.c
tests_unit_test_resume_CPPFLAGS = $(AM_CPPFLAGS) \
	-DTOP_BUILDDIR='"$(abs_top_builddir)"'
tests_unit_test_resume_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_resume_LDADD = $(UNIT_LIBS)
EXTRA_DIST += po/parts/due.po po/parts/due.files
EXTRA_DIST += mk/core.mk mk/store.mk mk/stats.mk mk/tui.mk mk/report.mk \
	mk/reliability.mk mk/i18n.mk mk/bench.mk

libb2ccli_a_SOURCES += src/cli/paths.c src/cli/cli-error.c src/cli/cli-lock.c
noinst_HEADERS += include/b2c/cli.h include/b2c/exit-status.h
EXTRA_DIST += tests/lsan.supp

# Each area's Danish is complete (po/parts), for every area at once.
TESTS += tests/i18n/parts-complete.sh
EXTRA_DIST += tests/i18n/parts-complete.sh

# Typed values: white space, case, and measurement periods by key.
libb2ccore_a_SOURCES += src/core/text/textnorm.c src/core/model/period.c \
	src/core/store/store-periods.c
noinst_HEADERS += include/b2c/textnorm.h include/b2c/period.h
check_PROGRAMS += tests/unit/test-period
TESTS += tests/unit/test-period
tests_unit_test_period_SOURCES = tests/unit/test-period.c
tests_unit_test_period_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_period_LDADD = $(UNIT_LIBS)

# The core's layers, measured on the compiled library: no circle of calls
# between its files, no folder calling up or sideways, no header of the
# TUI, the CLI or curses in the core, the CLI's header not in the TUI.
TESTS += tests/arch/core-calls.sh tests/arch/program-libs.sh
EXTRA_DIST += tests/arch/core-calls.sh tests/arch/program-libs.sh
