/*
 * Indicator bar charts, laid out onto a text canvas: per indicator one bar
 * per period with its value, Wilson interval and target marker, and the
 * verdict of the latest change; an overview with one line per indicator.
 * Resolution of one eighth of a cell with Unicode blocks, or ASCII.
 */
#ifndef B2C_CHART_H
#define B2C_CHART_H

#include "b2c/canvas.h"
#include "b2c/session.h"

#define CHART_ASCII	0x1	/* '#' bars and '|' target, no Unicode */
#define CHART_MONO	0x2	/* a different fill per period */
#define CHART_BARS	0x4	/* no sentences under the bars (a report says
				   them in its own words, the same in every
				   format) */

/* The chart of one indicator, width columns wide (height as needed). */
struct canvas *chart_indicator(const struct session *,
	    const struct indicator *, int width, int flags);
/* One line per adopted indicator: latest value against the target. */
struct canvas *chart_overview(const struct session *, int width, int flags);

#endif
