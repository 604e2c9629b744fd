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
#include "b2c/sha256.h"
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

/* The demo's way of asking: one indicator with one worded statement, one
 * with none, and one statement with a comma and quotes in its wording. */
static struct session *
worded_session(void)
{
	struct session *s = session_new();

	session_add_statement(&s->indicators[0], "proud",
	    "Jeg er stolt af, hvor jeg bor.");
	session_add_statement(&s->indicators[2], "heard",
	    "Jeg føler, at \"de\" lytter - også til mig");
	return s;
}

/* Imports text with options; returns the result code, cause kept. */
static int
run(struct session *s, const char *text, size_t len, int flags,
    const char *const *codes, size_t n_codes, const char *const *columns,
    size_t n_columns, struct import_result *res, char **cause)
{
	struct import_options o;

	memset(&o, 0, sizeof o);
	o.period = "Baseline";
	o.flags = flags;
	o.codes = codes;
	o.n_codes = n_codes;
	o.columns = columns;
	o.n_columns = n_columns;
	return import_run(s, "x.csv", text, len, &o, res, cause);
}

static void
test_headers_by_wording(void **state)
{
	struct session *s = worded_session();
	struct import_result res;
	char *cause = NULL;
	/* Semicolons between cells, commas inside them; NBSP, curly
	 * quotes, an en dash, upper case, no full stop; the indicator
	 * named, in Windows-1252 (ø = 0xF8). */
	const char text[] = "Tidsstempel;JEG ER STOLT AF,\xa0 HVOR JEG BOR;"
	    "Jeg f\xf8ler, at \x93" "de\x94 lytter \x96 ogs\xe5 til mig!;"
	    "Tillid\r\n"
	    "x;Helt enig\xa0;Delvis uenig;1\r\n"
	    "y;;;\r\n"
	    ";;;\r\n"
	    "z;  ved IKKE;5;\r\n";

	(void)state;
	assert_int_equal(run(s, text, sizeof text - 1, 0, NULL, 0, NULL, 0,
	    &res, &cause), 0);
	assert_null(cause);
	assert_string_equal(res.encoding, "Windows-1252");
	assert_int_equal(res.delimiter, ';');
	assert_int_equal(res.columns, 3);
	/* x, y (answered nothing) and z; the all-empty row is no one. */
	assert_int_equal(res.respondents, 3);
	assert_int_equal(res.empty_respondents, 1);
	assert_tally(tally_of(s, 0, "Baseline", "proud"), 1, 0, 0, 0, 0, 1, 1);
	assert_tally(tally_of(s, 2, "Baseline", "heard"), 0, 0, 0, 1, 1, 0, 1);
	assert_tally(tally_of(s, 1, "Baseline", ""), 1, 0, 0, 0, 0, 0, 2);
	assert_string_equal(res.ignored, "1: Tidsstempel\n");
	assert_int_equal(res.period_state, IMPORT_PERIOD_NEW);
	import_result_clear(&res);
	session_free(s);
}

static void
test_google_grid_sep_utf16(void **state)
{
	struct session *s = worded_session();
	struct import_result res;
	char *cause = NULL;
	const char google[] = "Tidsstempel,\"Hvor enig? [Jeg er stolt af, "
	    "hvor jeg bor.]\",\"Hvor enig? [trust]\"\n"
	    "2026/11/14 10.23.45 AM CET,Helt enig,\n"
	    "2026/11/14 10.24.45 AM CET,,\n";
	const char sep[] = "sep=;\r\nproud;Tillid;Note, fri, tekst\r\n"
	    "2;3;a, b, c, d\r\nx;4;\r\n";
	/* UTF-16BE with a BOM, TAB: "proud\tTillid\r\n1\t2\r\n". */
	const char be[] = "\xfe\xff\0p\0r\0o\0u\0d\0\t\0T\0i\0l\0l\0i\0d"
	    "\0\r\0\n\0" "1\0\t\0" "2\0\r\0\n";

	(void)state;
	assert_int_equal(run(s, google, sizeof google - 1, 0, NULL, 0, NULL,
	    0, &res, &cause), 0);
	assert_int_equal(res.delimiter, ',');
	assert_int_equal(res.respondents, 2);
	assert_int_equal(res.empty_respondents, 1);
	assert_tally(tally_of(s, 0, "Baseline", "proud"), 1, 0, 0, 0, 0, 0, 1);
	assert_tally(tally_of(s, 1, "Baseline", ""), 0, 0, 0, 0, 0, 0, 2);
	import_result_clear(&res);
	session_free(s);

	/* Excel's sep= line: the delimiter, and the header is line 2. */
	s = worded_session();
	assert_int_equal(run(s, sep, sizeof sep - 1, 0, NULL, 0, NULL, 0,
	    &res, &cause), -1);
	assert_string_equal(cause, "x.csv:4:1: \"x\" is not an answer: "
	    ANSWERS);
	free(cause);
	cause = NULL;
	assert_int_equal(s->indicators[0].n_measurements, 0);

	assert_int_equal(run(s, be, sizeof be - 1, 0, NULL, 0, NULL, 0, &res,
	    &cause), 0);
	assert_string_equal(res.encoding, "UTF-16BE");
	assert_int_equal(res.delimiter, '\t');
	assert_tally(tally_of(s, 0, "Baseline", "proud"), 1, 0, 0, 0, 0, 0, 0);
	assert_tally(tally_of(s, 1, "Baseline", ""), 0, 1, 0, 0, 0, 0, 0);
	import_result_clear(&res);
	session_free(s);
}

static void
test_codes_and_mapping(void **state)
{
	struct session *s = worded_session(), *before;
	struct import_result res;
	char *cause = NULL;
	/* Old Mac line ends (CR alone). */
	const char text[] = "respondentid;q1;q2\r1;1;6\r2;5;9\r3;6;2\r";
	const char *codes[] = { "6=Ved ikke", "9= BLANK " };
	const char *cols[] = { "Q1=Jeg er stolt af, hvor jeg bor",
	    "q2=Tillid" };
	const char *bad_col[] = { "q1=nothing" };
	const char *lost_col[] = { "q1=proud", "q9=Tillid" };
	const char *bad_code[] = { "6=Måske" };

	(void)state;
	before = session_clone(s);
	assert_int_equal(run(s, text, sizeof text - 1, 0, codes, 2, NULL, 0,
	    &res, &cause), -1);
	assert_non_null(strstr(cause, "no column names a statement"));
	free(cause);
	assert_int_equal(run(s, text, sizeof text - 1, 0, codes, 2, bad_col,
	    1, &res, &cause), -1);
	assert_string_equal(cause, "column \"q1=nothing\": \"nothing\" is "
	    "not a statement of this session");
	free(cause);
	assert_int_equal(run(s, text, sizeof text - 1, 0, codes, 2, lost_col,
	    2, &res, &cause), -1);
	assert_string_equal(cause, "x.csv: no column is headed as "
	    "\"q9=Tillid\" says");
	free(cause);
	assert_int_equal(run(s, text, sizeof text - 1, 0, bad_code, 1, cols,
	    2, &res, &cause), -1);
	assert_non_null(strstr(cause, "code \"6=Måske\": write CODE=ANSWER"));
	free(cause);
	/* Without the codes, the 6 is refused where it is. */
	assert_int_equal(run(s, text, sizeof text - 1, 0, NULL, 0, cols, 2,
	    &res, &cause), -1);
	assert_string_equal(cause, "x.csv:2:3: \"6\" is not an answer: "
	    ANSWERS);
	free(cause);
	/* A dry run counts and changes nothing. */
	assert_int_equal(run(s, text, sizeof text - 1, IMPORT_DRY_RUN, codes,
	    2, cols, 2, &res, &cause), 0);
	assert_int_equal(res.n_cols, 2);
	assert_int_equal(res.cols[0].counts[0], 1);
	assert_string_equal(res.cols[1].statement, "");
	import_result_clear(&res);
	assert_true(session_equal(s, before));
	/* Reversed: 1 is Helt uenig. */
	assert_int_equal(run(s, text, sizeof text - 1, IMPORT_REVERSE, codes,
	    2, cols, 2, &res, &cause), 0);
	assert_tally(tally_of(s, 0, "Baseline", "proud"), 1, 0, 0, 0, 1, 1, 0);
	assert_tally(tally_of(s, 1, "Baseline", ""), 0, 0, 0, 1, 0, 1, 1);
	import_result_clear(&res);
	session_free(before);
	session_free(s);
}

static void
test_near_and_shown(void **state)
{
	struct session *s = worded_session();
	struct import_result res;
	char *cause = NULL;
	const char near[] = "Jeg er glad af, hvor jeg bor;trust\n1;2\n";
	const char nbsp[] = "proud\nHelt\xc2\xa0\xc2\xa0" "enigt\n";

	(void)state;
	assert_int_equal(run(s, near, sizeof near - 1, IMPORT_DRY_RUN, NULL,
	    0, NULL, 0, &res, &cause), 0);
	assert_string_equal(res.ignored, "1: Jeg er glad af, hvor jeg bor "
	    "(nearly the wording of \"proud\": map it if it is that "
	    "statement)\n");
	import_result_clear(&res);
	/* An answer's invisible spaces are shown. */
	assert_int_equal(run(s, nbsp, sizeof nbsp - 1, 0, NULL, 0, NULL, 0,
	    &res, &cause), -1);
	assert_string_equal(cause, "x.csv:2:1: \"Helt<U+00A0><U+00A0>enigt\" "
	    "is not an answer: " ANSWERS);
	free(cause);
	session_free(s);
}

static void
test_two_header_rows(void **state)
{
	struct session *s = worded_session();
	struct import_result res;
	char *cause = NULL;
	/* SurveyMonkey: the grid's statement, "Response" under the rest. */
	const char monkey[] = "Respondent ID,Hvor enig?,Tillid\r\n"
	    ",\"Jeg er stolt af, hvor jeg bor.\",Response\r\n"
	    "1,Helt enig,Ved ikke\r\n2,,Helt uenig\r\n";
	/* A comment "Response" beside answers is a respondent's. */
	const char comment[] = "proud;Kommentar\n1;Response\n2;\n";

	(void)state;
	assert_int_equal(run(s, monkey, sizeof monkey - 1, 0, NULL, 0, NULL,
	    0, &res, &cause), 0);
	assert_int_equal(res.respondents, 2);
	assert_tally(tally_of(s, 0, "Baseline", "proud"), 1, 0, 0, 0, 0, 0, 1);
	assert_tally(tally_of(s, 1, "Baseline", ""), 0, 0, 0, 0, 1, 1, 0);
	import_result_clear(&res);
	session_free(s);
	s = worded_session();
	assert_int_equal(run(s, comment, sizeof comment - 1, 0, NULL, 0, NULL,
	    0, &res, &cause), 0);
	assert_int_equal(res.respondents, 2);
	assert_tally(tally_of(s, 0, "Baseline", "proud"), 1, 1, 0, 0, 0, 0, 0);
	import_result_clear(&res);
	session_free(s);
}

static void
test_sha256(void **state)
{
	char hex[SHA256_HEX_LEN + 1];
	const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

	(void)state;
	sha256_hex_of("", 0, hex);
	assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb924"
	    "27ae41e4649b934ca495991b7852b855");
	sha256_hex_of("abc", 3, hex);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223"
	    "b00361a396177a9cb410ff61f20015ad");
	sha256_hex_of(two, strlen(two), hex);
	assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039"
	    "a33ce45964ff2167f6ecedd419db06c1");
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
		cmocka_unit_test(test_headers_by_wording),
		cmocka_unit_test(test_google_grid_sep_utf16),
		cmocka_unit_test(test_codes_and_mapping),
		cmocka_unit_test(test_near_and_shown),
		cmocka_unit_test(test_two_header_rows),
		cmocka_unit_test(test_sha256),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
