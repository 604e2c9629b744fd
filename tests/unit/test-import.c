/*
 * Survey response import: hand-counted tallies from a 100-row Danish
 * export, BOM + CRLF + quotes, every kind of bad input reported as
 * FILE:ROW:COLUMN with the session untouched, and add versus replace.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/import.h"
#include "b2c/session.h"
#include "b2c/util.h"

/* belonging asked as statement "stolt", trust as itself, cocreation as
 * statement "hoert"; plus a count KPI. */

/* What a refused answer's message says after the cell. */
#define ANSWERS "use 1 (Helt enig) to 5 (Helt uenig), or the words " \
	"Helt enig, Delvist enig, Hverken enig eller uenig, Delvist " \
	"uenig, Helt uenig, Ved ikke, or leave it empty"
static struct session *
survey_session(void)
{
	struct session *s = session_new();
	struct indicator *ind;

	session_add_statement(&s->indicators[0], "stolt",
	    "Siden COOP startede fællesspisning er jeg blevet stoltere");
	session_add_statement(&s->indicators[2], "hoert",
	    "Efter IBM's IT-kursus føler jeg, at jeg kan bidrage mere");
	ind = session_add_indicator(s, "interns", "Unge i praktik");
	ind->kind = INDICATOR_COUNT;
	return s;
}

static char *
data_path(const char *name)
{
	const char *top = getenv("top_srcdir");

	return xasprintf("%s/tests/data/responses/%s", top ? top : ".", name);
}

static const struct tally *
tally_of(const struct session *s, size_t ind, const char *period,
    const char *stmt)
{
	const struct measurement *m;
	size_t i;

	m = session_find_measurement(&s->indicators[ind], period);
	assert_non_null(m);
	for (i = 0; i < m->n_tallies; i++) {
		if (strcmp(m->tallies[i].statement, stmt) == 0)
			return &m->tallies[i];
	}
	fail_msg("no tally for \"%s\"", stmt);
	return NULL;
}

static void
assert_tally(const struct tally *t, long s0, long s1, long s2, long s3,
    long s4, long dont_know, long blank)
{
	assert_int_equal(t->steps[0], s0);
	assert_int_equal(t->steps[1], s1);
	assert_int_equal(t->steps[2], s2);
	assert_int_equal(t->steps[3], s3);
	assert_int_equal(t->steps[4], s4);
	assert_int_equal(t->dont_know, dont_know);
	assert_int_equal(t->blank, blank);
}

static void
test_hundred_danish_rows(void **state)
{
	struct session *s = survey_session();
	struct import_result res;
	char *path = data_path("survey-100.csv"), *cause = NULL;

	(void)state;
	assert_int_equal(import_responses_file(s, path, "Baseline",
	    "2026-03-01", 0, &res, &cause), 0);
	assert_null(cause);
	/*
	 * Counted with: tail -n +2 survey-100.csv | cut -d';' -f2 |
	 * tr A-Z a-z | sort | uniq -c (the Kommentar column is last, so
	 * its quoted semicolons do not shift the fields counted):
	 * stolt:  18 helt enig, 23 delvist enig, 30 hverken enig eller
	 *         uenig, 16 delvist uenig, 8 helt uenig, 3 ved ikke, 2 empty
	 * trust:  "1" 12 + helt enig 8 = 20; "2" 18 + delvist enig 7 = 25;
	 *         "3" 16 + hverken 12 = 28; "4" 5 + delvist uenig 7 = 12;
	 *         "5" 5; ved ikke 6; empty 4
	 * hoert:  10, 12, 35, 20, 15; ved ikke 5; empty 3
	 * No row is empty in all three, so all 100 are respondents.
	 */
	assert_tally(tally_of(s, 0, "Baseline", "stolt"), 18, 23, 30, 16, 8,
	    3, 2);
	assert_tally(tally_of(s, 1, "Baseline", ""), 20, 25, 28, 12, 5, 6, 4);
	assert_tally(tally_of(s, 2, "Baseline", "hoert"), 10, 12, 35, 20, 15,
	    5, 3);
	assert_int_equal(res.respondents, 100);
	assert_int_equal(res.columns, 3);
	assert_int_equal(res.answers, 95 + 90 + 92);
	assert_int_equal(res.dont_know, 3 + 6 + 5);
	assert_int_equal(res.blank, 2 + 4 + 3);
	assert_string_equal(res.ignored, "1: Respondent\n5: Kommentar\n");
	assert_string_equal(session_find_measurement(&s->indicators[0],
	    "Baseline")->date, "2026-03-01");
	import_result_clear(&res);
	free(path);
	session_free(s);
}

static void
test_bom_crlf_quoted(void **state)
{
	struct session *s = survey_session();
	struct import_result res;
	char *path = data_path("bom-crlf.csv"), *cause = NULL;

	(void)state;
	assert_int_equal(import_responses_file(s, path, "År 1", NULL, 0, &res,
	    &cause), 0);
	/*
	 * Rows 1, 2, 3 and 5 answer; respondent 4 answered nothing and
	 * is counted, blank in both columns. stolt: Helt enig, Ved ikke,
	 * " Delvist enig " (blanks inside the quotes trimmed), blank,
	 * Hverken. trust: 5, empty, 2 unquoted, empty, Ved ikke.
	 */
	assert_int_equal(res.respondents, 5);
	assert_int_equal(res.empty_respondents, 1);
	assert_string_equal(res.encoding, "UTF-8 BOM");
	assert_int_equal(res.delimiter, ',');
	assert_tally(tally_of(s, 0, "År 1", "stolt"), 1, 1, 1, 0, 0, 1, 1);
	assert_tally(tally_of(s, 1, "År 1", ""), 0, 1, 0, 0, 1, 1, 2);
	assert_string_equal(res.ignored, "1: Respondent\n");
	assert_string_equal(session_find_measurement(&s->indicators[0],
	    "År 1")->date, "");
	import_result_clear(&res);
	free(path);
	session_free(s);
}

/* Imports text and expects exactly the message, the session untouched. */
static void
assert_refused(const char *text, const char *expected)
{
	struct session *s = survey_session(), *before;
	struct import_result res;
	char *cause = NULL;

	session_add_measurement(&s->indicators[1], "Baseline");
	session_tally_for(&s->indicators[1].measurements[0], "")->steps[0] = 7;
	before = session_clone(s);
	assert_int_equal(import_responses(s, "x.csv", text, strlen(text),
	    "Baseline", "2026-03-01", IMPORT_REPLACE, &res, &cause), -1);
	assert_non_null(cause);
	assert_string_equal(cause, expected);
	assert_true(session_equal(s, before));
	assert_null(res.ignored);
	free(cause);
	session_free(before);
	session_free(s);
}

static void
test_bad_cells(void **state)
{
	struct session *s = survey_session();
	struct import_result res;
	char *path = data_path("bad-cell.csv"), *cause = NULL, *expected;

	(void)state;
	/* Row 2 spans two lines and row 4 is empty: the 6 is in row 5. */
	assert_int_equal(import_responses_file(s, path, "Baseline", NULL, 0,
	    &res, &cause), -1);
	expected = xasprintf("%s:5:2: \"6\" is not an answer: " ANSWERS, path);
	assert_string_equal(cause, expected);
	assert_int_equal(s->indicators[0].n_measurements, 0);
	free(expected);
	free(cause);
	free(path);
	session_free(s);
	assert_refused("stolt,trust\n1,2\n2,enig\n",
	    "x.csv:3:2: \"enig\" is not an answer: " ANSWERS);
	assert_refused("stolt;trust\r\n0;2\r\n",
	    "x.csv:2:1: \"0\" is not an answer: " ANSWERS);
	/* Control characters in a bad cell are shown, not sent. */
	assert_refused("stolt\n\"a\x1b[2Jb\"\n",
	    "x.csv:2:1: \"a^[[2Jb\" is not an answer: " ANSWERS);
	assert_refused("stolt;trust\n1;2;3\n",
	    "x.csv:2:3: a value in a column without a header");
}

static void
test_bad_files(void **state)
{
	(void)state;
	assert_refused("", "x.csv:1: the file has no header row");
	/* UTF-16 cut in the middle of a character. */
	assert_refused("\xff\xfes", "x.csv: the file is not valid UTF-16LE "
	    "(at byte 2); save it as \"CSV UTF-8\"");
	assert_refused("stolt;trust\n\x81;2\n", "x.csv:2: byte 0x81 is "
	    "neither UTF-8 nor Windows-1252; save the file as \"CSV "
	    "UTF-8\"");
	assert_refused("Respondent;Alder\n1;34\n",
	    "x.csv:1: no column names a statement or indicator of this "
	    "session.\nHeaders read (UTF-8, semicolon-separated):\n"
	    "  1: Respondent\n  2: Alder\nStatements expected (id: "
	    "wording):\n  stolt: Siden COOP startede fællesspisning er jeg "
	    "blevet stoltere\n  hoert: Efter IBM's IT-kursus føler jeg, at "
	    "jeg kan bidrage mere\nName a column by a statement's id or wording, or map "
	    "it: --column HEADER=STATEMENT on the command line, or the "
	    "mapping field of the import dialog.");
	assert_refused("stolt;interns\n1;2\n",
	    "x.csv:1:2: \"interns\" is a count, not a survey question");
	assert_refused("stolt;trust;STOLT\n",
	    "x.csv:1:3: column 1 already holds \"STOLT\"");
	assert_refused("stolt;trust\n1;\"2\n",
	    "x.csv:2:2: a quoted field is not closed");
	assert_refused("stolt,trust\n1,\"2\"x\n",
	    "x.csv:2:2: a quote inside an unquoted field, or text after a "
	    "closing quote");
}

static void
test_add_and_replace(void **state)
{
	struct session *s = survey_session();
	struct import_result res;
	const char *a = "stolt;trust\n1;1\n5;\n", *b = "trust\nHelt uenig\n";
	char *cause = NULL;

	(void)state;
	assert_int_equal(import_responses(s, "a", a, strlen(a), "Baseline",
	    NULL, 0, &res, NULL), 0);
	import_result_clear(&res);
	/* The same file again is refused, unless asked for. */
	assert_int_equal(import_responses(s, "a", a, strlen(a), "Baseline",
	    "2026-04-30", 0, &res, &cause), -1);
	assert_true(res.already);
	assert_string_equal(cause, "a: this file was imported into "
	    "\"Baseline\" already; importing it again would count its "
	    "respondents twice");
	free(cause);
	cause = NULL;
	assert_string_equal(s->indicators[0].measurements[0].imports[0],
	    "sha256:e52c58761b72daaad14ad3261ad1b7565b1d9ad17f1c5c196c130b7a51ef2f22");
	assert_int_equal(import_responses(s, "a", a, strlen(a), "Baseline",
	    "2026-04-30", IMPORT_AGAIN, &res, NULL), 0);
	assert_int_equal(res.period_state, IMPORT_PERIOD_ADDED);
	import_result_clear(&res);
	/* Added twice: doubled. */
	assert_tally(tally_of(s, 0, "Baseline", "stolt"), 2, 0, 0, 0, 2, 0, 0);
	assert_tally(tally_of(s, 1, "Baseline", ""), 2, 0, 0, 0, 0, 0, 2);
	/* Replacing trust leaves belonging alone. */
	assert_int_equal(import_responses(s, "b", b, strlen(b), "Baseline",
	    NULL, IMPORT_REPLACE, &res, NULL), 0);
	import_result_clear(&res);
	assert_tally(tally_of(s, 1, "Baseline", ""), 0, 0, 0, 0, 1, 0, 0);
	assert_tally(tally_of(s, 0, "Baseline", "stolt"), 2, 0, 0, 0, 2, 0, 0);
	assert_string_equal(s->indicators[1].measurements[0].date,
	    "2026-04-30");
	/* No tally may pass the store's cap; replacing is fine. */
	tally_of(s, 0, "Baseline", "stolt");
	session_tally_for(&s->indicators[0].measurements[0],
	    "stolt")->steps[0] = IMPORT_MAX_TALLY;
	assert_int_equal(import_responses(s, "a", a, strlen(a), "Baseline",
	    NULL, IMPORT_AGAIN, &res, &cause), -1);
	assert_string_equal(cause, "a: the period would hold more answers "
	    "than a session file can");
	free(cause);
	assert_int_equal(import_responses(s, "a", a, strlen(a), "Baseline",
	    NULL, IMPORT_REPLACE, &res, NULL), 0);
	import_result_clear(&res);
	assert_tally(tally_of(s, 0, "Baseline", "stolt"), 1, 0, 0, 0, 1, 0, 0);
	/* A bad date or no period is refused before reading. */
	assert_int_equal(import_responses(s, "b", b, strlen(b), "Baseline",
	    "2026-02-30", 0, &res, NULL), -1);
	assert_int_equal(import_responses(s, "b", b, strlen(b), "", NULL, 0,
	    &res, NULL), -1);
	session_free(s);
}

static void
test_parse_answer(void **state)
{
	(void)state;
	assert_int_equal(import_parse_answer("1"), 0);
	assert_int_equal(import_parse_answer("5"), 4);
	assert_int_equal(import_parse_answer("hElT eNiG"), 0);
	assert_int_equal(import_parse_answer("Hverken enig eller uenig"), 2);
	assert_int_equal(import_parse_answer("VED IKKE"), 5);
	assert_int_equal(import_parse_answer(""), 6);
	assert_int_equal(import_parse_answer("6"), -1);
	assert_int_equal(import_parse_answer("12"), -1);
	assert_int_equal(import_parse_answer("Helt"), -1);
	/* "Delvis" as survey forms often spell it; "Enig" alone is not a
	 * step (it could be either of the two). */
	assert_int_equal(import_parse_answer("Delvis enig"), 1);
	assert_int_equal(import_parse_answer("delvis uenig"), 3);
	assert_int_equal(import_parse_answer("Enig"), -1);
	assert_int_equal(import_parse_answer("Helt enig!"), -1);
}

static void
test_missing_file(void **state)
{
	struct session *s = survey_session();
	struct import_result res;
	char *cause = NULL;

	(void)state;
	assert_int_equal(import_responses_file(s, "/nonexistent/x.csv", "B",
	    NULL, 0, &res, &cause), -1);
	assert_string_equal(cause,
	    "/nonexistent/x.csv: No such file or directory");
	free(cause);
	assert_int_equal(import_responses_file(s, "/", "B", NULL, 0, &res,
	    &cause), -1);
	assert_string_equal(cause, "/: not a regular file");
	free(cause);
	session_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hundred_danish_rows),
		cmocka_unit_test(test_bom_crlf_quoted),
		cmocka_unit_test(test_bad_cells),
		cmocka_unit_test(test_bad_files),
		cmocka_unit_test(test_add_and_replace),
		cmocka_unit_test(test_parse_answer),
		cmocka_unit_test(test_missing_file),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
