/*
 * What the indicator charts and the overview share: where the labels,
 * the bars and the figures go across the width, and the scale.
 */
#ifndef B2C_CHART_PRIVATE_H
#define B2C_CHART_PRIVATE_H

#include <stdbool.h>
#include <stddef.h>

#include "b2c/canvas.h"
#include "b2c/session.h"
#include "b2c/stats.h"

#define VALUE_W		5	/* "100 %" */
#define N_W		9	/* "n=100000!" */
#define RIGHT_W		(1 + VALUE_W + 1 + N_W)
#define OVERVIEW_FIGURES (2 * VALUE_W + 3)	/* "43 % / 85 % " */
#define OVERVIEW_MIN_BAR	12	/* else the status takes a row of its own */
#define WRAP_INDENT	2	/* continuation rows of a sentence */

struct chart_frame {
	int	 width;
	int	 flags;
	bool	 ascii;
	bool	 percent;
	int	 label_w;	/* period labels */
	int	 bar_x;
	int	 bar_w;
	int	 value_x;
	double	 max;		/* the scale: 100 % or the largest count */
	bool	 has_target;
	double	 target;
	bool	 status_below;	/* overview: the status under the figures */
};

/* Rounds half away from zero: 40.5 % shows as 41 %. */
long	chart_round(double);
/* "41 %" or "12". */
void	chart_format_value(char *, size_t, double, bool percent);
/* The frame of an indicator's chart at width (flags CHART_*). */
void	chart_frame_init(struct chart_frame *, const struct indicator *,
	    const struct stats_indicator *, int width, int flags);
/* The target marker on row y, if the indicator has a target. */
void	chart_frame_target(struct canvas *, const struct chart_frame *, int y);
/* The scale under the bars on row y; returns the next row. */
int	chart_frame_scale(struct canvas *, const struct chart_frame *, int y);
/* The style of a target status. */
enum canvas_style chart_target_style(enum stats_target);
/* Cuts the canvas to its first rows rows (growing it if need be). */
struct canvas *chart_fit(struct canvas *, int rows);

#endif
