/*
 * A new year of a partnership that runs for years: the årshjul carried
 * forward to the next year's dates, the agreed meeting dates likewise,
 * and the next measurement period added, with last year's records kept.
 *
 * The rules, which b2c(1) documents for `b2c new-year`, with P the year
 * before the one started (N):
 * - an activity dated in P gets a copy dated a year later (29 February
 *   becomes 28 February), planned; the dated one stays as P's record;
 * - an activity with a month recurs by itself; when P marked it (a
 *   status other than planned, or a status date in P), that marking
 *   becomes P's record: the activity is copied as it is, dated on its
 *   status date (else the first of its month in P), and the one with
 *   the month goes on planned, its status date and note cleared (a
 *   dated activity with the title of one with a month is such a record
 *   and is not carried forward);
 * - an agreed meeting date in P gets one a year later;
 * - every adopted indicator measured in some period gets the period
 *   after its latest measured one ("year K+1"; after the baseline,
 *   "year 1"), empty (a period with no date, count or answers is not
 *   measured);
 * What N already holds (a copy with the same title and date, a meeting
 * date, a period) is not added twice, so starting N again adds nothing.
 */
#ifndef B2C_NEWYEAR_H
#define B2C_NEWYEAR_H

#include <stddef.h>

#include "b2c/session.h"

/* What starting a year added. */
struct newyear_summary {
	size_t	 activities;	/* dated copies and month records */
	size_t	 meeting_dates;
	size_t	 periods;	/* measurements added */
};

/* The year to start next: one after the latest year something was
 * marked (a status date) or a meeting held, else after the latest year
 * the plan names (an activity's or an agreed meeting's date); 0 when
 * there is none. A year just started is marked in nowhere yet, so it is
 * the one named again until its own records begin. */
int	 newyear_next(const struct session *);
/* Starts year (1901..9999) as above; 0, or -1 with *cause. */
int	 newyear_start(struct session *, int year,
	    struct newyear_summary *, char **cause);

#endif
