/*
 * Starting a new year: the årshjul, the meeting dates and the
 * measurement periods carried forward (rules in b2c/newyear.h).
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "b2c/date.h"
#include "b2c/i18n.h"
#include "b2c/newyear.h"
#include "b2c/period.h"
#include "b2c/util.h"

/* The year of an ISO date, 0 when there is none. */
static int
newyear_of(const char *iso)
{
	int y, m, d;

	return date_split(iso, &y, &m, &d) == 0 ? y : 0;
}

/* The latest year something was marked done, postponed or cancelled
 * or a meeting was held; 0 when nothing was. */
static int
newyear_marked(const struct session *s)
{
	const struct part2 *p = &s->part2;
	const struct action_state *st;
	size_t i;
	int y, latest = 0;

	for (i = 0; i < p->n_wheel; i++)
		if ((y = newyear_of(p->wheel[i].status_date)) > latest)
			latest = y;
	for (i = 0; i < p->n_actions; i++)
		if ((st = session_action_state(p, i)) != NULL &&
		    (y = newyear_of(st->date)) > latest)
			latest = y;
	for (i = 0; i < s->n_meetings; i++)
		if ((y = newyear_of(s->meetings[i].date)) > latest)
			latest = y;
	return latest;
}

int
newyear_next(const struct session *s)
{
	const struct part2 *p = &s->part2;
	size_t i;
	int y, latest = newyear_marked(s);

	if (latest > 0)
		return latest + 1;
	for (i = 0; i < p->n_wheel; i++)
		if ((y = newyear_of(p->wheel[i].date)) > latest)
			latest = y;
	for (i = 0; i < p->n_meeting_dates; i++)
		if ((y = newyear_of(p->meeting_dates[i])) > latest)
			latest = y;
	return latest > 0 ? latest + 1 : 0;
}

/* iso moved to year, its day kept (29 February becomes the 28th). */
static void
newyear_move(const char *iso, int year, char out[DATE_ISO_LEN])
{
	int y, m, d;

	if (date_split(iso, &y, &m, &d) != 0) {
		out[0] = '\0';
		return;
	}
	if (!date_valid(year, m, d))
		d = 28;
	snprintf(out, DATE_ISO_LEN, "%04d-%02d-%02d", year, m, d);
}

/* True when the wheel already holds this title on this date. */
static bool
newyear_has(const struct part2 *p, const char *title, const char *date)
{
	size_t i;

	for (i = 0; i < p->n_wheel; i++)
		if (strcmp(p->wheel[i].date, date) == 0 &&
		    strcmp(p->wheel[i].title, title) == 0)
			return true;
	return false;
}

/* True when a dated activity is the record of one with a month: that
 * one recurs by itself, so its record is not carried forward. */
static bool
newyear_is_record(const struct part2 *p, const struct activity *a)
{
	size_t i;
	int y, m, d;

	if (date_split(a->date, &y, &m, &d) != 0)
		return false;
	for (i = 0; i < p->n_wheel; i++)
		if (*p->wheel[i].date == '\0' && p->wheel[i].month != 0 &&
		    strcmp(p->wheel[i].title, a->title) == 0)
			return true;
	return false;
}

/* A copy of activity i (a new id); pointers into the wheel move. */
static struct activity *
newyear_copy(struct part2 *p, size_t i)
{
	struct activity *a = session_add_activity(p);
	const struct activity *b = &p->wheel[i];

	a->month = b->month;
	a->responsible = b->responsible;
	a->status = b->status;
	session_set_str(&a->date, b->date);
	session_set_str(&a->title, b->title);
	session_set_str(&a->role, b->role);
	session_set_str(&a->status_date, b->status_date);
	session_set_str(&a->status_note, b->status_note);
	return a;
}

/* Activity i dated in prev: a planned copy a year later. */
static size_t
newyear_dated(struct part2 *p, size_t i, int year)
{
	char when[DATE_ISO_LEN];
	struct activity *a;

	newyear_move(p->wheel[i].date, year, when);
	if (newyear_has(p, p->wheel[i].title, when))
		return 0;
	a = newyear_copy(p, i);
	session_set_str(&a->date, when);
	a->status = STATUS_PLANNED;
	session_set_str(&a->status_date, "");
	session_set_str(&a->status_note, "");
	return 1;
}

/* Activity i with a month, marked in prev: the marking kept as prev's
 * dated record, the activity itself planned again. */
static size_t
newyear_monthly(struct part2 *p, size_t i, int prev)
{
	struct activity *rec, *a;
	char when[DATE_ISO_LEN];
	int sy = newyear_of(p->wheel[i].status_date);

	if (sy != prev && (sy != 0 || p->wheel[i].status == STATUS_PLANNED))
		return 0;
	if (sy == prev)
		snprintf(when, sizeof when, "%s", p->wheel[i].status_date);
	else
		snprintf(when, sizeof when, "%04d-%02d-01", prev,
		    p->wheel[i].month);
	rec = newyear_copy(p, i);
	rec->month = 0;
	session_set_str(&rec->date, when);
	a = &p->wheel[i];
	a->status = STATUS_PLANNED;
	session_set_str(&a->status_date, "");
	session_set_str(&a->status_note, "");
	return 1;
}

static size_t
newyear_wheel(struct part2 *p, int year)
{
	size_t i, n = p->n_wheel, added = 0;

	for (i = 0; i < n; i++) {
		if (*p->wheel[i].date != '\0') {
			if (newyear_of(p->wheel[i].date) == year - 1 &&
			    !newyear_is_record(p, &p->wheel[i]))
				added += newyear_dated(p, i, year);
		} else if (p->wheel[i].month >= 1 && p->wheel[i].month <= 12)
			added += newyear_monthly(p, i, year - 1);
	}
	return added;
}

static size_t
newyear_meetings(struct part2 *p, int year)
{
	char when[DATE_ISO_LEN];
	size_t i, j, n = p->n_meeting_dates, added = 0;

	for (i = 0; i < n; i++) {
		if (newyear_of(p->meeting_dates[i]) != year - 1)
			continue;
		newyear_move(p->meeting_dates[i], year, when);
		for (j = 0; j < p->n_meeting_dates; j++)
			if (strcmp(p->meeting_dates[j], when) == 0)
				break;
		if (j == p->n_meeting_dates) {
			session_add_meeting_date(p, when);
			added++;
		}
	}
	return added;
}

/* The period after an indicator's latest measured one; none when never
 * measured or measured only in periods of the users' own naming. */
static size_t
newyear_period(struct indicator *ind)
{
	char key[32];
	size_t i;
	int k, latest = -1;

	for (i = 0; i < ind->n_measurements; i++) {
		const struct measurement *m = &ind->measurements[i];

		/* A period added and not measured yet is not the latest. */
		if (!m->has_count && m->n_tallies == 0 && *m->date == '\0')
			continue;
		if ((k = period_year(m->period)) > latest)
			latest = k;
	}
	if (latest < 0 || latest >= PERIOD_MAX_YEAR)
		return 0;
	snprintf(key, sizeof key, "year %d", latest + 1);
	if (session_find_measurement(ind, key) != NULL)
		return 0;
	session_add_measurement(ind, key);
	return 1;
}

int
newyear_start(struct session *s, int year, struct newyear_summary *sum,
    char **cause)
{
	size_t i;

	memset(sum, 0, sizeof *sum);
	if (year < 1901 || year > 9999) {
		*cause = xasprintf(_("%d is not a year to start (1901 to "
		    "9999)"), year);
		return -1;
	}
	sum->activities = newyear_wheel(&s->part2, year);
	sum->meeting_dates = newyear_meetings(&s->part2, year);
	for (i = 0; i < s->n_indicators; i++)
		if (s->indicators[i].adopted)
			sum->periods += newyear_period(&s->indicators[i]);
	return 0;
}
