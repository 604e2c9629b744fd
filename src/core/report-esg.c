/*
 * The ESG table as the booklet draws it (Indicator, KPI definition,
 * Target, Baseline, Year 1, ..., Comment, plus the ESRS topic), built
 * once as cells so the text, markdown and HTML reports show the same
 * columns and the same figures and differ only in how they draw them.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/adoption.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "report-private.h"

static void
esg_columns(struct report_esg *e, const char **periods, size_t n)
{
	size_t c = 0, j;

	e->n_cols = n + 5;
	e->cols = xcalloc(e->n_cols, sizeof *e->cols);
	e->cols[c].kind = REPORT_ESG_INDICATOR;
	e->cols[c++].label = _("Indicator");
	e->cols[c].kind = REPORT_ESG_KPI;
	e->cols[c++].label = _("KPI definition");
	e->cols[c].kind = REPORT_ESG_TARGET;
	e->cols[c++].label = _("Target");
	for (j = 0; j < n; j++) {
		e->cols[c].kind = REPORT_ESG_PERIOD;
		e->cols[c++].label = periods[j];
	}
	e->cols[c].kind = REPORT_ESG_COMMENT;
	e->cols[c++].label = _("Comment");
	e->cols[c].kind = REPORT_ESG_ESRS;
	e->cols[c].label = _("ESRS");
}

/* A period's figure: the value, and for a share its n and interval. */
static void
esg_figure(struct report_esg_cell *cell, const struct stats_period *p,
    bool ascii)
{
	char v[48];

	report_fmt_value(v, p, ascii);
	cell->text = xstrdup(v);
	if (*v != '\0' && p->kind == INDICATOR_PERCENT) {
		cell->n = p->n;
		report_fmt_range(cell->range, p->lo, p->hi, ascii);
	}
}

static void
esg_row(struct report_esg *e, const struct report *r, size_t i,
    const char **periods)
{
	const struct indicator *ind = &r->s->indicators[i];
	struct report_esg_cell *cells;
	bool ascii = (r->flags & REPORT_ASCII) != 0;
	char buf[64];
	size_t c;

	e->cells = xreallocarray(e->cells, (e->n_rows + 1) * e->n_cols,
	    sizeof *e->cells);
	cells = &e->cells[e->n_rows++ * e->n_cols];
	for (c = 0; c < e->n_cols; c++) {
		cells[c] = (struct report_esg_cell){ NULL, 0, "" };
		switch (e->cols[c].kind) {
		case REPORT_ESG_INDICATOR:
			/* The opposite pole is in the indicator's heading;
			 * the name alone keeps the column narrow. Not
			 * adopted is said here, as the table is copied
			 * into ESG reports on its own. */
			cells[c].text = adoption_name(ind, false);
			break;
		case REPORT_ESG_KPI:
			cells[c].text = xstrdup(ind->kpi);
			break;
		case REPORT_ESG_TARGET:
			report_fmt_target(buf, ind, ascii);
			cells[c].text = xstrdup(buf);
			break;
		case REPORT_ESG_PERIOD:
			esg_figure(&cells[c], report_period_of(&r->stats[i],
			    periods[c - 3]), ascii);
			break;
		case REPORT_ESG_COMMENT:
			cells[c].text = xstrdup(ind->comment);
			break;
		case REPORT_ESG_ESRS:
			cells[c].text = xstrdup(report_esrs(ind));
			break;
		}
	}
}

struct report_esg *
report_esg_new(const struct report *r)
{
	struct report_esg *e = xcalloc(1, sizeof *e);
	const char **periods;
	size_t n, pos = 0;
	long i;

	periods = report_periods(r, &n);
	esg_columns(e, periods, n);
	while ((i = adoption_next(r->s, &pos)) >= 0)
		esg_row(e, r, (size_t)i, periods);
	free(periods);
	return e;
}

const struct report_esg_cell *
report_esg_cell(const struct report_esg *e, size_t row, size_t col)
{
	return &e->cells[row * e->n_cols + col];
}

bool
report_esg_numeric(const struct report_esg *e, size_t col)
{
	return e->cols[col].kind == REPORT_ESG_TARGET ||
	    e->cols[col].kind == REPORT_ESG_PERIOD;
}

void
report_esg_free(struct report_esg *e)
{
	size_t i;

	if (e == NULL)
		return;
	for (i = 0; i < e->n_rows * e->n_cols; i++)
		free(e->cells[i].text);
	free(e->cells);
	free(e->cols);
	free(e);
}
