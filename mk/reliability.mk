# (reliability) sources, tests and data of this area

# --- Fault injection ------------------------------------------------------
# An LD_PRELOAD shim that fails one system call, and a program that saves
# a session the way b2c does. The shim is built without the user's CFLAGS
# on purpose: a sanitizer build must not instrument it, since that
# runtime has to come first in the process.
check_PROGRAMS += tests/fault/save-driver
tests_fault_save_driver_SOURCES = tests/fault/save-driver.c
tests_fault_save_driver_CFLAGS = $(AM_CFLAGS)
tests_fault_save_driver_LDADD = $(CORE_LIBS)
check_DATA += tests/fault/faultshim.so
TESTS += tests/fault/save-faults.sh
EXTRA_DIST += tests/fault/faultshim.c tests/fault/save-faults.sh
CLEANFILES += tests/fault/faultshim.so

tests/fault/faultshim.so: tests/fault/faultshim.c
	$(AM_V_CC)$(MKDIR_P) tests/fault && \
	$(CC) -shared -fPIC -O1 -g $(WARN_CFLAGS) \
		-o $@ $(srcdir)/tests/fault/faultshim.c -ldl

# --- Hostile files ----------------------------------------------------------
check_PROGRAMS += tests/reliability/test-hostile
TESTS += tests/reliability/test-hostile
tests_reliability_test_hostile_SOURCES = tests/reliability/test-hostile.c
tests_reliability_test_hostile_CFLAGS = $(UNIT_CFLAGS)
tests_reliability_test_hostile_LDADD = $(UNIT_LIBS)

TESTS += tests/reliability/hostile-cli.sh tests/reliability/cli-escapes.sh
EXTRA_DIST += tests/reliability/hostile-cli.sh \
	tests/reliability/cli-escapes.sh

# --- Sharing a file ---------------------------------------------------------
check_PROGRAMS += tests/reliability/test-concurrency
TESTS += tests/reliability/test-concurrency
tests_reliability_test_concurrency_SOURCES = \
	tests/reliability/test-concurrency.c tests/unit/test-user.c \
	tests/unit/test-user.h
tests_reliability_test_concurrency_CPPFLAGS = $(AM_CPPFLAGS) \
	-I$(top_srcdir)/tests/unit
tests_reliability_test_concurrency_CFLAGS = $(UNIT_CFLAGS)
tests_reliability_test_concurrency_LDADD = $(UNIT_LIBS)

# --- In a real terminal (tmux; skipped without it) --------------------------
TESTS += tests/reliability/tmux-signals.sh tests/reliability/tmux-sharing.sh \
	tests/reliability/tmux-resize-storm.sh \
	tests/reliability/tmux-escapes.sh
EXTRA_DIST += tests/reliability/README tests/reliability/tmux-lib.sh \
	tests/reliability/tmux-signals.sh tests/reliability/tmux-sharing.sh \
	tests/reliability/tmux-resize-storm.sh \
	tests/reliability/tmux-escapes.sh

# --- Fuzz regressions ------------------------------------------------------
# make check replays the seed corpus and every input that ever crashed a
# fuzz target through the same entry point, without libFuzzer.
check_PROGRAMS += tests/fuzz/replay-load
TESTS += tests/fuzz/replay-load
tests_fuzz_replay_load_SOURCES = tests/fuzz/replay.c tests/fuzz/fuzz-load.c
tests_fuzz_replay_load_CPPFLAGS = $(AM_CPPFLAGS) -DREPLAY_TARGET=\"load\"
tests_fuzz_replay_load_CFLAGS = $(AM_CFLAGS)
tests_fuzz_replay_load_LDADD = $(CORE_LIBS)
check_PROGRAMS += tests/fuzz/replay-import
TESTS += tests/fuzz/replay-import
tests_fuzz_replay_import_SOURCES = tests/fuzz/replay.c \
	tests/fuzz/fuzz-import.c
tests_fuzz_replay_import_CPPFLAGS = $(AM_CPPFLAGS) \
	-DREPLAY_TARGET=\"import\"
tests_fuzz_replay_import_CFLAGS = $(AM_CFLAGS)
tests_fuzz_replay_import_LDADD = $(CORE_LIBS)
EXTRA_DIST += tests/data/fuzz-regressions

# --- Fuzzing (make fuzz; not part of make check) ---------------------------
# The core is compiled again with clang and the fuzzer's instrumentation
# rather than linked from libb2ccore.a, which the configured compiler built
# without coverage feedback. libconfig and libcsv stay uninstrumented.
FUZZ_TARGETS = load import
FUZZ_TIME = 600
FUZZ_FLAGS = -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=undefined -fno-omit-frame-pointer \
	$(DEFS) -I$(top_builddir) $(AM_CPPFLAGS) $(LIBCONFIG_CFLAGS)
EXTRA_DIST += tests/fuzz/corpus-load tests/fuzz/corpus-import \
	tests/fuzz/README

fuzz:
	@test -n "$(CLANG)" || { echo "make fuzz needs clang" \
		"(Debian package clang)" >&2; exit 1; }
	$(AM_V_at)$(MKDIR_P) tests/fuzz
	$(AM_V_GEN)core=; for f in $(libb2ccore_a_SOURCES); do \
		case $$f in *.c) core="$$core $(srcdir)/$$f";; esac; \
	done; \
	for t in $(FUZZ_TARGETS); do \
		test -f $(srcdir)/tests/fuzz/fuzz-$$t.c || continue; \
		echo "  CLANG    tests/fuzz/fuzz-$$t"; \
		$(CLANG) $(FUZZ_FLAGS) -o tests/fuzz/fuzz-$$t \
			$(srcdir)/tests/fuzz/fuzz-$$t.c $$core \
			$(LIBCONFIG_LIBS) $(CSV_LIBS) -lm || exit 1; \
	done

# make fuzz-run-load (or fuzz-run-import) FUZZ_TIME=seconds: fuzzes from
# the seed corpus, keeping new inputs in the build tree and any crash in
# tests/fuzz/artifacts/.
fuzz-run-load fuzz-run-import: fuzz
	@t=`echo $@ | sed 's/^fuzz-run-//'`; \
	$(MKDIR_P) tests/fuzz/work-$$t tests/fuzz/artifacts; \
	LSAN_OPTIONS=suppressions=$(abs_top_srcdir)/tests/lsan.supp \
	tests/fuzz/fuzz-$$t -max_total_time=$(FUZZ_TIME) -jobs=1 \
		-workers=1 -print_final_stats=1 -timeout=10 -rss_limit_mb=256 -malloc_limit_mb=256 \
		-artifact_prefix=tests/fuzz/artifacts/$$t- \
		tests/fuzz/work-$$t $(srcdir)/tests/fuzz/corpus-$$t

clean-local: clean-fuzz
clean-fuzz:
	rm -rf tests/fuzz/fuzz-load tests/fuzz/fuzz-import \
		tests/fuzz/work-load tests/fuzz/work-import \
		tests/fuzz/artifacts fuzz-[0-9]*.log

# --- Valgrind ----------------------------------------------------------------
# make check-valgrind: the test programs run under memcheck, and the CLI
# tests get a $B2C that runs b2c under it. Any error or definitely lost
# block fails the test; tests/valgrind.supp holds only libconfig 1.5's
# known leak. B2C_VALGRIND=1 lets a slow terminal test skip itself.
VALGRIND_FLAGS = --quiet --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite --show-leak-kinds=definite \
	--suppressions=$(abs_top_srcdir)/tests/valgrind.supp
# Tests left out of the valgrind run (none: no test asserts its own speed).
VALGRIND_SKIP =
EXTRA_DIST += tests/valgrind.supp
CLEANFILES += tests/valgrind-b2c tests/valgrind-b2c-wizard

check-valgrind:
	@test -n "$(VALGRIND)" || { echo "check-valgrind needs valgrind" \
		"(Debian package valgrind)" >&2; exit 1; }
	$(AM_V_at)$(MKDIR_P) tests
	$(AM_V_GEN)printf '#!/bin/sh\nexec %s %s "%s" "$$@"\n' \
		'$(VALGRIND)' '$(VALGRIND_FLAGS)' \
		'$(abs_top_builddir)/b2c$(EXEEXT)' >tests/valgrind-b2c && \
	printf '#!/bin/sh\nexec %s %s "%s" "$$@"\n' \
		'$(VALGRIND)' '$(VALGRIND_FLAGS)' \
		'$(abs_top_builddir)/b2c-wizard$(EXEEXT)' \
		>tests/valgrind-b2c-wizard && \
	chmod +x tests/valgrind-b2c tests/valgrind-b2c-wizard
	@tests=; for t in $(TESTS); do \
		case " $(VALGRIND_SKIP) " in \
		*" $$t "*) echo "check-valgrind: $$t times itself: left out";; \
		*) tests="$$tests $$t";; \
		esac; \
	done; \
	$(MAKE) $(AM_MAKEFLAGS) check TESTS="$$tests" \
		LOG_COMPILER='$(VALGRIND) $(VALGRIND_FLAGS)' \
		TESTS_ENVIRONMENT='B2C=$(abs_top_builddir)/tests/valgrind-b2c; export B2C; B2C_WIZARD=$(abs_top_builddir)/tests/valgrind-b2c-wizard; export B2C_WIZARD; B2C_VALGRIND=1; export B2C_VALGRIND;'

.PHONY: fuzz fuzz-run-load fuzz-run-import clean-fuzz check-valgrind
