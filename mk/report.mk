# (report) sources, tests and data of this area
b2c_SOURCES += src/cli/cmd-view.c src/cli/cmd-report.c src/cli/cmd-list.c src/cli/cmd-import-part1.c

# Safe display of untrusted text, wrapping, and the reports.
libb2ccore_a_SOURCES += src/core/textbuf.c src/core/sanitize.c \
	src/core/textwrap.c
noinst_HEADERS += include/b2c/textbuf.h include/b2c/sanitize.h \
	include/b2c/textwrap.h

check_PROGRAMS += tests/unit/test-sanitize tests/unit/test-textwrap
TESTS += tests/unit/test-sanitize tests/unit/test-textwrap
tests_unit_test_sanitize_SOURCES = tests/unit/test-sanitize.c
tests_unit_test_sanitize_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_sanitize_LDADD = $(UNIT_LIBS)
tests_unit_test_textwrap_SOURCES = tests/unit/test-textwrap.c
tests_unit_test_textwrap_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_textwrap_LDADD = $(UNIT_LIBS)
libb2ccore_a_SOURCES += src/core/report.c src/core/report-util.c \
	src/core/report-figures.c src/core/report-table.c \
	src/core/report-text.c src/core/report-markdown.c \
	src/core/report-html.c src/core/report-csv.c
noinst_HEADERS += include/b2c/report.h src/core/report-private.h \
	src/core/report-table.h

check_PROGRAMS += tests/unit/test-report
TESTS += tests/unit/test-report
tests_unit_test_report_SOURCES = tests/unit/test-report.c
tests_unit_test_report_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_report_LDADD = $(UNIT_LIBS)
libb2ccore_a_SOURCES += src/core/overview.c src/core/overview-part1.c
noinst_HEADERS += include/b2c/overview.h
