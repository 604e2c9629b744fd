/*
 * The report renderers on a session built in code: the CSV figures value
 * by value against hand-computed Wilson bounds, text wrapping at every
 * width, and no raw control, C1 or bidi character in any format.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/canvas.h"
#include "b2c/chart.h"
#include "b2c/lang.h"
#include "b2c/report.h"
#include "b2c/sanitize.h"
#include "b2c/session.h"
#include "../../src/core/report/report-table.h"

static void
add_period(struct indicator *ind, const char *period, const char *date,
    long positive, long n)
{
	struct measurement *m = session_add_measurement(ind, period);
	struct tally *t = session_tally_for(m, "");

	session_set_str(&m->date, date);
	t->steps[0] = positive / 2;
	t->steps[1] = positive - positive / 2;
	t->steps[2] = (n - positive) / 2;
	t->steps[3] = n - positive - (n - positive) / 2;
}

/* The booklet's example partnership and figures. */
static struct session *
booklet_session(void)
{
	static const long base[] = { 41, 45, 22 }, year1[] = { 43, 54, 31 };
	struct session *s = session_new();
	struct indicator *ind;
	struct activity *a;
	int i;

	session_set_str(&s->title, "Hedemarken og Nortec");
	session_set_str(&s->parties[PARTY_HOUSING].name, "Bo-Vest");
	session_set_str(&s->parties[PARTY_COMPANY].name, "Nortec");
	s->large = true;
	session_set_str(&s->part1[0].points[0], "Vi vil minimere ensomhed.");
	session_set_str(&s->part1[0].points[1], "Vi vil øge tryghed.");
	a = session_add_activity(&s->part2);
	a->month = 6;
	a->responsible = RESPONSIBLE_COMPANY;
	session_set_str(&a->title, "Sommerfest");
	for (i = 0; i < 3; i++) {
		ind = &s->indicators[i];
		ind->has_target = true;
		ind->target = 85 - 5 * i;
		ind->esrs_s3 = true;
		add_period(ind, "Baseline", "2025-09-01", base[i], 100);
		add_period(ind, "Year 1", "2026-09-01", year1[i], 100);
	}
	ind = session_add_indicator(s, "internships", "Unge i praktik");
	ind->kind = INDICATOR_COUNT;
	ind->adopted = true;
	session_add_measurement(ind, "Year 1")->has_count = true;
	ind->measurements[0].count = 7;
	return s;
}

/*
 * The figures, then the later columns: value (counts only), unit, target
 * year, the answers left out, the change since the base with Newcombe's
 * interval (41 -> 43 of 100: +2.0, -11.5 .. +15.4), verdict and target
 * status keys, and whose figures they are; Danish Excel's dialect has
 * the same fields with semicolons, decimal commas and a byte order mark.
 */
static void
test_csv_figures(void **state)
{
	struct session *s = booklet_session();
	char *csv = report_render(s, REPORT_CSV, 80, 0);

	(void)state;
	assert_string_equal(csv, REPORT_CSV_HEADER "\r\n"
	    "belonging,Tilhørsforhold,percent,baseline,2025-09-01,100,41,"
	    "41.0,31.9,50.8,85.0,,%,,0,0,,,,,below_interval,"
	    "Hedemarken og Nortec,Nortec,,0\r\n"
	    "belonging,Tilhørsforhold,percent,year 1,2026-09-01,100,43,"
	    "43.0,33.7,52.8,85.0,,%,,0,0,2.0,-11.5,15.4,no_detectable_change,"
	    "below_interval,Hedemarken og Nortec,Nortec,,0\r\n"
	    "trust,Tillid,percent,baseline,2025-09-01,100,45,"
	    "45.0,35.6,54.8,80.0,,%,,0,0,,,,,below_interval,"
	    "Hedemarken og Nortec,Nortec,,0\r\n"
	    "trust,Tillid,percent,year 1,2026-09-01,100,54,"
	    "54.0,44.3,63.4,80.0,,%,,0,0,9.0,-4.8,22.3,no_detectable_change,"
	    "below_interval,Hedemarken og Nortec,Nortec,,0\r\n"
	    "cocreation,Medskabende,percent,baseline,2025-09-01,100,22,"
	    "22.0,15.0,31.1,75.0,,%,,0,0,,,,,below_interval,"
	    "Hedemarken og Nortec,Nortec,,0\r\n"
	    "cocreation,Medskabende,percent,year 1,2026-09-01,100,31,"
	    "31.0,22.8,40.6,75.0,,%,,0,0,9.0,-3.2,20.9,no_detectable_change,"
	    "below_interval,Hedemarken og Nortec,Nortec,,0\r\n"
	    "internships,Unge i praktik,count,year 1,,,,,,,,7,number,,,,,,,,,"
	    "Hedemarken og Nortec,Nortec,,0\r\n");
	free(csv);
	session_set_str(&s->title, "Nortec; Bo-Vest");
	csv = report_render(s, REPORT_CSV_EXCEL, 80, 0);
	assert_memory_equal(csv, "\xef\xbb\xbfindicator_id;indicator_name;"
	    "kind;period;", 32);
	assert_non_null(strstr(csv, "\r\nbelonging;Tilhørsforhold;percent;"
	    "year 1;2026-09-01;100;43;43,0;33,7;52,8;85,0;;%;;0;0;2,0;-11,5;"
	    "15,4;no_detectable_change;below_interval;\"Nortec; Bo-Vest\";"
	    "Nortec;;0\r\n"));
	free(csv);
	session_free(s);
}

/* Several statements: the mean of their shares, n the smallest n. */
static void
test_csv_mean_of_statements(void **state)
{
	struct session *s = session_new();
	struct indicator *ind = session_add_indicator(s, "safety", "Tryghed");
	struct measurement *m;
	struct tally *t;
	char *csv, *text;

	(void)state;
	ind->adopted = true;
	session_add_statement(ind, "evening", "Om aftenen");
	session_add_statement(ind, "day", "Om dagen");
	m = session_add_measurement(ind, "Baseline");
	t = session_tally_for(m, "evening");
	t->steps[0] = 30;	/* 30 of 60: 50 % */
	t->steps[4] = 30;
	t = session_tally_for(m, "day");
	t->steps[1] = 70;	/* 70 of 100: 70 % */
	t->steps[3] = 30;
	csv = report_render(s, REPORT_CSV, 80, 0);
	assert_non_null(strstr(csv, "\r\nsafety,Tryghed,percent,baseline,,60,,"
	    "60.0,"));
	free(csv);
	text = report_text(s, 80, 0);
	assert_non_null(strstr(text, "mean of 2 statements, at least 60 "
	    "answers each"));
	free(text);
	session_free(s);
}

/* Every line of text fits width display columns. */
static void
assert_fits(const char *text, int width)
{
	const char *p = text, *nl;
	char line[4096];

	while ((nl = strchr(p, '\n')) != NULL) {
		size_t n = (size_t)(nl - p);

		assert_true(n < sizeof line);
		memcpy(line, p, n);
		line[n] = '\0';
		if ((int)sanitize_width(line) > width)
			fail_msg("line wider than %d: \"%s\"", width, line);
		p = nl + 1;
	}
	assert_string_equal(p, "");	/* ends in a newline */
}

static void
test_text_wraps(void **state)
{
	struct session *s = booklet_session();
	char *text;
	int w;

	(void)state;
	session_set_str(&s->part1[0].challenges, "Mange beboere føler sig "
	    "isolerede, og der er få mødesteder i området, især om "
	    "vinteren, hvor vaskeriet er det eneste sted man mødes.");
	for (w = REPORT_MIN_WIDTH; w <= 132; w += 7) {
		text = report_text(s, w, 0);
		assert_fits(text, w);
		assert_non_null(strstr(text, "Sommerfest"));
		assert_non_null(strstr(text, "Tilhørsforhold"));
		free(text);
	}
	text = report_text(s, 80, REPORT_ASCII);
	for (w = 0; text[w] != '\0'; w++)
		if ((unsigned char)text[w] >= 0x80)
			break;
	/* only user text (Danish letters) may be non-ASCII in --ascii */
	assert_non_null(strstr(text, "Vi vil minimere ensomhed."));
	assert_null(strstr(text, "●"));
	free(text);
	session_free(s);
}

/* True when s holds a raw C0 (other than \n, \r, \t), C1 or bidi. */
static bool
has_raw_control(const char *s)
{
	size_t len = strlen(s), i = 0, n;
	uint32_t cp;

	while (i < len) {
		n = sanitize_decode(s + i, len - i, &cp);
		if (n == 0)
			return true;
		if (sanitize_is_unsafe(cp) && cp != '\n' && cp != '\r' &&
		    cp != '\t')
			return true;
		i += n;
	}
	return false;
}

static void
test_hostile_strings(void **state)
{
	static const char evil[] = "x\033[2J\033]52;c;ZXZpbA==\007\xc2\x9b"
	    "\x9b\xe2\x80\xae<script>|*=cmd";
	struct session *s = booklet_session();
	char *out;
	int f;

	(void)state;
	session_set_str(&s->title, evil);
	session_set_str(&s->parties[0].name, evil);
	session_set_str(&s->part1[0].points[2], evil);
	session_set_str(&s->part2.wheel[0].title, evil);
	session_set_str(&s->indicators[0].name, evil);
	session_set_str(&s->indicators[0].measurements[0].period, evil);
	session_add_meeting(s);
	session_set_str(&s->meetings[0].learnings, evil);
	for (f = 0; f < REPORT_FORMAT_COUNT; f++) {
		out = report_render(s, (enum report_format)f, 60, 0);
		assert_false(has_raw_control(out));
		if (strstr(out, f == REPORT_MARKDOWN ? "^\\[\\[2J" :
		    "^[[2J") == NULL)
			fail_msg("format %d: %s", f, out);
		if (f == REPORT_HTML)
			assert_null(strstr(out, "<script>"));
		free(out);
	}
	session_free(s);
}

/* The chart module's text with every line indented by two. */
static char *
indented_chart(const struct session *s, const struct indicator *ind,
    int width, int flags)
{
	struct canvas *c = chart_indicator(s, ind, width, flags);
	char *text = canvas_to_text(c), *out, *q;
	const char *p;

	canvas_free(c);
	out = calloc(1, strlen(text) * 2 + 3);
	assert_non_null(out);
	q = out;
	for (p = text; *p != '\0'; p++) {
		if ((p == text || p[-1] == '\n') && *p != '\n') {
			*q++ = ' ';
			*q++ = ' ';
		}
		*q++ = *p;
	}
	free(text);
	return out;
}

/* Text and markdown carry each indicator's chart exactly as drawn. */
static void
test_charts_verbatim(void **state)
{
	struct session *s = booklet_session();
	char *text, *md, *chart;
	size_t i;

	(void)state;
	text = report_text(s, 80, 0);
	md = report_render(s, REPORT_MARKDOWN, 80, 0);
	for (i = 0; i < s->n_indicators; i++) {
		chart = indented_chart(s, &s->indicators[i], 78, CHART_BARS);
		if (strstr(text, chart) == NULL)
			fail_msg("chart %zu not in the text report:\n%s", i,
			    chart);
		free(chart);
	}
	free(text);
	text = report_text(s, 60, REPORT_ASCII);
	chart = indented_chart(s, &s->indicators[0], 58, CHART_ASCII |
	    CHART_BARS);
	assert_non_null(strstr(text, chart));
	free(chart);
	free(text);
	assert_non_null(strstr(md, "```text\nTilhørsforhold"));
	free(md);
	session_free(s);
}

/* The text with each line break and the indent after it as one blank,
 * and HTML's escaped apostrophe as itself. */
static char *
flatten(const char *text)
{
	char *out = xstrdup(text), *o = out;

	while (*text != '\0') {
		if (strncmp(text, "&#39;", 5) == 0) {
			*o++ = '\'';
			text += 5;
		} else if (*text == '\n') {
			while (*++text == ' ')
				;
			*o++ = ' ';
		} else
			*o++ = *text++;
	}
	*o = '\0';
	return out;
}

/*
 * Every format says the same: the findings under each chart, the method
 * block and the ESG figures, with the same numbers and rounding (41/100
 * -> 43/100: +2.0 points, Newcombe -11.5 to +15.4; MDC at n = 100 and
 * 43 %: (1.96 + 0.842) * sqrt(2 * 0.4423 * 0.5577 / 100) = 19.7 -> 20).
 */
static void
test_same_words_in_every_format(void **state)
{
	static const char *const want[] = {
		"Year 1 vs Baseline: +2.0 percentage points (95% confidence "
		    "interval −11.5 to +15.4) – no detectable change",
		"Year 1 against the target of 85%: not met; the whole interval "
		    "is below it",
		"With n = 100, changes smaller than about 20 percentage points "
		    "will usually go unnoticed",
		"Method and limitations",
		"A target counts as met when the figure and its whole "
		    "confidence interval reach it",
		"Baseline, 1 September 2025: 41.0% (100 answers; 95% "
		    "confidence interval 31.9–50.8%)",
		"+2.0 pp (−11.5 to +15.4)",
		"Tilhørsforhold: Baseline (3 don't know, 0 blank)",
	};
	struct session *s = booklet_session();
	char *out[3], *flat;
	size_t i, f;

	(void)state;
	lang_set(LANG_ENGLISH);
	s->indicators[0].measurements[0].tallies[0].dont_know = 3;
	out[0] = report_text(s, 200, 0);
	out[1] = report_render(s, REPORT_MARKDOWN, 80, 0);
	out[2] = report_render(s, REPORT_HTML, 80, 0);
	for (f = 0; f < 3; f++) {
		flat = flatten(out[f]);
		for (i = 0; i < sizeof want / sizeof *want; i++)
			if (strstr(flat, want[i]) == NULL)
				fail_msg("format %zu lacks \"%s\"", f, want[i]);
		/* No Danish program label in an English report. */
		assert_null(strstr(flat, "Ved ikke"));
		assert_null(strstr(flat, "95 % interval"));
		free(flat);
		free(out[f]);
	}
	lang_set(LANG_DANISH);
	session_free(s);
}

/* Inputs and outputs: by year, the housing organisation first, a total
 * for a year both parties gave in, in every format. */
static void
test_ledger(void **state)
{
	struct session *s = booklet_session();
	struct ledger_entry *e;
	char *out;
	int f;

	(void)state;
	lang_set(LANG_ENGLISH);
	out = report_text(s, 200, 0);
	assert_null(strstr(out, "Inputs and outputs"));
	free(out);
	e = session_add_ledger(s);
	e->year = 2027;
	e->party = PARTY_COMPANY;
	e->cash = 1000;
	e = session_add_ledger(s);
	e->year = 2026;
	e->party = PARTY_COMPANY;
	e->cash = 25000;
	e->hours = 240.5;
	e->events = 3;
	e->participants = 380;
	e = session_add_ledger(s);
	e->year = 2026;
	e->party = PARTY_HOUSING;
	e->hours = 180;
	e->in_kind = 12000;
	e->management = 15000;
	e->events = 4;
	e->participants = 450;
	for (f = REPORT_TEXT; f <= REPORT_HTML; f++) {
		out = report_render(s, (enum report_format)f, 200, 0);
		assert_non_null(strstr(out, "2026, Bo-Vest: cash 0 kr.; 180 "
		    "working hours; in kind 12,000 kr.; management 15,000 kr.; "
		    "4 events, 450 participants"));
		assert_non_null(strstr(out, "2026, Nortec: cash 25,000 kr.; "
		    "240.5 working hours;"));
		assert_non_null(strstr(out, "2026, total: cash 25,000 kr.; 420.5 "
		    "working hours; in kind 12,000 kr.; management 15,000 kr.; "
		    "7 events, 830 participants"));
		assert_true(strstr(out, "2026, Bo-Vest") <
		    strstr(out, "2026, Nortec"));
		assert_true(strstr(out, "2026, total") <
		    strstr(out, "2027, Nortec"));
		assert_null(strstr(out, "2027, total"));
		free(out);
	}
	lang_set(LANG_DANISH);
	session_free(s);
}

static void
test_format_names(void **state)
{
	(void)state;
	assert_int_equal(report_format_parse("text"), REPORT_TEXT);
	assert_int_equal(report_format_parse("md"), REPORT_MARKDOWN);
	assert_int_equal(report_format_parse("html"), REPORT_HTML);
	assert_int_equal(report_format_parse("csv"), REPORT_CSV);
	assert_int_equal(report_format_parse("csv-excel"), REPORT_CSV_EXCEL);
	assert_int_equal(report_format_parse("pdf"), -1);
}

/* Dates and numbers follow the language in the reports people read; the
 * CSV keeps ISO dates and dot decimals whatever the language. */
static void
test_dates_and_numbers_follow_language(void **state)
{
	struct session *s = booklet_session();
	char *text, *csv_da, *csv_en;

	(void)state;
	session_add_meeting_date(&s->part2, "2026-02-24");
	lang_set(LANG_DANISH);
	text = report_text(s, 100, 0);
	assert_non_null(strstr(text, "Baseline, 1. september 2025: 41,0 %"));
	assert_non_null(strstr(text, "31,9–50,8 %"));
	assert_non_null(strstr(text, "  - 24. februar 2026\n"));
	assert_null(strstr(text, "2025-09-01"));
	free(text);
	csv_da = report_render(s, REPORT_CSV, 80, 0);
	lang_set(LANG_ENGLISH);
	text = report_text(s, 100, 0);
	assert_non_null(strstr(text, "Baseline, 1 September 2025: 41.0%"));
	assert_non_null(strstr(text, "31.9–50.8%"));
	free(text);
	csv_en = report_render(s, REPORT_CSV, 80, 0);
	assert_string_equal(csv_da, csv_en);
	assert_non_null(strstr(csv_en, ",2025-09-01,100,41,41.0,31.9,50.8,"));
	free(csv_da);
	free(csv_en);
	lang_set(LANG_DANISH);
	session_free(s);
}

/* Every format's ESG table has the booklet's columns; plain text keeps
 * them as columns while they fit unbroken, else puts the KPI definition
 * and the comment on lines under each indicator's figures. */
static void
test_esg_table_columns(void **state)
{
	struct session *s = booklet_session();
	char *out;

	(void)state;
	lang_set(LANG_ENGLISH);
	session_set_str(&s->indicators[0].kpi, "% who feel they belong");
	session_set_str(&s->indicators[0].comment, "Quantitative analysis");
	s->indicators[0].target_year = 2028;
	session_set_milestone(&s->indicators[0], 2026, 40);
	out = report_render(s, REPORT_MARKDOWN, 80, 0);
	assert_non_null(strstr(out, "| Indicator | KPI definition | Target | "
	    "Target year | Base period | Baseline | Year 1 | Change since base "
	    "| Status | Comment | ESRS |\n"
	    "|---|---|--:|--:|---|--:|--:|--:|---|---|---|"));
	assert_non_null(strstr(out, "| 41.0% (n = 100; 31.9–50.8%) |"));
	/* target year, base period with its year, change with interval,
	 * status against target and the milestone of the latest year */
	assert_non_null(strstr(out, "| min. 85% | 2028 | Baseline (2025) | "));
	assert_non_null(strstr(out, "| +2.0 pp (−11.5 to +15.4) | not met; "
	    "the whole interval is below it; milestone 2026 (min. 40%): at "
	    "target, but the interval reaches below it |"));
	free(out);
	out = report_render(s, REPORT_HTML, 80, 0);
	assert_non_null(strstr(out, "<tr><th>Indicator</th><th>KPI definition"
	    "</th><th>Target</th><th>Target year</th><th>Base period</th>"
	    "<th>Baseline</th><th>Year 1</th><th>Change since base</th>"
	    "<th>Status</th><th>Comment</th><th>ESRS</th></tr>"));
	assert_non_null(strstr(out, "41.0%<br><span class=\"note\">n = 100<br>"
	    "31.9–50.8%</span>"));
	/* A change's interval shows the sign of both ends. */
	assert_non_null(strstr(out, "+2.0 pp (−11.5 to +15.4)"));
	free(out);
	out = report_text(s, 200, 0);
	assert_non_null(strstr(out, "\nIndicator       KPI definition"));
	assert_non_null(strstr(out, "Comment"));
	assert_null(strstr(out, "  KPI definition: "));
	free(out);
	out = report_text(s, 60, 0);
	assert_null(strstr(out, "Indicator       KPI definition"));
	/* "Year 1" leaves no room for the target year's column at 60: it
	 * moves under the row. */
	assert_non_null(strstr(out, "\nTilhørsforhold  min. 85%  41.0%     43.0%"));
	assert_non_null(strstr(out, "\n  KPI definition: % who feel they "
	    "belong\n  Target year: 2028\n  Base period: Baseline (2025)\n"
	    "  Change since base: "
	    "+2.0 pp (−11.5 to +15.4)\n"));
	assert_non_null(strstr(out, "\n  Comment: Quantitative analysis\n"
	    "  ESRS: S3\n  Respondents (n): Baseline 100, Year 1 100\nTillid"));
	free(out);
	/* The narrowest: the ESRS topic and the target year join the notes. */
	out = report_text(s, 40, 0);
	assert_non_null(strstr(out, "  Target year: 2028\n"));
	assert_non_null(strstr(out, "  Comment: Quantitative analysis\n"
	    "  ESRS: S3\n  Respondents (n): Baseline 100, Year 1"));
	free(out);
	lang_set(LANG_DANISH);
	session_free(s);
}

/*
 * A plain-text table: a cell that fits its column is shown as wrapping
 * shows it (blanks at its ends dropped, blanks inside kept), whether it
 * is copied whole or wrapped; one too wide is wrapped.
 */
static void
test_table_cells(void **state)
{
	static const char *const cells[][2] = { { "Name", "Who" },
	    { " lead", "x" }, { "trail ", "y" }, { "a  b", "" }, { "", "z" },
	    { "æble  ø", "· ● ·" } };
	struct rtable *t = rtable_new(2);
	struct textbuf b;
	size_t r;

	(void)state;
	for (r = 0; r < sizeof cells / sizeof cells[0]; r++) {
		rtable_add_row(t);
		rtable_set(t, r, 0, cells[r][0]);
		rtable_set(t, r, 1, cells[r][1]);
	}
	textbuf_init(&b);
	rtable_render(t, &b, 40, "", true);
	assert_string_equal(b.data, "Name     Who\n"
	    "--------------\n"
	    "lead     x\n"
	    "trail    y\n"
	    "a  b\n"
	    "         z\n"
	    "æble  ø  · ● ·\n");
	textbuf_reset(&b);
	/* Too narrow for the first column: its cells are wrapped. */
	rtable_render(t, &b, 10, "", true);
	assert_string_equal(b.data, "Name   Who\n"
	    "----------\n"
	    "lead   x\n"
	    "trail  y\n"
	    "a  b\n"
	    "       z\n"
	    "æble   · ●\n"
	    "ø      ·\n");
	textbuf_reset(&b);
	rtable_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csv_figures),
		cmocka_unit_test(test_csv_mean_of_statements),
		cmocka_unit_test(test_text_wraps),
		cmocka_unit_test(test_table_cells),
		cmocka_unit_test(test_hostile_strings),
		cmocka_unit_test(test_charts_verbatim),
		cmocka_unit_test(test_same_words_in_every_format),
		cmocka_unit_test(test_ledger),
		cmocka_unit_test(test_format_names),
		cmocka_unit_test(test_dates_and_numbers_follow_language),
		cmocka_unit_test(test_esg_table_columns),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
