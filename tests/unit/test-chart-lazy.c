/*
 * The charts laid out a few rows at a time: every stage is the first rows
 * of the whole chart, starting costs a few rows whatever the session
 * holds, and an overview row shows what the statistics of all periods
 * would (the latest figure, nothing where a count is refused, a count's
 * scale).
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/chart.h"
#include "b2c/chart-lazy.h"
#include "b2c/stats.h"

/* Answers of one measurement: positive of 100 agree. */
static void
answer(struct indicator *ind, const char *period, long positive)
{
	struct measurement *m = session_add_measurement(ind, period);
	struct tally *t = session_tally_for(m, "");

	t->steps[0] = positive;
	t->steps[4] = 100 - positive;
}

/* n adopted indicators, percentages and counts mixed, of p periods. */
static struct session *
many_session(int n, int p)
{
	struct session *s = session_new();
	struct indicator *ind;
	struct measurement *m;
	char id[16], name[32], period[16];
	int i, k;

	for (i = 0; i < n; i++) {
		snprintf(id, sizeof id, "i%d", i);
		snprintf(name, sizeof name, "Indikator %d", i);
		ind = session_add_indicator(s, id, name);
		ind->adopted = i % 5 != 4;
		ind->kind = i % 3 == 2 ? INDICATOR_COUNT : INDICATOR_PERCENT;
		ind->has_target = i % 2 == 0;
		ind->target = ind->kind == INDICATOR_COUNT ? 10 + i : 40 + i;
		for (k = 0; k < p; k++) {
			snprintf(period, sizeof period, "År %d", k);
			if (ind->kind == INDICATOR_PERCENT) {
				answer(ind, period, (i * 7 + k * 13) % 100);
				continue;
			}
			m = session_add_measurement(ind, period);
			m->has_count = (i + k) % 4 != 3;
			m->count = (i * 3 + k * 5) % 40;
		}
	}
	return s;
}

/* The first rows of the whole overview, as text. */
static char *
first_rows(const struct canvas *whole, int rows)
{
	struct canvas part = *whole;

	part.height = rows;
	return canvas_to_text(&part);
}

/* Every stage of a lazy layout is the start of the whole overview. */
static void
check_stages(const struct session *s, int width, int flags)
{
	struct canvas *whole = chart_overview(s, width, flags);
	struct chart_overview *o = chart_overview_start(s, width, flags);
	const struct canvas *c = chart_overview_canvas(o);
	char *want, *got;
	int last = -1;

	for (;;) {
		assert_true(c->height <= whole->height);
		assert_true(c->height > last);
		last = c->height;
		want = first_rows(whole, c->height);
		got = canvas_to_text(c);
		assert_string_equal(got, want);
		free(got);
		free(want);
		if (!chart_overview_more(o))
			break;
		assert_ptr_equal(chart_overview_canvas(o), c);
	}
	assert_true(chart_overview_done(o));
	assert_int_equal(c->height, whole->height);
	assert_false(chart_overview_more(o));
	chart_overview_free(o);
	canvas_free(whole);
}

static void
test_stages(void **state)
{
	int widths[] = { 0, 1, 20, 45, 80, 132 };
	struct session *s;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof widths / sizeof *widths; i++) {
		s = many_session(17, 3);
		check_stages(s, widths[i], 0);
		check_stages(s, widths[i], CHART_ASCII | CHART_MONO);
		session_free(s);
	}
	/* Counts only, percentages only, and nothing adopted. */
	s = many_session(0, 0);
	for (i = 0; i < s->n_indicators; i++)
		s->indicators[i].adopted = false;
	check_stages(s, 80, 0);
	session_free(s);
}

/* Starting lays out the header alone, however many indicators there are. */
static void
test_lazy(void **state)
{
	struct session *s = many_session(60, 20);
	struct chart_overview *o = chart_overview_start(s, 80, 0);
	const struct canvas *c = chart_overview_canvas(o);
	size_t i;

	(void)state;
	assert_int_equal(c->height, 1);
	assert_false(chart_overview_done(o));
	assert_true(chart_overview_more(o));
	assert_int_equal(c->height, 2);	/* the first core indicator */
	chart_overview_free(o);
	session_free(s);

	s = session_new();
	for (i = 0; i < s->n_indicators; i++)
		s->indicators[i].adopted = false;
	o = chart_overview_start(s, 80, 0);
	assert_true(chart_overview_done(o));
	assert_int_equal(chart_overview_canvas(o)->height, 0);
	chart_overview_free(o);
	chart_overview_free(NULL);
	session_free(s);
}

/* Every stage of an indicator's chart is the start of the whole chart. */
static void
check_chart_stages(const struct session *s, const struct indicator *ind,
    int width, int flags)
{
	struct canvas *whole = chart_indicator(s, ind, width, flags);
	struct chart_lazy *lz = chart_indicator_start(s, ind, width, flags);
	const struct canvas *c = chart_indicator_canvas(lz);
	char *want, *got;
	int last = -1;

	for (;;) {
		assert_true(c->height <= whole->height);
		assert_true(c->height > last || width == 0);
		last = c->height;
		want = first_rows(whole, c->height);
		got = canvas_to_text(c);
		assert_string_equal(got, want);
		free(got);
		free(want);
		if (!chart_indicator_more(lz))
			break;
		assert_ptr_equal(chart_indicator_canvas(lz), c);
	}
	assert_true(chart_indicator_done(lz));
	assert_int_equal(c->height, whole->height);
	chart_indicator_free(lz);
	canvas_free(whole);
}

static void
test_chart_stages(void **state)
{
	int widths[] = { 0, 1, 20, 45, 80, 132 };
	struct session *s = many_session(9, 6);
	size_t i, k;

	(void)state;
	/* The demo-like mix: percentages, counts, gaps, targets or none. */
	s->indicators[3].measurements[2].tallies[0].blank = 7;
	for (i = 0; i < sizeof widths / sizeof *widths; i++)
		for (k = 0; k < s->n_indicators; k++) {
			check_chart_stages(s, &s->indicators[k], widths[i], 0);
			check_chart_stages(s, &s->indicators[k], widths[i],
			    CHART_ASCII | CHART_MONO);
		}
	session_free(s);
}

/* Starting lays out the heading only, however many periods there are;
 * each step one period, and a chart freed half-way leaks nothing. */
static void
test_chart_lazy(void **state)
{
	struct session *s = many_session(4, 40);
	struct indicator *ind = &s->indicators[3];
	struct chart_lazy *lz = chart_indicator_start(s, ind, 80, 0);
	const struct canvas *c = chart_indicator_canvas(lz);
	int h = c->height;

	(void)state;
	assert_true(h > 0 && h < 6);
	assert_true(chart_indicator_more(lz));
	assert_true(c->height == h + 2);	/* a bar and its interval */
	assert_false(chart_indicator_done(lz));
	chart_indicator_free(lz);
	chart_indicator_free(NULL);
	session_free(s);
}

/* The text of the row of the indicator named name. */
static char *
row_of(const struct session *s, const char *name)
{
	struct canvas *c = chart_overview(s, 100, CHART_ASCII);
	char *text = canvas_to_text(c), *line, *save = NULL, *row = NULL;

	for (line = strtok_r(text, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save))
		if (strncmp(line, name, strlen(name)) == 0)
			row = strdup(line);
	free(text);
	canvas_free(c);
	assert_non_null(row);
	return row;
}

/* The cells of a bar in ASCII. */
static int
hashes(const char *row)
{
	int n = 0;

	for (; *row != '\0'; row++)
		n += *row == '#';
	return n;
}

/* The row shows what stats_indicator() makes of all the periods. */
static void
test_latest_figure(void **state)
{
	struct session *s = session_new();
	struct indicator *ind;
	struct measurement *m;
	char *row, *full;

	(void)state;
	/* The last period has no answers: the one before is the latest. */
	ind = session_add_indicator(s, "a", "Alfa");
	ind->adopted = true;
	answer(ind, "Baseline", 30);
	answer(ind, "År 1", 62);
	(void)session_tally_for(session_add_measurement(ind, "År 2"), "");
	row = row_of(s, "Alfa");
	assert_non_null(strstr(row, " 62 %"));
	free(row);
	/* A refused count in an early period: no figure at all. */
	ind = session_add_indicator(s, "b", "Beta");
	ind->adopted = true;
	answer(ind, "Baseline", 30);
	ind->measurements[0].tallies[0].blank = -1;
	answer(ind, "År 1", 62);
	row = row_of(s, "Beta");
	assert_non_null(strstr(row, "no answers"));
	free(row);
	/* A count's bar is on the scale of its largest count: 5 of 20 is
	 * a quarter of the bar of 20 of 20. */
	ind = session_add_indicator(s, "c", "Gamma");
	ind->adopted = true;
	ind->kind = INDICATOR_COUNT;
	m = session_add_measurement(ind, "Baseline");
	m->has_count = true;
	m->count = 20;
	m = session_add_measurement(ind, "År 1");
	m->has_count = true;
	m->count = 5;
	ind = session_add_indicator(s, "d", "Delta");
	ind->adopted = true;
	ind->kind = INDICATOR_COUNT;
	m = session_add_measurement(ind, "Baseline");
	m->has_count = true;
	m->count = 20;
	row = row_of(s, "Gamma");
	full = row_of(s, "Delta");
	assert_true(hashes(full) >= 40);
	assert_true(hashes(row) * 4 >= hashes(full) - 4 &&
	    hashes(row) * 4 <= hashes(full) + 4);
	free(full);
	free(row);
	session_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stages),
		cmocka_unit_test(test_lazy),
		cmocka_unit_test(test_latest_figure),
		cmocka_unit_test(test_chart_stages),
		cmocka_unit_test(test_chart_lazy),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
