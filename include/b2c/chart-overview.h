/*
 * The overview of all indicators (chart_overview() in chart.h) laid out
 * a row at a time, for screens that show only part of it: they lay out
 * the rows near their window and the rest when the window comes near.
 * Each row costs the indicator's latest figure alone. Laid out to the
 * end, the canvas is exactly the one chart_overview() returns.
 */
#ifndef B2C_CHART_OVERVIEW_H
#define B2C_CHART_OVERVIEW_H

#include <stdbool.h>

#include "b2c/canvas.h"
#include "b2c/session.h"

struct chart_overview;

/*
 * Starts the overview of the session at width (flags CHART_*): the
 * header row only. The session must stay unchanged while it is in use.
 */
struct chart_overview *chart_overview_start(const struct session *,
	    int width, int flags);
/* Lays out the next row (an indicator, or the scale); false when done. */
bool	 chart_overview_more(struct chart_overview *);
/* True when every row is laid out. */
bool	 chart_overview_done(const struct chart_overview *);
/*
 * The rows laid out so far (height grows with each row). The pointer
 * stays the same until chart_overview_free(); the cells may move.
 */
const struct canvas *chart_overview_canvas(const struct chart_overview *);
void	 chart_overview_free(struct chart_overview *);

#endif
