/*
 * libFuzzer harness for the survey CSV import. Oracles: a refused file
 * says "FILE:ROW:COLUMN: ..." and leaves the session exactly as it was
 * (all or nothing); an accepted one adds exactly the answers the result
 * reports, and the session still saves and loads back equal.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/import.h"
#include "b2c/session.h"
#include "b2c/store.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);
const char *__asan_default_options(void);

/*
 * AddressSanitizer keeps freed memory in a quarantine of 256 MB by
 * default, and with its redzones that grew a run of this target to over a
 * gigabyte in minutes although nothing leaks (LeakSanitizer reports
 * nothing; with no quarantine the resident size stays flat). A small one
 * still catches a use after free in the same input.
 */
const char *
__asan_default_options(void)
{
	return "quarantine_size_mb=16";
}

static void
fuzz_fail(const char *what, const char *cause)
{
	fprintf(stderr, "import oracle failed: %s: %s\n", what,
	    cause != NULL ? cause : "(no message)");
	abort();
}

/* The ids the seed files' headers use, on the three core indicators,
 * worded as the demo's statements so that the survey exports in the
 * corpus (headed by wording) are read, not only refused. */
static struct session *
fuzz_base(void)
{
	static struct session *base;

	if (base == NULL) {
		base = session_new();
		session_add_statement(&base->indicators[0], "stolt",
		    "Siden Nortec og Bo-Vest startede sommerfesten, er jeg "
		    "blevet mere stolt af at fortælle, hvor jeg bor.");
		session_add_statement(&base->indicators[1], "tryg",
		    "Siden Nortec åbnede kantinen som indendørs mødested, "
		    "har jeg fået større tillid til mine naboer.");
		session_add_statement(&base->indicators[2], "hoert",
		    "Efter jeg var med til at planlægge sommerfesten, føler "
		    "jeg, at jeg bedre kan bidrage til lokalområdet.");
	}
	return base;
}

/* Sums what the period holds over every indicator. */
static void
fuzz_totals(const struct session *s, long *answers, long *dont_know,
    long *blank)
{
	const struct measurement *m;
	size_t i, j, k;

	*answers = *dont_know = *blank = 0;
	for (i = 0; i < s->n_indicators; i++) {
		m = session_find_measurement(&s->indicators[i], "Baseline");
		if (m == NULL)
			continue;
		for (j = 0; j < m->n_tallies; j++) {
			for (k = 0; k < SESSION_ANSWER_STEPS; k++)
				*answers += m->tallies[j].steps[k];
			*dont_know += m->tallies[j].dont_know;
			*blank += m->tallies[j].blank;
		}
	}
}

static void
fuzz_round_trip(const struct session *s)
{
	struct session *again = NULL;
	char *text = NULL, *cause = NULL;
	size_t len;

	if (store_serialise(s, &text, &len, &cause) != 0)
		fuzz_fail("an imported session does not serialise", cause);
	if (store_parse("fuzz-import.cfg", text, len, &again, &cause) != 0)
		fuzz_fail("an imported session does not load back", cause);
	if (!session_equal(s, again))
		fuzz_fail("an imported session changed on a round trip",
		    NULL);
	session_free(again);
	free(text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct session *base = fuzz_base(), *s = session_clone(base);
	struct import_result res;
	char *cause = NULL;
	long answers, dont_know, blank;

	memset(&res, 0, sizeof res);
	if (import_responses(s, "fuzz.csv", (const char *)data, size,
	    "Baseline", "2026-01-31", 0, &res, &cause) != 0) {
		if (cause == NULL || strncmp(cause, "fuzz.csv:", 9) != 0)
			fuzz_fail("refused without a FILE:ROW message", cause);
		if (!session_equal(s, base))
			fuzz_fail("a refused import changed the session",
			    cause);
		free(cause);
	} else {
		fuzz_totals(s, &answers, &dont_know, &blank);
		if (answers != res.answers || dont_know != res.dont_know ||
		    blank != res.blank)
			fuzz_fail("the tallies do not add up to the result",
			    NULL);
		fuzz_round_trip(s);
	}
	import_result_clear(&res);
	session_free(s);
	return 0;
}
