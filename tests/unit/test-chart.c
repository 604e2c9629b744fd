/*
 * Chart layout: the bar geometry at every eighth and at the edges (0,
 * over the target, over 100 %, width 1 and 0, NaN), the drawing
 * primitives, and charts that must fit whatever width they are given.
 */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "b2c/chart.h"
#include "b2c/chart-layout.h"
#include "b2c/utf8.h"

static void
assert_bar(double value, double max, int width, int full, int eighths,
    bool clipped)
{
	struct chart_bar b = chart_bar_geometry(value, max, width);

	assert_int_equal(b.full, full);
	assert_int_equal(b.eighths, eighths);
	assert_int_equal(b.clipped, clipped);
}

static void
test_every_eighth(void **state)
{
	int k;

	(void)state;
	/* One cell on a scale of 8: value k is exactly k eighths. */
	for (k = 0; k < 8; k++)
		assert_bar(k, 8, 1, 0, k, false);
	assert_bar(8, 8, 1, 1, 0, false);
	/* Ten cells of 10 % each: 1 % is 0.8 eighths -> 1 eighth. */
	for (k = 0; k <= 80; k++)
		assert_bar(k * 1.25, 100, 10, k / 8, k % 8, false);
	/* Nearest eighth: 41 % of 55 cells = 22.55 cells = 180.4 eighths. */
	assert_bar(41, 100, 55, 22, 4, false);
	assert_bar(43, 100, 55, 23, 5, false);	/* 189.2 -> 189 */
}

static void
test_edges(void **state)
{
	(void)state;
	assert_bar(0, 100, 10, 0, 0, false);
	assert_bar(-5, 100, 10, 0, 0, false);
	/* Any non-zero value shows: 0.01 % of one cell is 1 eighth. */
	assert_bar(0.01, 100, 1, 0, 1, false);
	assert_bar(0.01, 100, 50, 0, 1, false);
	/* Over 100 % (or a count over the scale): full width, clipped. */
	assert_bar(101, 100, 10, 10, 0, true);
	assert_bar(1e9, 100, 1, 1, 0, true);
	/* Exactly the maximum is full, not clipped. */
	assert_bar(100, 100, 7, 7, 0, false);
	/* Width 1 and width 0. */
	assert_bar(50, 100, 1, 0, 4, false);
	assert_bar(99.9, 100, 1, 1, 0, false);
	assert_bar(50, 100, 0, 0, 0, false);
	assert_bar(50, 100, -3, 0, 0, false);
	/* NaN value or scale, and an empty scale. */
	assert_bar(NAN, 100, 10, 0, 0, false);
	assert_bar(50, NAN, 10, 0, 0, false);
	assert_bar(50, 0, 10, 0, 0, false);
}

static void
test_columns(void **state)
{
	(void)state;
	assert_int_equal(chart_column(0, 100, 55), 0);
	assert_int_equal(chart_column(85, 100, 55), 46);	/* 46.75 */
	assert_int_equal(chart_column(100, 100, 55), 54);
	assert_int_equal(chart_column(150, 100, 55), 54);
	assert_int_equal(chart_column(-1, 100, 55), 0);
	assert_int_equal(chart_column(50, 100, 1), 0);
	assert_int_equal(chart_column(50, 100, 0), -1);
	assert_int_equal(chart_column(NAN, 100, 10), -1);
}

/* Draws and returns the first row of a small canvas. */
static char *
draw(int width, double value, double target, int series, int flags)
{
	struct canvas *c = canvas_new(width, 1);
	char *text;

	chart_draw_bar(c, 0, 0, width, value, 100, series, flags);
	chart_draw_target(c, 0, 0, width, target, 100, flags);
	text = canvas_to_text(c);
	canvas_free(c);
	return text;
}

static void
assert_draw(int width, double value, double target, int series, int flags,
    const char *expected)
{
	char *text = draw(width, value, target, series, flags);

	assert_string_equal(text, expected);
	free(text);
}

static void
test_draw_bar(void **state)
{
	(void)state;
	/* 45 % of 10 cells = 4.5 cells: 4 full and a half block. */
	assert_draw(10, 45, 80, 0, 0, "████▌   │\n");
	/* Over the target: the fill is not broken by the marker. */
	assert_draw(10, 95, 80, 0, 0, "█████████▌\n");
	/* ASCII rounds to whole cells; 4.5 rounds up, 0.1 % still shows. */
	assert_draw(10, 45, 80, 0, CHART_ASCII, "#####   |\n");
	assert_draw(10, 0.1, 80, 0, CHART_ASCII, "#       |\n");
	assert_draw(10, 0.1, 80, 0, 0, "▏       │\n");
	assert_draw(10, 0, 80, 0, CHART_ASCII, "        |\n");
	/* Monochrome: each period has its own fill. */
	assert_draw(4, 100, 0, 1, CHART_MONO | CHART_ASCII, "====\n");
	assert_draw(4, 100, 0, 2, CHART_MONO | CHART_ASCII, "****\n");
	assert_draw(4, 100, 0, 3, CHART_MONO | CHART_ASCII, "++++\n");
	assert_draw(4, 100, 0, 4, CHART_MONO | CHART_ASCII, "####\n");
	assert_draw(4, 60, 0, 1, CHART_MONO, "▓▓▍\n");
	/* Without CHART_MONO every period gets the same fill. */
	assert_draw(4, 100, 0, 1, CHART_ASCII, "####\n");
}

static void
test_draw_whisker(void **state)
{
	struct canvas *c = canvas_new(20, 2);
	char *text;

	(void)state;
	/* 31.9 .. 50.8 around 41 on 20 cells: columns 6, 8 and 10. */
	chart_draw_whisker(c, 0, 0, 20, 31.87, 41, 50.80, 100, 0);
	chart_draw_whisker(c, 0, 1, 20, 31.87, 41, 50.80, 100, CHART_ASCII);
	text = canvas_to_text(c);
	assert_string_equal(text, "      ├─┼─┤\n      [-+-]\n");
	free(text);
	canvas_free(c);
	c = canvas_new(5, 1);
	chart_draw_whisker(c, 0, 0, 5, 0, 0, 16, 100, CHART_ASCII);
	chart_draw_whisker(c, 0, 0, 5, NAN, NAN, NAN, 100, CHART_ASCII);
	text = canvas_to_text(c);
	assert_string_equal(text, "+\n");
	free(text);
	canvas_free(c);
}

/* Every row of the canvas fits its width in display columns. */
static void
assert_fits(const struct canvas *c, int width)
{
	char *text = canvas_to_text(c), *line, *save = NULL;

	assert_int_equal(c->width, width);
	for (line = strtok_r(text, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save))
		assert_true(utf8_text_width(line) <= width);
	free(text);
}

static struct session *
long_label_session(void)
{
	struct session *s = session_new();
	struct indicator *ind = session_add_indicator(s, "x",
	    "Unge i lokal virksomhedspraktik og fritidsjob i bebyggelsen");
	struct measurement *m;

	ind->adopted = true;
	ind->kind = INDICATOR_COUNT;
	m = session_add_measurement(ind, "Efterårsmålingen i første år");
	m->has_count = true;
	m->count = 7;
	m = session_add_measurement(&s->indicators[0], "Baseline");
	session_tally_for(m, "")->steps[0] = 41;
	session_tally_for(m, "")->steps[4] = 59;
	return s;
}

static void
test_any_width(void **state)
{
	struct session *s = long_label_session();
	struct canvas *c;
	int widths[] = { 0, 1, 5, 20, 40, 80, 120, 200 };
	size_t i, k;

	(void)state;
	for (i = 0; i < sizeof widths / sizeof *widths; i++) {
		for (k = 0; k < s->n_indicators; k++) {
			c = chart_indicator(s, &s->indicators[k], widths[i],
			    0);
			assert_fits(c, widths[i]);
			canvas_free(c);
		}
		c = chart_overview(s, widths[i], CHART_ASCII);
		assert_fits(c, widths[i]);
		assert_int_equal(c->height, 4);	/* adopted: 3 core + 1 */
		canvas_free(c);
	}
	session_free(s);
}

static void
test_truncated_labels(void **state)
{
	struct session *s = long_label_session();
	struct canvas *c = chart_indicator(s, &s->indicators[3], 80, 0);
	char *text = canvas_to_text(c);

	(void)state;
	/* Period labels take at most a fifth of the width, names a quarter. */
	assert_non_null(strstr(text, "\nEfterårsmålinge… "));
	free(text);
	canvas_free(c);
	c = chart_overview(s, 80, 0);
	text = canvas_to_text(c);
	assert_non_null(strstr(text, "\nUnge i lokal virkso… "));
	free(text);
	canvas_free(c);
	session_free(s);
}

/* Sets an indicator-level tally of positive out of n, no other answers. */
static void
set_share(struct measurement *m, long positive, long n, long dont_know)
{
	struct tally *t = session_tally_for(m, "");

	t->steps[0] = positive;
	t->steps[4] = n - positive;
	t->dont_know = dont_know;
}

static char *
chart_text(const struct session *s, size_t k, int flags)
{
	struct canvas *c = chart_indicator(s, &s->indicators[k], 80, flags);
	char *text = canvas_to_text(c);

	canvas_free(c);
	return text;
}

static void
test_chart_texts(void **state)
{
	struct session *s = session_new();
	struct indicator *ind = &s->indicators[1];
	struct measurement *m;
	char *text;

	(void)state;
	text = chart_text(s, 0, 0);
	assert_string_equal(text, "Tilhørsforhold (vs. Isolation)\n"
	    "% der oplever tilhørsforhold til deres nabolag\n"
	    "No answers yet.\n");
	free(text);
	set_share(session_add_measurement(ind, "Baseline"), 22, 100, 0);
	session_add_measurement(ind, "År 1");
	set_share(session_add_measurement(ind, "År 2"), 41, 100, 0);
	set_share(session_add_measurement(ind, "År 3"), 12, 30, 5);
	text = chart_text(s, 1, CHART_ASCII);
	/*
	 * 41/100 -> 12/30 = 40 %: Wilson 31.867..50.799 and 24.591..57.680;
	 * lower = -1 - sqrt((40 - 24.591)^2 + (50.799 - 41)^2) = -19.26,
	 * upper = -1 + sqrt((57.680 - 40)^2 + (41 - 31.867)^2) = +18.90.
	 */
	assert_non_null(strstr(text, "\nÅr 1     no answers"));
	assert_non_null(strstr(text, "40 % n=30!\n"));
	assert_non_null(strstr(text, "\nÅr 3 vs År 2: -1 point (-19 to +19): "
	    "no detectable change\n"));
	/*
	 * 22/100 -> 40 % against the baseline: Wilson 22/100 = 15.001..31.070;
	 * lower = 18 - sqrt(15.409^2 + 9.070^2) = +0.12 > 0, shown as +0.1.
	 */
	assert_non_null(strstr(text, "\nÅr 3 vs Baseline: +18 points (+0.1 "
	    "to +37): increase\n"));
	assert_non_null(strstr(text, "\n! År 3: only 30 respondents; at "
	    "least 50 are needed for a reliable figure\n"));
	assert_non_null(strstr(text, "\nVed ikke / blank, not in n: År 3 "
	    "5/0\n"));
	free(text);
	/* Two statements: scored as their mean, and the chart says so. */
	ind = &s->indicators[2];
	session_add_statement(ind, "a", "A");
	session_add_statement(ind, "b", "B");
	m = session_add_measurement(ind, "Baseline");
	session_tally_for(m, "a")->steps[0] = 60;
	session_tally_for(m, "b")->steps[1] = 30;
	session_tally_for(m, "b")->steps[2] = 30;
	text = chart_text(s, 2, 0);
	assert_non_null(strstr(text, "\nMean of 2 statements; n is the "
	    "smallest statement's\n"));
	assert_non_null(strstr(text, " 75 % n=60\n"));
	free(text);
	session_free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_eighth),
		cmocka_unit_test(test_edges),
		cmocka_unit_test(test_columns),
		cmocka_unit_test(test_draw_bar),
		cmocka_unit_test(test_draw_whisker),
		cmocka_unit_test(test_any_width),
		cmocka_unit_test(test_truncated_labels),
		cmocka_unit_test(test_chart_texts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
