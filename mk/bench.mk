# (bench) sources, tests and data of this area
# Benchmarks: `make bench`, never part of `make check`. The programs are
# EXTRA_PROGRAMS so a normal build does not compile them.
# gen-session is also a check program: tests/cli/report-stream.sh needs a
# session large enough for a report in many pieces.
check_PROGRAMS += tests/bench/gen-session
EXTRA_PROGRAMS = tests/bench/bench-store \
	tests/bench/bare-parse tests/bench/bare-csv tests/bench/timeit tests/bench/settle \
	tests/bench/screendiff
BENCH_BINS = tests/bench/gen-session$(EXEEXT) \
	tests/bench/bench-store$(EXEEXT) tests/bench/bare-parse$(EXEEXT) \
	tests/bench/bare-csv$(EXEEXT) tests/bench/timeit$(EXEEXT) \
	tests/bench/settle$(EXEEXT) tests/bench/screendiff$(EXEEXT)
CLEANFILES += $(BENCH_BINS)

tests_bench_gen_session_SOURCES = tests/bench/gen-session.c
tests_bench_gen_session_LDADD = $(CORE_LIBS)
tests_bench_bench_store_SOURCES = tests/bench/bench-store.c
tests_bench_bench_store_CFLAGS = $(AM_CFLAGS) $(LIBCONFIG_CFLAGS)
tests_bench_bench_store_LDADD = $(CORE_LIBS)
tests_bench_bare_parse_SOURCES = tests/bench/bare-parse.c
tests_bench_bare_parse_CFLAGS = $(AM_CFLAGS) $(LIBCONFIG_CFLAGS)
tests_bench_bare_parse_LDADD = $(LIBCONFIG_LIBS)
tests_bench_bare_csv_SOURCES = tests/bench/bare-csv.c
tests_bench_bare_csv_LDADD = $(CSV_LIBS)
tests_bench_timeit_SOURCES = tests/bench/timeit.c
tests_bench_settle_SOURCES = tests/bench/settle.c
tests_bench_screendiff_SOURCES = tests/bench/screendiff.c

BENCH_SH = tests/bench/run.sh tests/bench/lib.sh \
	tests/bench/scale.sh tests/bench/demo.sh tests/bench/import.sh \
	tests/bench/tty-bytes.sh tests/bench/keystroke.sh
EXTRA_DIST += $(BENCH_SH) tests/bench/BENCHMARKS.md

# Results go to tests/tmp/bench in the build tree; BENCHMARKS.md there is
# the README section.
bench: b2c$(EXEEXT) b2c-wizard$(EXEEXT) $(BENCH_BINS)
	B2C='$(abs_top_builddir)/b2c$(EXEEXT)' \
	B2C_WIZARD='$(abs_top_builddir)/b2c-wizard$(EXEEXT)' \
	BENCH_BIN='$(abs_top_builddir)/tests/bench' \
	BENCH_SRC='$(abs_top_srcdir)/tests/bench' \
	B2C_DATADIR='$(abs_top_srcdir)/share/b2c' \
	BENCH_OUT='$(abs_top_builddir)/tests/tmp/bench' \
	BENCH_PARTS='$(BENCH_PARTS)' \
		$(SHELL) '$(abs_top_srcdir)/tests/bench/run.sh'
.PHONY: bench
