/*
 * The iCalendar export (b2c/calendar.h). Built as logical lines, then
 * folded: RFC 5545 section 3.1 wants lines of at most 75 octets, ended
 * by CRLF, continued by CRLF and a space, never cutting a UTF-8
 * character; text values escape backslash, semicolon, comma and
 * newlines (section 3.3.11).
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/calendar.h"
#include "b2c/date.h"
#include "b2c/i18n.h"
#include "b2c/textbuf.h"
#include "b2c/util.h"
#include "report-private.h"

#define ICS_FOLD 75	/* octets in a line, CRLF not counted */

/* Appends one logical line, folded, ending in CRLF. */
static void
ics_line(struct textbuf *out, const char *line)
{
	size_t len = strlen(line), i = 0, n, room = ICS_FOLD;

	while (len - i > room) {
		n = room;
		/* Back to the start of a UTF-8 character. */
		while (n > 0 && ((unsigned char)line[i + n] & 0xc0) == 0x80)
			n--;
		textbuf_add(out, line + i, n);
		textbuf_adds(out, "\r\n ");
		i += n;
		room = ICS_FOLD - 1;	/* the space counts */
	}
	textbuf_add(out, line + i, len - i);
	textbuf_adds(out, "\r\n");
}

/* A TEXT value, escaped; control characters other than newline dropped. */
static char *
ics_text(const char *s)
{
	struct textbuf b;

	textbuf_init(&b);
	for (; *s != '\0'; s++) {
		if (*s == '\\' || *s == ';' || *s == ',') {
			textbuf_addc(&b, '\\');
			textbuf_addc(&b, *s);
		} else if (*s == '\n')
			textbuf_adds(&b, "\\n");
		else if ((unsigned char)*s >= 0x20 && *s != 0x7f)
			textbuf_addc(&b, *s);
	}
	return textbuf_detach(&b);
}

/* NAME:escaped text, as one folded line. */
static void
ics_prop(struct textbuf *out, const char *name, const char *text)
{
	char *esc = ics_text(text), *line = xasprintf("%s:%s", name, esc);

	ics_line(out, line);
	free(line);
	free(esc);
}

/* 32-bit FNV-1a, for UIDs that do not depend on list positions. */
static uint32_t
ics_hash(const char *s, uint32_t h)
{
	for (; *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 16777619u;
	}
	return h;
}

struct ics {
	struct textbuf	 out;
	const struct session *s;
	char		 stamp[17];	/* 20261120T140500Z */
	uint32_t	 sid;		/* the session's identity */
};

/* One all-day event from start to end (YYYYMMDD, end exclusive). */
static void
ics_event(struct ics *c, const char *uid, const char *start, const char *end,
    bool yearly, const char *summary, const char *description)
{
	char *line;

	ics_line(&c->out, "BEGIN:VEVENT");
	line = xasprintf("UID:%s-%08x@b2c", uid, (unsigned)c->sid);
	ics_line(&c->out, line);
	free(line);
	line = xasprintf("DTSTAMP:%s", c->stamp);
	ics_line(&c->out, line);
	free(line);
	line = xasprintf("DTSTART;VALUE=DATE:%s", start);
	ics_line(&c->out, line);
	free(line);
	line = xasprintf("DTEND;VALUE=DATE:%s", end);
	ics_line(&c->out, line);
	free(line);
	if (yearly)
		ics_line(&c->out, "RRULE:FREQ=YEARLY");
	ics_prop(&c->out, "SUMMARY", summary);
	if (*description != '\0')
		ics_prop(&c->out, "DESCRIPTION", description);
	ics_line(&c->out, "TRANSP:TRANSPARENT");
	ics_line(&c->out, "END:VEVENT");
}

/* y-m-d as YYYYMMDD, and the day after it (or the month after it). */
static void
ics_span(int y, int m, int d, bool month, char start[9], char end[9])
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	int last = days[m - 1] + (m == 2 && date_valid(y, 2, 29));

	snprintf(start, 9, "%04u%02u%02u", (unsigned)y % 10000u,
	    (unsigned)m % 100u, (unsigned)d % 100u);
	if (month || d == last) {
		d = 1;
		if (++m > 12) {
			m = 1;
			y++;
		}
	} else
		d++;
	snprintf(end, 9, "%04u%02u%02u", (unsigned)y % 10000u,
	    (unsigned)m % 100u, (unsigned)d % 100u);
}

/* The year a monthly item first falls in: the session's first year, or
 * the next when the month had passed when it was created. */
static int
ics_first_year(const struct session *s, int month)
{
	int y, m, d;
	char created[DATE_ISO_LEN];

	snprintf(created, sizeof created, "%.10s", s->created);
	if (date_split(created, &y, &m, &d) != 0)
		return 2000;
	return month < m ? y + 1 : y;
}

static void
ics_meetings(struct ics *c)
{
	const struct part2 *p = &c->s->part2;
	char start[9], end[9], *uid, *summary;
	int y, m, d;
	size_t i;

	for (i = 0; i < p->n_meeting_dates; i++) {
		if (date_split(p->meeting_dates[i], &y, &m, &d) != 0)
			continue;
		ics_span(y, m, d, false, start, end);
		uid = xasprintf("meeting-%s", start);
		summary = xasprintf("%s: %s", _("Evaluation meeting"),
		    *c->s->title != '\0' ? c->s->title : _("(untitled)"));
		ics_event(c, uid, start, end, false, summary,
		    _("Evaluation meeting with all partners (Part 3)."));
		free(summary);
		free(uid);
	}
}

/* "Ansvarlig: Bo-Vest. Roller: ..." for an activity. */
static char *
ics_activity_text(const struct session *s, const struct activity *a)
{
	struct textbuf b;
	const char *who = report_responsible(s, a);

	textbuf_init(&b);
	if (*who != '\0')
		textbuf_addf(&b, _("Responsible: %s."), who);
	if (*a->role != '\0')
		textbuf_addf(&b, "%s%s %s", b.len > 0 ? "\n" : "",
		    _("Roles:"), a->role);
	if (*s->title != '\0')
		textbuf_addf(&b, "%s%s", b.len > 0 ? "\n" : "", s->title);
	return textbuf_detach(&b);
}

static void
ics_activities(struct ics *c)
{
	const struct part2 *p = &c->s->part2;
	const struct activity *a;
	char start[9], end[9], *uid, *text;
	uint32_t h;
	size_t i, j, same;
	int y, m, d;

	for (i = 0; i < p->n_wheel; i++) {
		a = &p->wheel[i];
		if (date_split(a->date, &y, &m, &d) == 0)
			ics_span(y, m, d, false, start, end);
		else if (a->month >= 1 && a->month <= 12)
			ics_span(ics_first_year(c->s, a->month), a->month, 1,
			    true, start, end);
		else
			continue;
		/* By title, and which of the same title it is. */
		h = ics_hash(a->title, 2166136261u);
		for (same = 0, j = 0; j < i; j++)
			same += strcmp(p->wheel[j].title, a->title) == 0;
		uid = xasprintf("activity-%08x-%zu", (unsigned)h, same);
		text = ics_activity_text(c->s, a);
		ics_event(c, uid, start, end, *a->date == '\0',
		    *a->title != '\0' ? a->title : _("(untitled activity)"),
		    text);
		free(text);
		free(uid);
	}
}

static void
ics_measurement(struct ics *c)
{
	const struct measurement_plan *pl = &c->s->part2.plan;
	char start[9], end[9];

	if (pl->month < 1 || pl->month > 12)
		return;
	ics_span(ics_first_year(c->s, pl->month), pl->month, 1, true, start,
	    end);
	ics_event(c, "measurement", start, end, true,
	    _("Annual impact measurement"), pl->scope);
}

/* The short path's one day: the concrete proposal's (or the new date
 * of a postponed one), with what is offered and whom to reach. */
static void
ics_proposal(struct ics *c)
{
	const struct proposal *p = &c->s->part2.proposal;
	const struct followup *f = &c->s->followup;
	const char *when = p->date;
	const char *parts[] = { p->contact, p->role, p->reach };
	char start[9], end[9], *summary, *desc, *who_s;
	struct textbuf who;
	int y, m, d, i;

	if (f->status == STATUS_CANCELLED)
		return;
	if (f->status == STATUS_POSTPONED && *f->date != '\0')
		when = f->date;
	if (date_split(when, &y, &m, &d) != 0)
		return;
	ics_span(y, m, d, false, start, end);
	summary = xasprintf("%s: %s", _("Concrete proposal"),
	    *c->s->title != '\0' ? c->s->title : _("(untitled)"));
	textbuf_init(&who);
	for (i = 0; i < 3; i++)
		if (*parts[i] != '\0')
			textbuf_addf(&who, "%s%s", who.len > 0 ? ", " : "",
			    parts[i]);
	who_s = textbuf_detach(&who);
	/* TRANSLATORS: what the housing organisation asks for, offers in
	 * return, and whom the company reaches (name, role, phone or
	 * e-mail). */
	desc = xasprintf(_("Asked for: %s\nOffered in return: %s\n"
	    "Contact: %s"), p->request, p->offer, who_s);
	ics_event(c, "proposal", start, end, false, summary, desc);
	free(who_s);
	free(desc);
	free(summary);
}

char *
calendar_ics(const struct session *s, const char *stamp, size_t *len)
{
	struct ics c;
	char *name;

	memset(&c, 0, sizeof c);
	c.s = s;
	/* 2026-11-20T14:05:00Z -> 20261120T140500Z */
	snprintf(c.stamp, sizeof c.stamp, "%.4s%.2s%.2sT%.2s%.2s%.2sZ",
	    stamp, stamp + 5, stamp + 8, stamp + 11, stamp + 14, stamp + 17);
	c.sid = ics_hash(*s->created != '\0' ? s->created : s->title,
	    2166136261u);
	textbuf_init(&c.out);
	ics_line(&c.out, "BEGIN:VCALENDAR");
	ics_line(&c.out, "VERSION:2.0");
	ics_line(&c.out, "PRODID:-//b2c//b2c " PACKAGE_VERSION "//EN");
	ics_line(&c.out, "CALSCALE:GREGORIAN");
	ics_line(&c.out, "METHOD:PUBLISH");
	name = xstrdup(*s->title != '\0' ? s->title : _("(untitled)"));
	ics_prop(&c.out, "X-WR-CALNAME", name);
	free(name);
	if (session_small_path(s))
		ics_proposal(&c);	/* all the short path plans */
	else {
		ics_meetings(&c);
		ics_activities(&c);
		ics_measurement(&c);
	}
	ics_line(&c.out, "END:VCALENDAR");
	*len = c.out.len;
	return textbuf_detach(&c.out);
}
