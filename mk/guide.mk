# (guide) the booklet's parts, steps and questions as data, and their
# accessors into the session model.
libb2ccore_a_SOURCES += src/core/guide/guide.c src/core/guide/guide-access.c \
	src/core/guide/guide-start.c src/core/guide/guide-part1.c src/core/guide/guide-part2.c \
	src/core/guide/guide-part3.c src/core/guide/guide-indicators.c \
	src/core/guide/guide-statements.c src/core/guide/guide-measure.c \
	src/core/guide/guide-query.c src/core/guide/guide-progress.c \
	src/core/guide/guide-number.c src/core/guide/guide-date.c \
	src/core/guide/guide-status.c src/core/guide/guide-ledger.c \
	src/core/guide/guide-small.c
noinst_HEADERS += include/b2c/guide.h include/b2c/guide-extra.h \
	include/b2c/chart-lazy.h include/b2c/guide-progress.h \
	src/core/guide/guide-impl.h

check_PROGRAMS += tests/unit/test-guide
TESTS += tests/unit/test-guide
tests_unit_test_guide_SOURCES = tests/unit/test-guide.c
tests_unit_test_guide_CFLAGS = $(UNIT_CFLAGS) \
	-DGUIDE_PO='"$(abs_top_srcdir)/po/parts/guide.po"'
tests_unit_test_guide_LDADD = $(UNIT_LIBS)

EXTRA_DIST += mk/guide.mk po/parts/guide.po po/parts/guide.files

check_PROGRAMS += tests/unit/test-chart-lazy
TESTS += tests/unit/test-chart-lazy
tests_unit_test_chart_lazy_SOURCES = tests/unit/test-chart-lazy.c
tests_unit_test_chart_lazy_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_chart_lazy_LDADD = $(UNIT_LIBS)

TESTS += tests/ui/review-fresh.sh
EXTRA_DIST += tests/ui/review-fresh.sh

check_PROGRAMS += tests/unit/test-guide-progress
TESTS += tests/unit/test-guide-progress
tests_unit_test_guide_progress_SOURCES = tests/unit/test-guide-progress.c
tests_unit_test_guide_progress_CFLAGS = $(UNIT_CFLAGS) \
	-DDEMO_CFG='"$(abs_top_srcdir)/share/b2c/demo.cfg"'
tests_unit_test_guide_progress_LDADD = $(UNIT_LIBS)

TESTS += tests/ui/progress-long.sh
EXTRA_DIST += tests/ui/progress-long.sh tests/ui/data/many-indicators.cfg \
	tests/ui/expected/long-progress-top \
	tests/ui/expected/long-progress-overview \
	tests/ui/expected/long-progress-scale \
	tests/ui/expected/long-progress-counts \
	tests/ui/expected/long-progress-charts \
	tests/ui/expected/long-progress-resized

check_PROGRAMS += tests/unit/test-guide-input
TESTS += tests/unit/test-guide-input
tests_unit_test_guide_input_SOURCES = tests/unit/test-guide-input.c
tests_unit_test_guide_input_CFLAGS = $(UNIT_CFLAGS) \
	-DGUIDE_PO='"$(abs_top_srcdir)/po/parts/guide.po"' \
	-DI18N_PO='"$(abs_top_srcdir)/po/parts/i18n.po"'
tests_unit_test_guide_input_LDADD = $(UNIT_LIBS)

TESTS += tests/ui/danish-input.sh
EXTRA_DIST += tests/ui/danish-input.sh

# The small path: the concrete proposal, the one-page agreement, the
# follow-up, and their settings.
check_PROGRAMS += tests/unit/test-small-path
TESTS += tests/unit/test-small-path
tests_unit_test_small_path_SOURCES = tests/unit/test-small-path.c
tests_unit_test_small_path_CFLAGS = $(UNIT_CFLAGS)
tests_unit_test_small_path_LDADD = $(UNIT_LIBS)
EXTRA_DIST += po/parts/small.po po/parts/small.files
