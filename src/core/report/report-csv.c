/*
 * The ESG figures as long CSV (RFC 4180, CRLF line ends): one row per
 * indicator and period, text fields escaped against formula injection and
 * controls. Columns are fixed by REPORT_CSV_HEADER; systems downstream
 * rely on them, so new columns only ever go at the end. merge_conflicts
 * counts the conflicts b2c merge left undecided in the session. Two dialects:
 * for programs, commas and numbers with a dot whatever the locale; for a
 * double-click in Danish Excel, semicolons, decimal commas and a UTF-8
 * byte order mark.
 *
 * A count KPI has its count under "value" and no respondents, percent or
 * interval. Keys in "verdict" and "target_status" are stable English
 * words, not translations. partnership, company and area tell the
 * sessions apart when several files' rows are stacked.
 *
 * An indicator measured without being adopted in Del 2 has its rows after
 * the adopted ones, and "(not adopted by both parties)" after its name:
 * a spreadsheet user summing or charting the rows must see which figures
 * the parties never agreed on. indicator_id stays the bare id.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/adoption.h"
#include "b2c/sanitize.h"
#include "report-private.h"

/* The row being written: where it goes and in which dialect. */
struct csv {
	struct textbuf *b;
	char	 sep;		/* ',' or ';' */
	bool	 comma;		/* decimal comma */
};

static void
csv_sep(struct csv *c)
{
	textbuf_addc(c->b, c->sep);
}

/* A number with one decimal, then the separator; nothing when NAN. */
static void
csv_num(struct csv *c, double v)
{
	char buf[32], *p;

	report_fmt1(buf, v);
	if (c->comma && (p = strchr(buf, '.')) != NULL)
		*p = ',';
	textbuf_adds(c->b, buf);
	csv_sep(c);
}

static void
csv_text(struct csv *c, const char *text)
{
	sanitize_csv_buf(c->b, text);
	csv_sep(c);
}

static void
csv_long(struct csv *c, bool has, long v)
{
	if (has)
		textbuf_addf(c->b, "%ld", v);
	csv_sep(c);
}

static const char *
csv_verdict_key(enum stats_verdict v)
{
	static const char *const keys[STATS_VERDICT_COUNT] = { "",
	    "increase", "decrease", "no_detectable_change", "unchanged" };

	return (unsigned)v < STATS_VERDICT_COUNT ? keys[v] : "";
}

static const char *
csv_target_key(enum stats_target t)
{
	static const char *const keys[STATS_TARGET_COUNT] = { "", "met",
	    "not_met", "below_interval", "met_not_certain" };

	return (unsigned)t < STATS_TARGET_COUNT ? keys[t] : "";
}

/* The original columns, up to and including target. */
static void
csv_figures(struct csv *c, const struct indicator *ind,
    const struct stats_period *p, const struct measurement *m)
{
	bool count = ind->kind == INDICATOR_COUNT;
	bool has = p->basis != STATS_BASIS_NONE && !isnan(p->value);
	long pos = stats_period_positive(p);
	char *name;

	csv_text(c, ind->id);
	name = adoption_name(ind, false);
	csv_text(c, name);
	free(name);
	csv_text(c, session_kind_key(ind->kind));
	/* The key: the same whatever the language (period.h). */
	csv_text(c, m->period);
	csv_text(c, m->date);
	csv_long(c, !count && has, p->n);
	csv_long(c, !count && pos >= 0, pos);
	if (!count && has) {
		csv_num(c, p->value);
		csv_num(c, p->lo);
		csv_num(c, p->hi);
	} else {
		csv_sep(c);
		csv_sep(c);
		csv_sep(c);
	}
	if (ind->has_target && count)
		csv_long(c, true, (long)ind->target);
	else if (ind->has_target)
		csv_num(c, ind->target);
	else
		csv_sep(c);
}

/* The columns added later: value, unit, target year, the answers left
 * out, the change since the base, verdict, status, whose figures. */
static void
csv_more(struct csv *c, const struct session *s,
    const struct stats_indicator *si, size_t j)
{
	const struct indicator *ind = si->indicator;
	const struct stats_period *p = &si->periods[j];
	const struct stats_change *ch = &si->vs_baseline[j];
	bool count = ind->kind == INDICATOR_COUNT;
	bool has = p->basis != STATS_BASIS_NONE && !isnan(p->value);

	csv_long(c, count && has, (long)p->value);
	csv_text(c, count ? "number" : "%");
	csv_long(c, ind->target_year != 0, ind->target_year);
	csv_long(c, !count, p->dont_know);
	csv_long(c, !count, p->blank);
	if (ch->verdict != STATS_VERDICT_NONE && count)
		csv_long(c, true, (long)ch->diff);
	else if (ch->verdict != STATS_VERDICT_NONE)
		csv_num(c, ch->diff);
	else
		csv_sep(c);
	if (ch->verdict != STATS_VERDICT_NONE && !count) {
		csv_num(c, ch->lo);
		csv_num(c, ch->hi);
	} else {
		csv_sep(c);
		csv_sep(c);
	}
	csv_text(c, csv_verdict_key(ch->verdict));
	csv_text(c, csv_target_key(p->target));
	csv_text(c, s->title);
	csv_text(c, s->parties[PARTY_COMPANY].name);
	csv_text(c, s->area);
	/* Not 0: b2c merge left conflicts, and the figures are this
	 * version's until they are decided. */
	textbuf_addf(c->b, "%zu\r\n", s->n_conflicts);
}

void
report_csv_row(struct textbuf *b, bool excel, const struct session *s,
    const struct stats_indicator *si, size_t j)
{
	struct csv c = { b, excel ? ';' : ',', excel };

	csv_figures(&c, si->indicator, &si->periods[j],
	    &si->indicator->measurements[j]);
	csv_more(&c, s, si, j);
}

/*
 * A row of counts or amounts (the ledger's, planned against done): what
 * is counted in indicator_id, whose in indicator_name, the row's kind,
 * the year as period and the amount in value; the columns of survey
 * figures stay empty. A spreadsheet filtering on kind keeps them apart.
 */
static void
csv_count_row(struct csv *c, const struct session *s, const char *id,
    const char *name, const char *kind, const char *period,
    const char *unit, double amount)
{
	int k;

	csv_text(c, id);
	csv_text(c, name);
	csv_text(c, kind);
	csv_text(c, period);
	for (k = 0; k < 7; k++)	/* date .. target */
		csv_sep(c);
	if (amount == (double)(long)amount)
		csv_long(c, true, (long)amount);
	else
		csv_num(c, amount);
	csv_text(c, unit);
	for (k = 0; k < 8; k++)	/* target_year .. target_status */
		csv_sep(c);
	csv_text(c, s->title);
	csv_text(c, s->parties[PARTY_COMPANY].name);
	csv_text(c, s->area);
	textbuf_addf(c->b, "%zu\r\n", s->n_conflicts);
}

/*
 * One row of the inputs and outputs ledger: what a party put in or what
 * came of it in a year, under kind "input" or "output", its measure in
 * indicator_id ("input:hours" ...), the party in indicator_name.
 */
static void
csv_ledger_row(struct csv *c, const struct session *s,
    const struct ledger_entry *e, const char *measure, const char *unit,
    double amount)
{
	char year[16];

	snprintf(year, sizeof year, "%d", e->year);
	csv_count_row(c, s, measure, s->parties[e->party].name,
	    strncmp(measure, "input:", 6) == 0 ? "input" : "output", year,
	    unit, amount);
}

/* The ledger's rows, entry by entry; a measure not given has none. */
static void
csv_ledger_rows(struct csv *c, const struct session *s)
{
	const struct ledger_entry *e;
	size_t i;

	for (i = 0; i < s->n_ledger; i++) {
		e = &s->ledger[i];
		if ((unsigned)e->party >= PARTY_COUNT)
			continue;
		if (e->hours > 0)
			csv_ledger_row(c, s, e, "input:hours", "hours",
			    e->hours);
		if (e->cash > 0)
			csv_ledger_row(c, s, e, "input:cash", "DKK", e->cash);
		if (e->in_kind > 0)
			csv_ledger_row(c, s, e, "input:in_kind", "DKK",
			    e->in_kind);
		if (e->management > 0)
			csv_ledger_row(c, s, e, "input:management", "DKK",
			    e->management);
		if (e->events > 0)
			csv_ledger_row(c, s, e, "output:events", "number",
			    (double)e->events);
		if (e->participants > 0)
			csv_ledger_row(c, s, e, "output:participants",
			    "number", (double)e->participants);
	}
}

/*
 * Planned against done: per year, how many of the agreed actions and the
 * årshjul's activities stand at each status, under kind "status" with
 * the status in indicator_id ("status:done" ...) and the year as period
 * (empty: not yet dated). None while nothing is marked beyond planned.
 */
static void
csv_status_rows(struct csv *c, const struct session *s)
{
	static const char *const ids[] = { "status:planned", "status:done",
	    "status:postponed", "status:cancelled" };
	struct report_status_year *ys;
	char year[16];
	size_t i, n, k;

	if ((ys = report_status_years(&s->part2, &n)) == NULL)
		return;
	for (i = 0; i < n; i++) {
		if (ys[i].year != 0)
			snprintf(year, sizeof year, "%d", ys[i].year);
		else
			year[0] = '\0';
		for (k = 0; k < 4; k++)
			csv_count_row(c, s, ids[k], "actions_and_activities",
			    "status", year, "number", (double)ys[i].n[k]);
	}
	free(ys);
}

void
report_csv_rows(struct report *r, bool excel)
{
	const struct session *s = r->s;
	struct csv c = { &r->out, excel ? ';' : ',', excel };
	size_t j, pos = 0;
	long i;

	while ((i = adoption_next(s, &pos)) >= 0)
		for (j = 0; j < r->stats[i].n_periods; j++) {
			report_csv_row(&r->out, excel, s, &r->stats[i], j);
			report_drain(r);
		}
	csv_ledger_rows(&c, s);
	csv_status_rows(&c, s);
}

void
report_csv_header(struct textbuf *b, bool excel)
{
	const char *p;

	if (excel)
		textbuf_adds(b, "\xef\xbb\xbf");
	for (p = REPORT_CSV_HEADER; *p != '\0'; p++)
		textbuf_addc(b, *p == ',' && excel ? ';' : *p);
	textbuf_adds(b, "\r\n");
}

void
report_csv(struct report *r, bool excel)
{
	report_csv_header(&r->out, excel);
	report_csv_rows(r, excel);
}
