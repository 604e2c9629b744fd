# (report) sources, tests and data of this area
b2c_wizard_SOURCES += src/cli/cmd-view.c
libb2ccli_a_SOURCES += src/cli/cmd-report.c src/cli/cmd-list.c src/cli/cmd-import-part1.c \
	src/cli/cmd-agenda.c src/cli/cmd-calendar.c \
	src/cli/cmd-new-year.c

# Safe display of untrusted text, wrapping, and the reports.
libb2ccore_a_SOURCES += src/core/text/textbuf.c src/core/text/sanitize.c \
	src/core/text/i18n.c \
	src/core/text/textwrap.c
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
libb2ccore_a_SOURCES += src/core/report/report.c src/core/report/report-util.c \
	src/core/report/report-figures.c src/core/report/report-table.c \
	src/core/report/report-text.c src/core/report/report-markdown.c \
	src/core/report/report-html.c src/core/report/report-csv.c \
	src/core/report/report-esg.c src/core/report/report-wheel.c \
	src/core/report/report-agreement.c src/core/report/report-small.c \
	src/core/report/report-method.c src/core/report/report-ledger.c \
	src/core/report/report-status.c \
	src/core/report/portfolio.c src/core/report/report-portfolio.c \
	src/core/report/report-axis.c
noinst_HEADERS += include/b2c/report.h src/core/report/report-private.h \
	src/core/report/report-table.h src/core/report/portfolio.h

check_PROGRAMS += tests/unit/test-report
TESTS += tests/unit/test-report
tests_unit_test_report_SOURCES = tests/unit/test-report.c
tests_unit_test_report_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_report_LDADD = $(UNIT_LIBS)
libb2ccore_a_SOURCES += src/core/report/overview.c src/core/report/overview-util.c
noinst_HEADERS += include/b2c/overview.h
# Reports and other outputs written without replacing devices or links.
libb2ccore_a_SOURCES += src/core/text/output-file.c
noinst_HEADERS += include/b2c/output-file.h

# The report command against expected files.
REPORT_CLI_TESTS = tests/cli/report-text.sh tests/cli/report-markdown.sh \
	tests/cli/report-html.sh tests/cli/report-csv.sh \
	tests/cli/report-hostile.sh tests/cli/report-errors.sh \
	tests/cli/report-output.sh
TESTS += $(REPORT_CLI_TESTS)
EXTRA_DIST += $(REPORT_CLI_TESTS) tests/cli/report-mask.sh \
	tests/cli/report-catalogue.sh \
	tests/data/hostile/escapes.cfg \
	tests/golden/report/demo.txt tests/golden/report/demo-60-ascii.txt \
	tests/golden/report/demo.md tests/golden/report/demo.html \
	tests/golden/report/demo.csv
EXTRA_DIST += po/parts/report.po po/parts/report.files

# The session listing and the Del 1 import.
REPORT_CLI_TESTS2 = tests/cli/list.sh tests/cli/import-part1.sh \
	tests/cli/report-danish.sh tests/cli/agenda.sh \
	tests/cli/list-terminal.sh tests/cli/calendar.sh \
	tests/cli/new-year.sh
TESTS += $(REPORT_CLI_TESTS2)
EXTRA_DIST += $(REPORT_CLI_TESTS2) tests/data/import/joint.cfg \
	tests/data/import/company.cfg tests/data/import/empty.cfg \
	tests/golden/report/demo-da.txt

check_PROGRAMS += tests/unit/test-overview
TESTS += tests/unit/test-overview
tests_unit_test_overview_SOURCES = tests/unit/test-overview.c
tests_unit_test_overview_CPPFLAGS = $(AM_CPPFLAGS) \
	-DTOP_BUILDDIR='"$(abs_top_builddir)"'
tests_unit_test_overview_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_overview_LDADD = $(UNIT_LIBS)

# Which indicators the lists show: the adopted, then the measured rest.
libb2ccore_a_SOURCES += src/core/model/adoption.c
noinst_HEADERS += include/b2c/adoption.h

# The HTML report printed to PDF by a real browser, page by page.
TESTS += tests/cli/report-print.sh tests/cli/report-stream.sh
EXTRA_DIST += tests/cli/report-print.sh tests/cli/report-stream.sh \
	tests/cli/print-pdf.sh

# One report over several partnerships, with pooled figures.
check_PROGRAMS += tests/unit/test-portfolio
TESTS += tests/unit/test-portfolio
tests_unit_test_portfolio_SOURCES = tests/unit/test-portfolio.c
tests_unit_test_portfolio_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_portfolio_LDADD = $(UNIT_LIBS)
TESTS += tests/cli/report-portfolio.sh tests/cli/report-parity.sh
EXTRA_DIST += tests/cli/report-portfolio.sh tests/cli/report-parity.sh \
	tests/data/portfolio/north.cfg tests/data/portfolio/south.cfg \
	tests/data/portfolio/west.cfg

# An indicator measured without being adopted, in every format.
TESTS += tests/cli/report-not-adopted.sh
EXTRA_DIST += tests/cli/report-not-adopted.sh tests/data/not-adopted.cfg \
	tests/golden/report/not-adopted.txt \
	tests/golden/report/not-adopted.md \
	tests/golden/report/not-adopted.html \
	tests/golden/report/not-adopted.csv

# The same on the wizard's screens: the measurement record, the progress.
TESTS += tests/ui/not-adopted.sh
EXTRA_DIST += tests/ui/not-adopted.sh tests/ui/expected/na-measurement \
	tests/ui/expected/na-progress tests/ui/expected/na-progress-charts

check_PROGRAMS += tests/unit/test-adoption
TESTS += tests/unit/test-adoption
tests_unit_test_adoption_SOURCES = tests/unit/test-adoption.c
tests_unit_test_adoption_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_adoption_LDADD = $(UNIT_LIBS)

# A small partnership's agreement on one page, printed by a real browser.
TESTS += tests/cli/report-agreement.sh
EXTRA_DIST += tests/cli/report-agreement.sh
