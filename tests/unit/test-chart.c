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
#include "../../src/core/chart/chart-layout.h"
#include "b2c/lang.h"
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
		/*
		 * A header, the 3 core (percent), the scale, the count; a
		 * short width puts each status on a row of its own.
		 */
		if (widths[i] >= 80)
			assert_int_equal(c->height, 6);
		else
			assert_true(c->height >= 6 && c->height <= 10);
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
	lang_set(LANG_ENGLISH);	/* the sentences' numbers: "-1.0" */
	text = chart_text(s, 0, 0);
	assert_string_equal(text, "Tilhørsforhold (vs. Isolation)\n"
	    "% der oplever tilhørsforhold til deres nabolag\n"
	    "No answers yet.\n");
	free(text);
	set_share(session_add_measurement(ind, "Baseline"), 22, 100, 0);
	session_add_measurement(ind, "Year 1");
	set_share(session_add_measurement(ind, "Year 2"), 41, 100, 0);
	set_share(session_add_measurement(ind, "Year 3"), 12, 30, 5);
	text = chart_text(s, 1, CHART_ASCII);
	/*
	 * 41/100 -> 12/30 = 40 %: Wilson 31.867..50.799 and 24.591..57.680;
	 * lower = -1 - sqrt((40 - 24.591)^2 + (50.799 - 41)^2) = -19.26,
	 * upper = -1 + sqrt((57.680 - 40)^2 + (41 - 31.867)^2) = +18.90.
	 */
	assert_non_null(strstr(text, "\nYear 1   no answers"));
	assert_non_null(strstr(text, "40 % n=30!\n"));
	assert_non_null(strstr(text, "\nYear 3 vs Year 2: -1.0 percentage points "
	    "(95% confidence interval -19.3 to\n  +18.9) - no detectable "
	    "change\n"));
	/*
	 * 22/100 -> 40 % against the baseline: Wilson 22/100 = 15.001..31.070;
	 * lower = 18 - sqrt(15.409^2 + 9.070^2) = +0.12 > 0, shown as +0.1.
	 */
	assert_non_null(strstr(text, "\nYear 3 vs Baseline: +18.0 percentage "
	    "points (95% confidence interval +0.1 to\n  +37.0) - increase\n"));
	assert_non_null(strstr(text, "\n! Year 3: only 30 respondents; at "
	    "least 50 are needed for a reliable figure\n"));
	/* The increase since the baseline is smaller than the detectable
	 * change, and the sentence on the latter does not deny it. */
	assert_non_null(strstr(text, "\nWith n = 30, changes smaller than "
	    "about 36 percentage points will usually go\n  unnoticed; this "
	    "one was large enough to show\n"));
	assert_non_null(strstr(text, "\nNot counted in n: Year 3 (5 don't know, "
	    "0 blank)\n"));
	/* What the whisker means, right under the scale. */
	assert_non_null(strstr(text, " 100 %\n[-+-] 95% confidence interval: "
	    "made so that 95 of 100 surveys like this one\n  catch the true "
	    "share\n"));
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
	assert_non_null(strstr(text, "\nMean of 2 statements; n is that of "
	    "the one with fewest answers\n"));
	assert_non_null(strstr(text, " 75 % n=60\n"));
	free(text);
	lang_set(LANG_DANISH);
	session_free(s);
}

/* The character in a canvas cell; L'\0' outside. */
static wchar_t
cell_ch(struct canvas *c, int x, int y)
{
	struct canvas_cell *cell = canvas_at(c, x, y);

	return cell != NULL ? cell->ch : L'\0';
}

/*
 * Finds the bar of the row whose label starts with label (ASCII, one
 * word): its first cell and, for a
 * value that fills the whole scale, its width. Returns the row or -1.
 */
static int
find_bar(struct canvas *c, const char *label, int *bar_x, int *bar_w)
{
	int y, x, n = (int)strlen(label);

	for (y = 0; y < c->height; y++) {
		for (x = 0; x < n && cell_ch(c, x, y) == (wchar_t)label[x];
		    x++)
			;
		if (x < n)
			continue;
		while (cell_ch(c, x, y) != L' ' && x < c->width)
			x++;	/* the rest of a label given by its start */
		while (cell_ch(c, x, y) == L' ')
			x++;
		*bar_x = x;
		while (cell_ch(c, x, y) == L'#' || cell_ch(c, x, y) == 0x2588)
			x++;
		*bar_w = x - *bar_x;
		return y;
	}
	return -1;
}

/* The row whose first non-blank is a "0" at column x (the scale). */
static int
find_scale(struct canvas *c, int x)
{
	int y, i;

	for (y = 0; y < c->height; y++) {
		for (i = 0; i < x && cell_ch(c, i, y) == L' '; i++)
			;
		if (i == x && cell_ch(c, x, y) == L'0' &&
		    cell_ch(c, x + 1, y) == L' ')
			return y;
	}
	return -1;
}

/*
 * Checks every figure on the scale row: its last digit must be in the
 * cell its value falls in on a bar bar_w cells wide from bar_x. Returns
 * a bit per figure seen: 1 = 0, 2 = 25, 4 = 50, 8 = 75, 16 = max.
 */
static int
check_ticks(struct canvas *c, int y, int bar_x, int bar_w, double max)
{
	int x, seen = 0;
	long v;

	for (x = 0; x < c->width; x++) {
		if (cell_ch(c, x, y) < L'0' || cell_ch(c, x, y) > L'9')
			continue;
		for (v = 0; cell_ch(c, x, y) >= L'0' &&
		    cell_ch(c, x, y) <= L'9'; x++)
			v = v * 10 + (cell_ch(c, x, y) - L'0');
		assert_int_equal(x - 1, bar_x + chart_column((double)v, max,
		    bar_w));
		seen |= v == 0 ? 1 : v == (long)max ? 16 : v == 25 ? 2 :
		    v == 50 ? 4 : v == 75 ? 8 : 32;
	}
	assert_false(seen & 32);
	return seen;
}

/*
 * The scale's figures sit where their values are: at every width from 40
 * to 200, in UTF-8 and ASCII, each figure's last digit is in the cell of
 * its value, derived from the bar of a period at 100 % (which spans the
 * whole scale); the "%" follows 100, and the target marker is in the
 * cell of the target.
 */
static void
test_scale_labels(void **state)
{
	struct session *s = session_new();
	struct indicator *pct = &s->indicators[0], *cnt;
	struct canvas *c;
	int width, f, y, bar_x, bar_w, seen, flags[] = { 0, CHART_ASCII };

	(void)state;
	set_share(session_add_measurement(pct, "Baseline"), 41, 100, 0);
	set_share(session_add_measurement(pct, "All"), 100, 100, 0);
	pct->has_target = true;
	pct->target = 85;
	cnt = session_add_indicator(s, "c", "Count");
	cnt->kind = INDICATOR_COUNT;
	cnt->has_target = true;
	cnt->target = 12;
	session_add_measurement(cnt, "Max")->has_count = true;
	cnt->measurements[0].count = 12;
	for (width = 40; width <= 200; width++) {
		for (f = 0; f < 2; f++) {
			c = chart_indicator(s, pct, width, flags[f]);
			assert_true(find_bar(c, "All", &bar_x, &bar_w) >= 0);
			y = find_scale(c, bar_x);
			assert_true(y >= 0);
			seen = check_ticks(c, y, bar_x, bar_w, 100);
			assert_int_equal(seen & 17, 17);
			if (bar_w >= 24)
				assert_int_equal(seen, 31);
			assert_int_equal(cell_ch(c, bar_x + bar_w + 1, y),
			    L'%');
			y = find_bar(c, "Baseline", &bar_x, &seen) - 1;
			assert_int_equal(cell_ch(c, bar_x + chart_column(85,
			    100, bar_w), y), f ? L'v' : 0x25bc);
			canvas_free(c);
			c = chart_indicator(s, cnt, width, flags[f]);
			assert_true(find_bar(c, "Max", &bar_x, &bar_w) >= 0);
			y = find_scale(c, bar_x);
			assert_int_equal(check_ticks(c, y, bar_x, bar_w, 12),
			    17);
			canvas_free(c);
		}
	}
	session_free(s);
}

/* The text with every row break before an indented row made a blank. */
static char *
collapse_rows(const char *text)
{
	char *out = malloc(strlen(text) + 1), *o = out;

	assert_non_null(out);
	while (*text != '\0') {
		if (text[0] == '\n' && text[1] == ' ') {
			while (*++text == ' ')
				;
			*o++ = ' ';
		} else
			*o++ = *text++;
	}
	*o = '\0';
	return out;
}

/* A word wider than the canvas is broken, every character kept. */
static void
test_wrap_primitive(void **state)
{
	struct canvas *c = canvas_new(10, 1);
	char *text;
	int x, y;

	(void)state;
	y = chart_put_wrapped(c, 0, 0, "abc defghijklmnopq r", CANVAS_DIM, 2,
	    true, &x);
	assert_int_equal(y, 3);
	assert_int_equal(x, 10);
	assert_int_equal(c->height, 3);
	text = canvas_to_text(c);
	assert_string_equal(text, "abc\n  defghijk\n  lmnopq r\n");
	free(text);
	canvas_free(c);
	/* From a column on; a Danish word is broken by columns, not bytes. */
	c = canvas_new(10, 1);
	y = chart_put_wrapped(c, 4, 0, "æøå ÆØÅæøåÆØÅ", CANVAS_DIM, 2, false,
	    &x);
	assert_int_equal(y, 3);
	assert_int_equal(x, 3);
	text = canvas_to_text(c);
	assert_string_equal(text, "    æøå\n  ÆØÅæøåÆØ\n  Å\n");
	free(text);
	canvas_free(c);
}

/*
 * Every sentence under a chart is shown whole at every width from 40 to
 * 200, in UTF-8 and ASCII: it wraps onto further rows instead of being
 * cut short with "~" or "…", and no row is wider than the chart.
 */
static void
test_wrapped_lines(void **state)
{
	struct session *s = session_new();
	struct indicator *ind = &s->indicators[1];
	struct canvas *c;
	char *text, *flat;
	int width, f, flags[] = { 0, CHART_ASCII };

	(void)state;
	lang_set(LANG_ENGLISH);
	set_share(session_add_measurement(ind, "Baseline"), 22, 100, 0);
	set_share(session_add_measurement(ind, "Year 2"), 41, 100, 0);
	set_share(session_add_measurement(ind, "Year 3"), 12, 30, 5);
	for (width = 40; width <= 200; width++) {
		for (f = 0; f < 2; f++) {
			c = chart_indicator(s, ind, width, flags[f]);
			assert_fits(c, width);
			text = canvas_to_text(c);
			assert_null(strstr(text, f ? "~" : "…"));
			flat = collapse_rows(text);
			assert_non_null(strstr(flat, f ? "\nYear 3 vs Year 2: -1.0 "
			    "percentage points (95% confidence interval -19.3 "
			    "to +18.9)" : "\nYear 3 vs Year 2: −1.0 percentage "
			    "points (95% confidence interval −19.3 to +18.9)"));
			/* The verdict follows, on its own row if need be. */
			assert_non_null(strstr(flat, f ? "+18.9) - no "
			    "detectable change\n" : "+18.9) – no detectable "
			    "change\n"));
			assert_non_null(strstr(flat, "Year 3: only 30 respondents; "
			    "at least 50 are needed for a reliable figure\n"));
			/*
			 * p = (12 + 2) / (30 + 4) = 0.4118; (1.960 + 0.842)
			 * * sqrt(2 * 0.4118 * 0.5882 / 30) = 0.356 -> 36.
			 */
			assert_non_null(strstr(flat, "\nWith n = 30, changes "
			    "smaller than about 36 percentage points will "
			    "usually go unnoticed; this one was large enough "
			    "to show\n"));
			assert_non_null(strstr(flat, "\nNot counted in n: Year 3 "
			    "(5 don't know, 0 blank)\n"));
			assert_non_null(strstr(flat, f ? "\n[-+-] 95% confidence"
			    " interval: made so that 95 of 100 surveys like "
			    "this one catch the true share\n" :
			    "\n├─┼─┤ 95% confidence interval: made so that 95 "
			    "of 100 surveys like this one catch the true "
			    "share\n"));
			free(flat);
			free(text);
			canvas_free(c);
		}
	}
	lang_set(LANG_DANISH);
	session_free(s);
}

/*
 * The overview puts every percentage on one scale, 0-100 %, with its
 * figures in the cells of their values and each target marker in the
 * cell of its target on that scale; a count comes after the scale row.
 */
static void
test_overview_scale(void **state)
{
	struct session *s = session_new();
	struct indicator *ind;
	struct canvas *c;
	double targets[] = { 85, 70, 100 };
	int width, y, bar_x, bar_w, row, f, f2, flags[] = { 0, CHART_ASCII };
	size_t i;

	(void)state;
	for (i = 0; i < s->n_indicators; i++)
		s->indicators[i].adopted = i < 3;
	set_share(session_add_measurement(&s->indicators[0], "B"), 100, 100,
	    0);
	set_share(session_add_measurement(&s->indicators[1], "B"), 41, 100, 0);
	for (i = 0; i < 3; i++) {
		s->indicators[i].has_target = true;
		s->indicators[i].target = targets[i];
	}
	ind = session_add_indicator(s, "c", "Count");
	ind->adopted = true;
	ind->kind = INDICATOR_COUNT;
	ind->has_target = true;
	ind->target = 12;
	session_add_measurement(ind, "B")->has_count = true;
	ind->measurements[0].count = 8;
	for (width = 40; width <= 200; width += 7) {
		for (f = 0; f < 2; f++) {
			c = chart_overview(s, width, flags[f]);
			row = find_bar(c, "Tilh", &bar_x, &bar_w);
			assert_int_equal(row, 1);
			y = find_scale(c, bar_x);
			assert_true(y > row);
			f2 = check_ticks(c, y, bar_x, bar_w, 100);
			assert_int_equal(f2 & 17, 17);
			assert_true(bar_w < 24 || f2 == 31);
			/* The other two rows (the first bar is full). */
			for (i = 1; i < 3; i++) {
				row = find_bar(c, i == 1 ? "Tillid" : "Medsk",
				    &bar_x, &f2);
				assert_true(row > 1 && row < y);
				assert_int_equal(cell_ch(c, bar_x +
				    chart_column(targets[i], 100, bar_w), row),
				    f ? L'|' : 0x2502);
			}
			assert_true(find_bar(c, "Count", &bar_x, &f2) > y);
			canvas_free(c);
		}
	}
	session_free(s);
}

/*
 * The latest figure against the target, in words: 41/100 has the Wilson
 * interval 31.87..50.80, so a target of 30 is met, 40 is reached by the
 * figure but not by the whole interval, 50 is not met but within the
 * interval, and 60 lies above the whole interval.
 */
static void
test_target_sentences(void **state)
{
	struct session *s = session_new();
	struct indicator *ind = &s->indicators[0];
	struct {
		double	 target;
		const char *want;
	} cases[] = {
		{ 30, "\nYear 1 against the target of 30 %: met\n" },
		{ 40, "\nYear 1 against the target of 40 %: at target, but the "
		    "interval reaches below it\n" },
		{ 50, "\nYear 1 against the target of 50 %: not met\n" },
		{ 60, "\nYear 1 against the target of 60 %: not met; the whole "
		    "interval is below it\n" },
	};
	char *text;
	size_t i;

	(void)state;
	set_share(session_add_measurement(ind, "Year 1"), 41, 100, 0);
	text = chart_text(s, 0, 0);
	assert_null(strstr(text, "against the target"));
	free(text);
	ind->has_target = true;
	for (i = 0; i < sizeof cases / sizeof *cases; i++) {
		ind->target = cases[i].target;
		text = chart_text(s, 0, CHART_ASCII);
		assert_non_null(strstr(text, cases[i].want));
		free(text);
	}
	ind = session_add_indicator(s, "c", "Count");
	ind->adopted = true;
	ind->kind = INDICATOR_COUNT;
	ind->has_target = true;
	ind->target = 12;
	session_add_measurement(ind, "Year 1")->has_count = true;
	ind->measurements[0].count = 8;
	text = chart_text(s, s->n_indicators - 1, 0);
	assert_non_null(strstr(text, "\nYear 1 against the target of 12: not "
	    "met\n"));
	free(text);
	ind->measurements[0].count = 12;
	text = chart_text(s, s->n_indicators - 1, 0);
	assert_non_null(strstr(text, "\nYear 1 against the target of 12: met\n"));
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
		cmocka_unit_test(test_target_sentences),
		cmocka_unit_test(test_scale_labels),
		cmocka_unit_test(test_overview_scale),
		cmocka_unit_test(test_wrap_primitive),
		cmocka_unit_test(test_wrapped_lines),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
