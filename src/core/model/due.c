/*
 * What is due: the rules are in b2c/due.h. Days are counted as whole
 * numbers (days since 1970-01-01, proleptic Gregorian) so that "within
 * N days" and "six months either side" are plain comparisons.
 */
#include "config.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "b2c/due.h"
#include "b2c/i18n.h"
#include "b2c/util.h"

struct due_ctx {
	const struct session *s;
	long		 today;
	int		 ty, tm;	/* today's year and month */
	long		 horizon;	/* the last day counted as coming */
	long		 created;	/* the session's first day, or LONG_MIN */
	struct due_item	*items;
	size_t		 n;
};

/* Days since 1970-01-01 of a valid date (H. Hinnant's algorithm). */
static long
due_day(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* The day number back as ISO. */
static void
due_iso(long z, char out[DATE_ISO_LEN])
{
	long era, doe, yoe, y, doy, mp, d, m;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp + (mp < 10 ? 3 : -9);
	/* Dates here are 1900..9999 (date_valid), so four digits suffice. */
	snprintf(out, DATE_ISO_LEN, "%04u-%02u-%02u",
	    (unsigned)(y + (m <= 2)) % 10000u, (unsigned)m % 100u,
	    (unsigned)d % 100u);
}

/* The day number of an ISO date into *day; false when it is not one. */
static bool
due_parse(const char *iso, long *day)
{
	int y, m, d;

	if (iso == NULL || date_split(iso, &y, &m, &d) != 0)
		return false;
	*day = due_day(y, m, d);
	return true;
}

/* The first day of month m of year y, m counted past 12 or below 1. */
static long
due_month_start(int y, int m)
{
	int k = y * 12 + (m - 1);
	int yy = k >= 0 ? k / 12 : -((-k + 11) / 12);

	return due_day(yy, k - yy * 12 + 1, 1);
}

/* The day months away from day, its day of month cut to the month's
 * length (31 January + 1 month is 28 or 29 February). */
static long
due_add_months(long day, int months)
{
	char iso[DATE_ISO_LEN];
	int y, m, d;
	long start, next;

	due_iso(day, iso);
	date_split(iso, &y, &m, &d);
	start = due_month_start(y, m + months);
	next = due_month_start(y, m + months + 1);
	return start + d - 1 < next ? start + d - 1 : next - 1;
}

static struct due_item *
due_add(struct due_ctx *c, enum due_kind kind, long day, bool whole_month,
    const char *title, size_t index)
{
	struct due_item *it;

	c->items = util_grow(c->items, c->n, sizeof *c->items);
	it = &c->items[c->n++];
	memset(it, 0, sizeof *it);
	it->kind = kind;
	due_iso(day, it->date);
	it->whole_month = whole_month;
	it->title = title != NULL ? title : "";
	it->index = index;
	return it;
}

/* True when a Del 3 record holds the planned meeting on day. */
static bool
due_meeting_held(const struct session *s, const char *planned, long day)
{
	const struct meeting *m;
	long d;
	size_t i;

	for (i = 0; i < s->n_meetings; i++) {
		m = &s->meetings[i];
		if (*m->planned != '\0') {
			/* A record that names its date holds that one only. */
			if (strcmp(m->planned, planned) == 0)
				return true;
		} else if (due_parse(m->date, &d) &&
		    labs(d - day) <= DUE_MEETING_SLACK)
			return true;
	}
	return false;
}

const char *
due_meeting_unheld(const struct session *s)
{
	const char *best = NULL;
	long d, best_day = LONG_MAX;
	size_t i;

	for (i = 0; i < s->part2.n_meeting_dates; i++)
		if (due_parse(s->part2.meeting_dates[i], &d) && d < best_day &&
		    !due_meeting_held(s, s->part2.meeting_dates[i], d)) {
			best = s->part2.meeting_dates[i];
			best_day = d;
		}
	return best;
}

static void
due_meetings(struct due_ctx *c)
{
	const struct part2 *p = &c->s->part2;
	long d, next = LONG_MAX;
	size_t i, next_i = SIZE_MAX;

	for (i = 0; i < p->n_meeting_dates; i++)
		if (due_parse(p->meeting_dates[i], &d) && d >= c->today &&
		    d < next && !due_meeting_held(c->s, p->meeting_dates[i], d)) {
			next = d;
			next_i = i;
		}
	for (i = 0; i < p->n_meeting_dates; i++) {
		if (!due_parse(p->meeting_dates[i], &d) ||
		    due_meeting_held(c->s, p->meeting_dates[i], d))
			continue;
		if (d < c->today) {
			if (d >= c->today - DUE_LOOKBACK)
				due_add(c, DUE_MEETING_MISSED, d, false, "", i);
		} else if (d <= c->horizon || i == next_i)
			due_add(c, DUE_MEETING, d, false, "", i);
	}
}

/* The short path: the concrete proposal's day, and its follow-up once
 * the day has passed (the rules are in b2c/due.h). */
static void
due_proposal(struct due_ctx *c)
{
	const struct followup *f = &c->s->followup;
	const char *when = c->s->part2.proposal.date;
	const char *what = c->s->part2.proposal.request;
	long d;

	if (f->status == STATUS_DONE || f->status == STATUS_CANCELLED)
		return;
	if (f->status == STATUS_POSTPONED && *f->date != '\0')
		when = f->date;
	if (!due_parse(when, &d))
		return;
	if (d >= c->today)
		due_add(c, DUE_PROPOSAL, d, false, what, 0);
	else if (d >= c->today - DUE_LOOKBACK)
		due_add(c, DUE_FOLLOWUP, d, false, what, 0);
}

/* True when any indicator has a measurement dated in [from, to). */
static bool
due_measured(const struct session *s, long from, long to)
{
	const struct indicator *ind;
	long d;
	size_t i, j;

	for (i = 0; i < s->n_indicators; i++) {
		ind = &s->indicators[i];
		for (j = 0; j < ind->n_measurements; j++)
			if (due_parse(ind->measurements[j].date, &d) &&
			    d >= from && d < to)
				return true;
	}
	return false;
}

static void
due_measurement(struct due_ctx *c)
{
	int month = c->s->part2.plan.month, k, y, first;
	long start, end;

	if (month < 1 || month > 12)
		return;
	/* The year whose window (M-6 .. M+6) holds today. */
	k = c->ty * 12 + (c->tm - 1) - (month - 1) + 6;
	first = k >= 0 ? k / 12 : -((-k + 11) / 12);
	for (y = first; y <= first + 1; y++) {
		start = due_month_start(y, month);
		end = due_month_start(y, month + 1);
		if (end <= c->created || due_measured(c->s,
		    due_month_start(y, month - 6), due_month_start(y, month + 6)))
			continue;
		if (c->today >= end)
			due_add(c, DUE_MEASUREMENT_OVERDUE, start, true, "", 0);
		else if (c->today >= start || start <= c->horizon)
			due_add(c, DUE_MEASUREMENT, start, true, "", 0);
	}
}

/* True when the activity's status settles its occurrence on day. */
static bool
due_settled(const struct activity *a, long day)
{
	long d;

	if (a->status != STATUS_DONE && a->status != STATUS_CANCELLED)
		return false;
	if (!due_parse(a->status_date, &d))
		return true;
	return d >= due_add_months(day, -6) && d < due_add_months(day, 6);
}

static void
due_dated(struct due_ctx *c, const struct activity *a, size_t i, long d)
{
	if (due_settled(a, d))
		return;
	if (d < c->today) {
		if (d >= c->today - DUE_LOOKBACK && d >= c->created)
			due_add(c, DUE_ACTIVITY_OVERDUE, d, false, a->title,
			    i)->status = a->status;
	} else if (d <= c->horizon ||
	    d < due_month_start(c->ty, c->tm + 1))
		due_add(c, DUE_ACTIVITY, d, false, a->title, i)->status =
		    a->status;
}

static void
due_monthly(struct due_ctx *c, const struct activity *a, size_t i)
{
	int m = a->month;
	long occ, next;

	/* The latest occurrence, this month or before it. */
	occ = due_month_start(m <= c->tm ? c->ty : c->ty - 1, m);
	if (!due_settled(a, occ) && due_month_start(m <= c->tm ? c->ty :
	    c->ty - 1, m + 1) > c->created)
		due_add(c, m == c->tm ? DUE_ACTIVITY : DUE_ACTIVITY_OVERDUE,
		    occ, true, a->title, i)->status = a->status;
	/* The next one after this month. */
	next = due_month_start(m > c->tm ? c->ty : c->ty + 1, m);
	if (next <= c->horizon && !due_settled(a, next))
		due_add(c, DUE_ACTIVITY, next, true, a->title, i);
}

static void
due_activities(struct due_ctx *c)
{
	const struct activity *a;
	long d;
	size_t i;

	for (i = 0; i < c->s->part2.n_wheel; i++) {
		a = &c->s->part2.wheel[i];
		if (due_parse(a->date, &d))
			due_dated(c, a, i, d);
		else if (a->month >= 1 && a->month <= 12)
			due_monthly(c, a, i);
	}
}

static int
due_cmp(const void *x, const void *y)
{
	const struct due_item *a = x, *b = y;
	int r = strcmp(a->date, b->date);

	if (r != 0)
		return r;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

int
due_compute(const struct session *s, const char *today, int days,
    struct due_item **items)
{
	struct due_ctx c;
	char created[DATE_ISO_LEN];
	int d;

	memset(&c, 0, sizeof c);
	c.s = s;
	if (!due_parse(today, &c.today))
		return -1;
	date_split(today, &c.ty, &c.tm, &d);
	c.horizon = c.today + (days < 0 ? 0 : days > DUE_MAX_DAYS ?
	    DUE_MAX_DAYS : days);
	snprintf(created, sizeof created, "%.10s", s->created);
	if (!due_parse(created, &c.created))
		c.created = LONG_MIN;
	if (session_small_path(s))
		due_proposal(&c);
	else {
		due_meetings(&c);
		due_measurement(&c);
		due_activities(&c);
	}
	if (c.n > 1)
		qsort(c.items, c.n, sizeof *c.items, due_cmp);
	*items = c.items;
	return (int)c.n;
}

bool
due_is_late(enum due_kind k)
{
	return k == DUE_MEETING_MISSED || k == DUE_MEASUREMENT_OVERDUE ||
	    k == DUE_ACTIVITY_OVERDUE || k == DUE_FOLLOWUP;
}

const char *
due_kind_label(enum due_kind k)
{
	switch (k) {
	case DUE_MEETING_MISSED:
		return _("Evaluation meeting without a record");
	case DUE_MEETING:
		return _("Evaluation meeting");
	case DUE_MEASUREMENT_OVERDUE:
	case DUE_MEASUREMENT:
		return _("Annual impact measurement");
	case DUE_FOLLOWUP:
		return _("Follow-up of the concrete proposal");
	case DUE_PROPOSAL:
		return _("Concrete proposal");
	case DUE_ACTIVITY_OVERDUE:
	case DUE_ACTIVITY:
		break;
	}
	return _("Activity");
}

const char *
due_state(const struct due_item *it, const char *today)
{
	if (it->kind == DUE_MEETING_MISSED)
		return _("missed");
	if (it->kind == DUE_ACTIVITY_OVERDUE && it->status == STATUS_POSTPONED)
		return _("postponed");
	if (due_is_late(it->kind))
		return _("overdue");
	if (it->whole_month && strncmp(it->date, today, 7) == 0)
		return _("this month");
	if (strcmp(it->date, today) == 0)
		return _("today");
	return _("coming");
}

const char *
due_what(const struct due_item *it)
{
	if (it->kind == DUE_ACTIVITY || it->kind == DUE_ACTIVITY_OVERDUE)
		return *it->title != '\0' ? it->title :
		    _("(untitled activity)");
	if (it->kind == DUE_PROPOSAL && *it->title != '\0')
		return it->title;
	return due_kind_label(it->kind);
}

void
due_when(const struct due_item *it, char buf[DATE_ISO_LEN])
{
	snprintf(buf, DATE_ISO_LEN, "%.*s", it->whole_month ? 7 : 10,
	    it->date);
}

const struct due_item *
due_first(const struct due_item *items, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (due_is_late(items[i].kind))
			return &items[i];
	return n > 0 ? &items[0] : NULL;
}

void
due_today(char buf[DATE_ISO_LEN])
{
	time_t now = time(NULL);
	struct tm tm;

	if (localtime_r(&now, &tm) == NULL ||
	    strftime(buf, DATE_ISO_LEN, "%Y-%m-%d", &tm) == 0)
		snprintf(buf, DATE_ISO_LEN, "1970-01-01");
}
