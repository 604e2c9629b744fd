/*
 * Bar geometry and drawing primitives. A bar is measured in eighths of a
 * cell so the Unicode blocks can show it exactly; ASCII rounds to whole
 * cells. Nothing a bar draws ever hides that a value is non-zero.
 */
#include "config.h"

#include <math.h>

#include "b2c/chart.h"
#include "chart-layout.h"
#include "b2c/utf8.h"

/* ▏▎▍▌▋▊▉ for one to seven eighths. */
static const wchar_t eighth_blocks[8] = {
	L' ', 0x258f, 0x258e, 0x258d, 0x258c, 0x258b, 0x258a, 0x2589
};
/* Full-cell fills per period: in monochrome each period has its own. */
static const wchar_t mono_fills[] = { 0x2588, 0x2593, 0x2592, 0x2591 };
static const wchar_t ascii_fills[] = { L'#', L'=', L'*', L'+' };
#define N_FILLS 4

struct chart_bar
chart_bar_geometry(double value, double max, int width)
{
	struct chart_bar b = { 0, 0, false };
	double units;
	long total, cap;

	if (width <= 0 || isnan(value) || isnan(max) || max <= 0 ||
	    value <= 0)
		return b;
	cap = (long)width * 8;
	if (value > max) {
		b.full = width;
		b.clipped = true;
		return b;
	}
	units = value / max * (double)cap;
	total = (long)floor(units + 0.5);
	if (total < 1)
		total = 1;
	if (total > cap)
		total = cap;
	b.full = (int)(total / 8);
	b.eighths = (int)(total % 8);
	return b;
}

int
chart_column(double value, double max, int width)
{
	double col;

	if (width <= 0 || isnan(value) || isnan(max) || max <= 0)
		return -1;
	col = floor(value / max * (double)width);
	if (col < 0)
		return 0;
	if (col >= width)
		return width - 1;
	return (int)col;
}

/* The fill of whole cells for a series. */
static wchar_t
bar_fill(int series, int flags)
{
	if (!(flags & CHART_MONO))
		series = 0;
	if (flags & CHART_ASCII)
		return ascii_fills[series % N_FILLS];
	return mono_fills[series % N_FILLS];
}

void
chart_draw_bar(struct canvas *c, int x, int y, int width, double value,
    double max, int series, int flags)
{
	struct chart_bar b = chart_bar_geometry(value, max, width);
	wchar_t fill = bar_fill(series, flags);
	int i, cells = b.full, part = -1;

	if (flags & CHART_ASCII) {
		if (b.eighths >= 4 || (b.full == 0 && b.eighths > 0))
			cells++;	/* nearest whole cell, never nothing */
	} else if (b.eighths > 0)
		part = b.full;		/* the cell with the last eighths */
	for (i = 0; i < width; i++) {
		if (i < cells)
			canvas_set(c, x + i, y, fill, CANVAS_BAR_FILL, series);
		else if (i == part)
			canvas_set(c, x + i, y, eighth_blocks[b.eighths],
			    CANVAS_BAR_FILL, series);
		else
			canvas_set(c, x + i, y, L' ', CANVAS_BAR_EMPTY,
			    series);
	}
}

void
chart_draw_whisker(struct canvas *c, int x, int y, int width, double lo,
    double value, double hi, double max, int flags)
{
	bool ascii = (flags & CHART_ASCII) != 0;
	int a = chart_column(lo, max, width), b = chart_column(hi, max, width);
	int m = chart_column(value, max, width), i;

	if (a < 0 || b < 0)
		return;
	if (a == b) {
		canvas_set(c, x + a, y, ascii ? L'+' : 0x253c,
		    CANVAS_INTERVAL, 0);
		return;
	}
	canvas_set(c, x + a, y, ascii ? L'[' : 0x251c, CANVAS_INTERVAL, 0);
	for (i = a + 1; i < b; i++)
		canvas_set(c, x + i, y, ascii ? L'-' : 0x2500,
		    CANVAS_INTERVAL, 0);
	canvas_set(c, x + b, y, ascii ? L']' : 0x2524, CANVAS_INTERVAL, 0);
	if (m > a && m < b)
		canvas_set(c, x + m, y, ascii ? L'+' : 0x253c,
		    CANVAS_INTERVAL, 0);
}

void
chart_draw_target(struct canvas *c, int x, int y, int width, double target,
    double max, int flags)
{
	int col = chart_column(target, max, width);
	struct canvas_cell *cell;

	if (col < 0 || (cell = canvas_at(c, x + col, y)) == NULL ||
	    cell->ch != L' ')
		return;
	canvas_set(c, x + col, y, (flags & CHART_ASCII) ? L'|' : 0x2502,
	    CANVAS_TARGET, 0);
}

void
chart_put_right(struct canvas *c, int x, int y, int width, const char *text,
    enum canvas_style style, bool ascii)
{
	int w = utf8_text_width(text);

	if (w > width)
		w = width;
	canvas_put(c, x + width - w, y, text, style, width, ascii);
}
