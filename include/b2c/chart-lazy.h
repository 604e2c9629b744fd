/*
 * The charts of chart.h laid out a few rows at a time, for screens that
 * show only part of them: they lay out the rows near their window and
 * the rest when the window comes near. Laid out to the end, each canvas
 * is exactly the one chart_overview() or chart_indicator() returns.
 *
 * The session must stay unchanged while a chart is being laid out. The
 * canvas pointer stays the same until the chart is freed; its height
 * grows with each step and its cells may move.
 */
#ifndef B2C_CHART_LAZY_H
#define B2C_CHART_LAZY_H

#include <stdbool.h>

#include "b2c/canvas.h"
#include "b2c/session.h"

/*
 * The overview: starting lays out the header row only; each step one
 * indicator's row (the latest figure alone is worked out), or the scale.
 */
struct chart_overview;

struct chart_overview *chart_overview_start(const struct session *,
	    int width, int flags);
/* Lays out the next row (an indicator, or the scale); false when done. */
bool	 chart_overview_more(struct chart_overview *);
bool	 chart_overview_done(const struct chart_overview *);
const struct canvas *chart_overview_canvas(const struct chart_overview *);
void	 chart_overview_free(struct chart_overview *);

/*
 * One indicator's chart: starting lays out its heading and target row;
 * each step one period's bar, then everything under the bars at once.
 */
struct chart_lazy;

struct chart_lazy *chart_indicator_start(const struct session *,
	    const struct indicator *, int width, int flags);
/* Lays out the next period (or the end of the chart); false when done. */
bool	 chart_indicator_more(struct chart_lazy *);
bool	 chart_indicator_done(const struct chart_lazy *);
const struct canvas *chart_indicator_canvas(const struct chart_lazy *);
void	 chart_indicator_free(struct chart_lazy *);

#endif
