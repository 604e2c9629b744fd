/*
 * The ESG figures as long CSV (RFC 4180, CRLF line ends): one row per
 * indicator and period, numbers with one decimal and a dot whatever the
 * locale, text fields escaped against formula injection and controls.
 * Columns are fixed by REPORT_CSV_HEADER; systems downstream rely on them.
 * A count KPI has its count under "positive" and no respondents, percent
 * or interval.
 *
 * An indicator measured without being adopted in Del 2 has its rows after
 * the adopted ones, and "(not adopted by both parties)" after its name:
 * the header cannot grow a column, and a spreadsheet user summing or
 * charting the rows must see which figures the parties never agreed on.
 * indicator_id stays the bare id, so systems keying on it are unaffected.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "b2c/adoption.h"
#include "b2c/sanitize.h"
#include "report-private.h"

static void
csv_num(struct textbuf *b, double v)
{
	char buf[32];

	report_fmt1(buf, v);
	textbuf_adds(b, buf);
	textbuf_addc(b, ',');
}

/* The positive answers behind a single-tally figure, or -1. */
static long
csv_positive(const struct stats_period *p)
{
	size_t i;

	if (p->basis != STATS_BASIS_SINGLE)
		return -1;
	for (i = 0; i < p->n_scores; i++)
		if (p->scores[i].n > 0)
			return p->scores[i].positive;
	return -1;
}

static void
csv_row(struct textbuf *b, const struct indicator *ind,
    const struct stats_period *p, const struct measurement *m)
{
	bool count = ind->kind == INDICATOR_COUNT;
	bool has = p->basis != STATS_BASIS_NONE && !isnan(p->value);
	long pos = csv_positive(p);
	char *name;

	sanitize_csv_buf(b, ind->id);
	textbuf_addc(b, ',');
	name = adoption_name(ind, false);
	sanitize_csv_buf(b, name);
	free(name);
	textbuf_addf(b, ",%s,", session_kind_key(ind->kind));
	/* The key: the same whatever the language (period.h). */
	sanitize_csv_buf(b, m->period);
	textbuf_addc(b, ',');
	sanitize_csv_buf(b, m->date);
	textbuf_addc(b, ',');
	if (!count && has)
		textbuf_addf(b, "%ld,", p->n);
	else
		textbuf_addc(b, ',');
	if (count && has)
		textbuf_addf(b, "%.0f,", p->value);
	else if (pos >= 0)
		textbuf_addf(b, "%ld,", pos);
	else
		textbuf_addc(b, ',');
	if (!count && has) {
		csv_num(b, p->value);
		csv_num(b, p->lo);
		csv_num(b, p->hi);
	} else
		textbuf_adds(b, ",,,");
	if (ind->has_target && count)
		textbuf_addf(b, "%.0f", ind->target);
	else if (ind->has_target) {
		csv_num(b, ind->target);
		textbuf_trim(b, ',');
	}
	textbuf_adds(b, "\r\n");
}

void
report_csv(struct report *r)
{
	const struct session *s = r->s;
	size_t j, pos = 0;
	long i;

	textbuf_adds(&r->out, REPORT_CSV_HEADER "\r\n");
	while ((i = adoption_next(s, &pos)) >= 0) {
		const struct indicator *ind = &s->indicators[i];

		for (j = 0; j < r->stats[i].n_periods; j++)
			csv_row(&r->out, ind, &r->stats[i].periods[j],
			    &ind->measurements[j]);
	}
}
