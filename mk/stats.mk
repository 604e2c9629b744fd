# (stats) sources, tests and data of this area
# Survey statistics, the text canvas, the charts and the response import.
libb2ccli_a_SOURCES += src/cli/cmd-import-responses.c \
	src/cli/cmd-questionnaire.c
libb2ccore_a_SOURCES += src/core/stats/stats.c src/core/stats/stats-words.c
noinst_HEADERS += include/b2c/stats.h include/b2c/stats-words.h

check_PROGRAMS += tests/unit/test-stats
TESTS += tests/unit/test-stats
tests_unit_test_stats_SOURCES = tests/unit/test-stats.c
tests_unit_test_stats_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_stats_LDADD = $(UNIT_LIBS)
EXTRA_DIST += po/parts/stats.po po/parts/stats.files
libb2ccore_a_SOURCES += src/core/text/utf8.c src/core/text/canvas.c
noinst_HEADERS += include/b2c/utf8.h include/b2c/canvas.h

check_PROGRAMS += tests/unit/test-canvas
TESTS += tests/unit/test-canvas
tests_unit_test_canvas_SOURCES = tests/unit/test-canvas.c
tests_unit_test_canvas_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_canvas_LDADD = $(UNIT_LIBS)
libb2ccore_a_SOURCES += src/core/chart/chart-bar.c src/core/chart/chart-frame.c src/core/chart/chart.c \
	src/core/chart/chart-text.c src/core/chart/chart-overview.c src/core/chart/chart-private.h
noinst_HEADERS += include/b2c/chart.h src/core/chart/chart-layout.h

check_PROGRAMS += tests/unit/test-chart
TESTS += tests/unit/test-chart
tests_unit_test_chart_SOURCES = tests/unit/test-chart.c
tests_unit_test_chart_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_chart_LDADD = $(UNIT_LIBS)
libb2ccore_a_SOURCES += src/core/import/import-csv.c src/core/import/import-decode.c \
	src/core/import/import-match.c src/core/import/import-apply.c src/core/import/import-file.c \
	src/core/text/sha256.c \
	src/core/stats/questionnaire.c
noinst_HEADERS += include/b2c/import.h include/b2c/sha256.h \
	include/b2c/questionnaire.h \
	src/core/import/import-private.h src/core/import/import-reader.h

check_PROGRAMS += tests/unit/test-import
TESTS += tests/unit/test-import
tests_unit_test_import_SOURCES = tests/unit/test-import.c
tests_unit_test_import_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_import_LDADD = $(UNIT_LIBS)
EXTRA_DIST += tests/data/responses/survey-100.csv \
	tests/data/responses/bom-crlf.csv tests/data/responses/bad-cell.csv

# Golden charts of the demo session.
check_PROGRAMS += tests/golden/render-charts
tests_golden_render_charts_SOURCES = tests/golden/render-charts.c
tests_golden_render_charts_LDADD = $(CORE_LIBS)
TESTS += tests/golden/charts.sh
EXTRA_DIST += tests/golden/charts.sh tests/golden/demo-80.txt \
	tests/golden/demo-120.txt tests/golden/demo-80-ascii.txt \
	tests/golden/demo-120-ascii.txt tests/golden/demo-80-ascii-mono.txt \
	tests/golden/demo-80-mono.txt

TESTS += tests/cli/import.sh tests/cli/import-exports.sh \
	tests/cli/questionnaire.sh
EXTRA_DIST += tests/cli/import.sh tests/data/responses/demo-year2.csv \
	tests/cli/import-exports.sh tests/data/responses/exports/expected.txt \
	tests/cli/questionnaire.sh \
	tests/data/responses/exports/make-exports.py \
	tests/data/responses/exports/excel-1252.csv \
	tests/data/responses/exports/excel-utf8.csv \
	tests/data/responses/exports/excel-sep-line.csv \
	tests/data/responses/exports/google-forms.csv \
	tests/data/responses/exports/microsoft-forms.csv \
	tests/data/responses/exports/surveyxact.csv \
	tests/data/responses/exports/indicator-names.csv \
	tests/data/responses/exports/unicode-text.txt \
	tests/data/responses/exports/statement-ids.csv \
	tests/data/responses/exports/surveymonkey.csv

# How the table editor splits the width among a table's columns.
libb2ccore_a_SOURCES += src/core/text/table-layout.c
noinst_HEADERS += include/b2c/table-layout.h
check_PROGRAMS += tests/unit/test-table-layout
TESTS += tests/unit/test-table-layout
tests_unit_test_table_layout_SOURCES = tests/unit/test-table-layout.c
tests_unit_test_table_layout_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_table_layout_LDADD = $(UNIT_LIBS)
TESTS += tests/ui/columns.sh
EXTRA_DIST += tests/ui/columns.sh
