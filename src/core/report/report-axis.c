/*
 * The axis under the HTML report's bars: a line with ticks and their
 * values at round steps (0, 25, 50, 75, 100 % for shares; 1, 2 or 5
 * times a power of ten for counts), so a printed bar can be read without
 * the figure next to it. Positions are percents of the bar's width, the
 * same scale the bars use.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "report-private.h"

#define AXIS_MAX_TICKS	6	/* 0 and up to five more */

/* A round step that puts at most five steps under top. */
static double
axis_step(double top)
{
	double unit = pow(10.0, floor(log10(top / 5.0))), step;
	static const double mult[] = { 1.0, 2.0, 5.0, 10.0 };
	size_t i;

	for (i = 0; i < sizeof mult / sizeof mult[0]; i++) {
		step = unit * mult[i];
		if (top / step <= 5.0)
			return step;
	}
	return unit * 10.0;
}

void
report_html_axis(struct textbuf *b, enum indicator_kind kind, double top)
{
	double step, v;
	char pos[32], label[48], *p;
	int i;

	if (!(top > 0.0) || !isfinite(top))
		return;
	step = kind == INDICATOR_PERCENT ? 25.0 : axis_step(top);
	textbuf_adds(b, "<tr class=\"axis\"><td></td><td><div class=\"axis\">");
	for (i = 0; i < AXIS_MAX_TICKS && (v = i * step) <= top + 1e-9; i++) {
		report_fmt1(pos, v / top * 100.0);
		if (kind == INDICATOR_PERCENT)
			report_fmt_percent(label, v, false);
		else
			report_fmt_count(label, v);
		/* "0,0 %" reads worse than "0 %" on an axis: whole numbers. */
		if ((p = strstr(label, ",0")) != NULL ||
		    (p = strstr(label, ".0")) != NULL)
			memmove(p, p + 2, strlen(p + 2) + 1);
		textbuf_addf(b, "<i style=\"left:%s%%\"></i><span "
		    "style=\"left:%s%%\">%s</span>", pos, pos, label);
	}
	textbuf_adds(b, "</div></td><td></td></tr>\n");
}
