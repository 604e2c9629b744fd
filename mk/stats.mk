# (stats) sources, tests and data of this area
# Survey statistics, the text canvas, the charts and the response import.
b2c_SOURCES += src/cli/cmd-import-responses.c
libb2ccore_a_SOURCES += src/core/stats.c
noinst_HEADERS += include/b2c/stats.h

check_PROGRAMS += tests/unit/test-stats
TESTS += tests/unit/test-stats
tests_unit_test_stats_SOURCES = tests/unit/test-stats.c
tests_unit_test_stats_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_stats_LDADD = $(UNIT_LIBS)
EXTRA_DIST += po/parts/stats.po po/parts/stats.files
