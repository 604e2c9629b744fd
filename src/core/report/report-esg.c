/*
 * The ESG table as the booklet draws it (Indicator, KPI definition,
 * Target, Baseline, Year 1, ..., Comment, plus the ESRS topic), built
 * once as cells so the text, markdown and HTML reports show the same
 * columns and the same figures and differ only in how they draw them.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/adoption.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "report-private.h"

static void
esg_columns(struct report_esg *e, const char **periods, size_t n)
{
	size_t c = 0, j;

	e->n_cols = n + 9;
	e->cols = xcalloc(e->n_cols, sizeof *e->cols);
	e->cols[c].kind = REPORT_ESG_INDICATOR;
	e->cols[c++].label = _("Indicator");
	e->cols[c].kind = REPORT_ESG_KPI;
	e->cols[c++].label = _("KPI definition");
	e->cols[c].kind = REPORT_ESG_TARGET;
	e->cols[c++].label = _("Target");
	e->cols[c].kind = REPORT_ESG_TARGET_YEAR;
	e->cols[c++].label = _("Target year");
	e->cols[c].kind = REPORT_ESG_BASE;
	e->cols[c++].label = _("Base period");
	for (j = 0; j < n; j++) {
		e->cols[c].kind = REPORT_ESG_PERIOD;
		e->cols[c++].label = periods[j];
	}
	e->cols[c].kind = REPORT_ESG_CHANGE;
	e->cols[c++].label = _("Change since base");
	e->cols[c].kind = REPORT_ESG_STATUS;
	e->cols[c++].label = _("Status");
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
		case REPORT_ESG_TARGET_YEAR:
			cells[c].text = ind->target_year != 0 ? xasprintf("%d",
			    ind->target_year) : xstrdup("");
			break;
		case REPORT_ESG_BASE:
			cells[c].text = report_base_text(&r->stats[i]);
			break;
		case REPORT_ESG_PERIOD:
			esg_figure(&cells[c], report_period_of(&r->stats[i],
			    periods[c - 5]), ascii);
			break;
		case REPORT_ESG_CHANGE:
			cells[c].text = report_change_cell(&r->stats[i], ascii);
			break;
		case REPORT_ESG_STATUS:
			cells[c].text = report_status_text(&r->stats[i], ascii);
			break;
		case REPORT_ESG_COMMENT:
			cells[c].text = xstrdup(ind->comment);
			break;
		case REPORT_ESG_ESRS:
			cells[c].text = xstrdup(report_esrs(ind));
			break;
		default:
			cells[c].text = xstrdup("");
			break;
		}
	}
}

/* True when no row has anything in the column. */
static bool
esg_column_empty(const struct report_esg *e, size_t col)
{
	size_t row;

	for (row = 0; row < e->n_rows; row++)
		if (*e->cells[row * e->n_cols + col].text != '\0')
			return false;
	return true;
}

/* Drops the target year and the change when no indicator has one, so
 * a partnership without them keeps the booklet's table. */
static void
esg_drop_empty(struct report_esg *e)
{
	size_t col = 0, row, k;

	while (col < e->n_cols) {
		if ((e->cols[col].kind != REPORT_ESG_TARGET_YEAR &&
		    e->cols[col].kind != REPORT_ESG_CHANGE) ||
		    !esg_column_empty(e, col)) {
			col++;
			continue;
		}
		for (row = 0; row < e->n_rows; row++)
			free(e->cells[row * e->n_cols + col].text);
		/* Close the gap: cells are row-major, n_cols wide. */
		for (k = 0, row = 0; row < e->n_rows * e->n_cols; row++)
			if (row % e->n_cols != col)
				e->cells[k++] = e->cells[row];
		memmove(&e->cols[col], &e->cols[col + 1],
		    (e->n_cols - col - 1) * sizeof *e->cols);
		e->n_cols--;
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
	esg_drop_empty(e);
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
	    e->cols[col].kind == REPORT_ESG_TARGET_YEAR ||
	    e->cols[col].kind == REPORT_ESG_PERIOD ||
	    e->cols[col].kind == REPORT_ESG_CHANGE ||
	    e->cols[col].kind == REPORT_ESG_FIGURE;
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
