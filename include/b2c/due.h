/*
 * What is due in a partnership on a given day: the agreed evaluation
 * meetings (Del 2's dates against Del 3's records), the annual impact
 * measurement (Del 2's month against the measurements taken) and the
 * årshjul's activities (a date of their own, or a month every year,
 * against their status). Pure: the day is an argument, so the same
 * session and day always give the same list.
 *
 * The rules, which b2c(1) documents for `b2c agenda`:
 * - a planned meeting date is held when a record names it (planned) or
 *   is dated within DUE_MEETING_SLACK days of it; a date before today not
 *   held is missed (for DUE_LOOKBACK days); the next one not held is
 *   always listed, the others when within the horizon;
 * - the measurement month M belongs to the twelve months from six months
 *   before M to six after, and is done when a measurement of any
 *   indicator is dated in that window; not done, it is due in month M
 *   and overdue after it;
 * - an activity with a date falls on that day, one with a month on the
 *   first of that month every year; it is open unless its status is
 *   done or cancelled with a status date within six months of it (or no
 *   status date); a passed open one is overdue (its latest occurrence,
 *   for DUE_LOOKBACK days); this month's and those within the horizon
 *   are coming. Months before the session was created are not counted;
 * - on the small path (session_small_path) only the concrete proposal
 *   counts: its day (or, postponed, the follow-up's new date) is always
 *   listed while to come; passed, and the follow-up not saying it
 *   happened or was cancelled, the follow-up is late (DUE_LOOKBACK).
 */
#ifndef B2C_DUE_H
#define B2C_DUE_H

#include <stdbool.h>
#include <stddef.h>

#include "b2c/date.h"
#include "b2c/session.h"

#define DUE_DEFAULT_DAYS 30	/* the horizon when none is given */
#define DUE_MAX_DAYS 3660	/* ten years */
#define DUE_LOOKBACK 365	/* how far back missed and overdue reach */
#define DUE_MEETING_SLACK 14	/* a record this near a date holds it */

enum due_kind {
	DUE_MEETING_MISSED,	/* a planned date passed without a record */
	DUE_MEASUREMENT_OVERDUE,
	DUE_ACTIVITY_OVERDUE,
	DUE_FOLLOWUP,		/* the proposal's day passed, no follow-up */
	DUE_MEETING,		/* a planned meeting to come (or today) */
	DUE_MEASUREMENT,	/* the measurement this month or to come */
	DUE_ACTIVITY,		/* an activity today, this month or to come */
	DUE_PROPOSAL		/* the concrete proposal's day to come */
};

struct due_item {
	enum due_kind	 kind;
	char		 date[DATE_ISO_LEN];	/* the day, or the 1st */
	bool		 whole_month;	/* the date stands for its month */
	const char	*title;		/* the activity's or proposal's, else "" */
	enum activity_status status;	/* the activity's, else planned */
	size_t		 index;		/* into meeting_dates or wheel */
};

/*
 * Everything due in s on today (ISO) and the days after it, oldest
 * first (ties: missed and overdue first). Returns the number of items
 * into *items (allocated, free() it; NULL when 0), or -1 when today is
 * not a valid ISO date. Titles point into s.
 */
int	 due_compute(const struct session *s, const char *today, int days,
	    struct due_item **items);
/* True for the kinds that are late (missed or overdue). */
bool	 due_is_late(enum due_kind);
/* A short translated label: "Evaluation meeting", "Missed meeting" ... */
const char *due_kind_label(enum due_kind);
/* The item's state on today, translated: "missed", "overdue",
 * "postponed" (an overdue activity so marked), "today", "this month" or
 * "coming". */
const char *due_state(const struct due_item *, const char *today);
/* What the item is, translated: the activity's title or the label. */
const char *due_what(const struct due_item *);
/* "2026-11-24", or "2026-12" for a whole month, into buf. */
void	 due_when(const struct due_item *, char buf[DATE_ISO_LEN]);
/* The one item to name first (the oldest late one, else the first to
 * come), or NULL when n is 0. */
const struct due_item *due_first(const struct due_item *, size_t n);
/* The first agreed meeting date (in date order) that no record holds,
 * whatever the day: the one a new record most likely fulfils; NULL when
 * every one is held. Points into s. */
const char *due_meeting_unheld(const struct session *s);
/* The system's date today (local time) as ISO into buf. */
void	 due_today(char buf[DATE_ISO_LEN]);

#endif
