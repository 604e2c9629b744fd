/*
 * The report over several partnerships (a portfolio, portfolio.h): per
 * indicator one table with a row per partnership and period and a pooled
 * row per period, then how the pools were made and the audit trail of
 * every file; the same cells in text, markdown and HTML (through the
 * renderers' table operation). The CSV is every session's rows under one
 * header, then the pooled rows, marked "(pooled)" in the partnership
 * column.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/overview.h"
#include "b2c/period.h"
#include "portfolio.h"
#include "b2c/util.h"
#include "report-private.h"

/* What the CSV's partnership column holds on a pooled row: a key for
 * programs, the same in every language. */
#define PORTFOLIO_CSV_MARK	"(pooled)"

/* The portfolio table's columns. */
enum pf_col {
	PF_PARTNERSHIP, PF_COMPANY, PF_AREA, PF_PERIOD, PF_N, PF_VALUE,
	PF_CI, PF_CHANGE, PF_COLS
};

#define ASCII(r)	(((r)->flags & REPORT_ASCII) != 0)

/* The columns of a share's table; a count has no n or interval. */
static bool
pf_shown(enum pf_col c, bool count)
{
	return !count || (c != PF_N && c != PF_CI);
}

static void
pf_columns(struct report_esg *e, bool count)
{
	static const enum report_esg_kind kinds[PF_COLS] = {
		REPORT_ESG_INDICATOR, REPORT_ESG_WHO, REPORT_ESG_WHO,
		REPORT_ESG_INDICATOR, REPORT_ESG_FIGURE, REPORT_ESG_FIGURE,
		REPORT_ESG_FIGURE, REPORT_ESG_CHANGE
	};
	const char *labels[PF_COLS];
	size_t c;

	labels[PF_PARTNERSHIP] = _("Partnership");
	labels[PF_COMPANY] = _("Company");
	labels[PF_AREA] = _("Area");
	labels[PF_PERIOD] = _("Period");
	labels[PF_N] = "n";
	labels[PF_VALUE] = count ? _("Count") : _("Share");
	/* xgettext:no-c-format */
	labels[PF_CI] = _("95% confidence interval");
	labels[PF_CHANGE] = _("Change since base");
	e->cols = xcalloc(PF_COLS, sizeof *e->cols);
	for (c = 0; c < PF_COLS; c++) {
		if (!pf_shown(c, count))
			continue;
		e->cols[e->n_cols].kind = kinds[c];
		e->cols[e->n_cols++].label = labels[c];
	}
}

/* Adds a row of the cells shown out of all PF_COLS (taken over). */
static void
pf_add_row(struct report_esg *e, struct report_esg_cell *all, bool count)
{
	struct report_esg_cell *cells;
	size_t c, k = 0;

	e->cells = xreallocarray(e->cells, (e->n_rows + 1) * e->n_cols,
	    sizeof *e->cells);
	cells = &e->cells[e->n_rows++ * e->n_cols];
	for (c = 0; c < PF_COLS; c++) {
		if (pf_shown(c, count))
			cells[k++] = all[c];
		else
			free(all[c].text);
	}
}

/* "+2,0 pp (−11,5 to +15,4)", "+5" for a count, "" when none. */
static char *
pf_change_text(const struct stats_change *c, bool count, bool ascii)
{
	char d[40], lo[40], hi[40];

	if (c->verdict == STATS_VERDICT_NONE)
		return xstrdup("");
	report_fmt_signed(d, c->diff, count, ascii);
	if (count || isnan(c->lo))
		return xstrdup(d);
	report_fmt_signed(lo, c->lo, false, ascii);
	report_fmt_signed(hi, c->hi, false, ascii);
	return xasprintf(_("%s pp (%s to %s)"), d, lo, hi);
}

/* The figure's cells: n, value, interval, change. */
static void
pf_figure(struct report_esg_cell *cells, const struct stats_period *p,
    const struct stats_change *change, bool ascii)
{
	bool share = p->kind == INDICATOR_PERCENT &&
	    p->basis != STATS_BASIS_NONE && !isnan(p->value);
	char buf[64];

	buf[0] = '\0';
	if (share)
		report_fmt_count(buf, (double)p->n);
	cells[PF_N].text = xstrdup(buf);
	report_fmt_value(buf, p, ascii);
	cells[PF_VALUE].text = xstrdup(buf);
	buf[0] = '\0';
	if (share)
		report_fmt_range(buf, p->lo, p->hi, ascii);
	cells[PF_CI].text = xstrdup(buf);
	cells[PF_CHANGE].text = pf_change_text(change,
	    p->kind == INDICATOR_COUNT, ascii);
}

/* "Baseline (2025)": the period and the year it was measured in. */
static char *
pf_period_text(const char *key, const char *date)
{
	int y = 0;

	if (strlen(date) >= 4 && sscanf(date, "%4d", &y) == 1 && y > 0)
		return xasprintf("%s (%d)", period_label(key), y);
	return xstrdup(period_label(key));
}

/* A partnership's row of a period. */
static void
pf_entry_row(struct report_esg *e, const struct portfolio *pf,
    const struct portfolio_entry *en, bool ascii)
{
	const struct session *s = pf->sessions[en->session];
	struct report_esg_cell cells[PF_COLS] = { { NULL, 0, "" } };

	cells[PF_PARTNERSHIP].text = xstrdup(*s->title != '\0' ? s->title :
	    _("Untitled session"));
	cells[PF_COMPANY].text = xstrdup(s->parties[PARTY_COMPANY].name);
	cells[PF_AREA].text = xstrdup(s->area);
	cells[PF_PERIOD].text = pf_period_text(en->measurement->period,
	    en->measurement->date);
	pf_figure(cells, en->period, en->change, ascii);
	pf_add_row(e, cells, en->period->kind == INDICATOR_COUNT);
}

/* The pooled row of a period. */
static void
pf_pool_row(struct report_esg *e, const struct portfolio_pool *pool,
    bool ascii)
{
	struct report_esg_cell cells[PF_COLS] = { { NULL, 0, "" } };

	/* TRANSLATORS: the pooled row of a period: how many of the
	 * partnerships measured in it are added up. */
	cells[PF_PARTNERSHIP].text = xasprintf(_("Pooled: %zu of %zu"),
	    pool->n_pooled, pool->n_entries);
	cells[PF_COMPANY].text = xstrdup("");
	cells[PF_AREA].text = xstrdup("");
	cells[PF_PERIOD].text = xstrdup(period_label(pool->key));
	pf_figure(cells, &pool->figure, &pool->change, ascii);
	pf_add_row(e, cells, pool->figure.kind == INDICATOR_COUNT);
}

/* The indicator's table: each period's partnerships, then its pool. */
static struct report_esg *
pf_table(const struct portfolio *pf, const struct portfolio_indicator *pi,
    bool ascii)
{
	struct report_esg *e = xcalloc(1, sizeof *e);
	size_t j, k;

	pf_columns(e, pi->indicator->kind == INDICATOR_COUNT);
	for (j = 0; j < pi->n_pools; j++) {
		for (k = 0; k < pi->pools[j].n_entries; k++)
			pf_entry_row(e, pf, &pi->pools[j].entries[k], ascii);
		pf_pool_row(e, &pi->pools[j], ascii);
	}
	return e;
}

/* What was pooled per period, and what was left out and why. */
static void
pf_pool_notes(struct report *r, const struct portfolio *pf,
    const struct portfolio_indicator *pi)
{
	const struct portfolio_pool *pool;
	const struct portfolio_entry *en;
	const char *title;
	size_t j, k;
	char *v;

	r->ops->field(r, _("Pooled"), "");
	r->ops->list_begin(r, false);
	for (j = 0; j < pi->n_pools; j++) {
		pool = &pi->pools[j];
		v = xasprintf(_("%s: %zu of %zu partnerships measured in this "
		    "period"), period_label(pool->key), pool->n_pooled,
		    pool->n_entries);
		r->ops->item(r, v);
		free(v);
		for (k = 0; k < pool->n_entries; k++) {
			en = &pool->entries[k];
			if (en->left_out == PORTFOLIO_POOLED)
				continue;
			title = pf->sessions[en->session]->title;
			v = xasprintf(en->left_out == PORTFOLIO_MEAN ?
			    _("%s, %s: not pooled; its figure is the mean of "
			    "several statements' shares") :
			    _("%s, %s: not pooled; no figure"), title,
			    period_label(pool->key));
			r->ops->item(r, v);
			free(v);
		}
		if (pool->other_members) {
			v = xasprintf(_("%s: no pooled change; other "
			    "partnerships than in %s"), period_label(pool->key),
			    period_label(pi->pools[pi->base].key));
			r->ops->item(r, v);
			free(v);
		}
	}
	r->ops->list_end(r);
}

/* One indicator: its title, its table and what was pooled. */
static void
pf_indicator(struct report *r, const struct portfolio *pf,
    const struct portfolio_indicator *pi)
{
	struct report_esg *e;
	char *v;

	v = report_indicator_title(pi->indicator);
	r->ops->heading(r, 3, v);
	free(v);
	if (pi->n_pools == 0) {
		r->ops->field(r, _("Measurements"), _("(none yet)"));
		return;
	}
	e = pf_table(pf, pi, ASCII(r));
	r->ops->table(r, e);
	report_esg_free(e);
	pf_pool_notes(r, pf, pi);
}

/* The partnerships in the report: name, company, area. */
static void
pf_members(struct report *r, const struct portfolio *pf)
{
	const struct session *s;
	struct textbuf b;
	size_t k;

	r->ops->field(r, _("Partnerships"), "");
	r->ops->list_begin(r, false);
	for (k = 0; k < pf->n_sessions; k++) {
		s = pf->sessions[k];
		textbuf_init(&b);
		textbuf_adds(&b, *s->title != '\0' ? s->title :
		    _("Untitled session"));
		if (*s->parties[PARTY_COMPANY].name != '\0')
			textbuf_addf(&b, "; %s", s->parties[PARTY_COMPANY].name);
		if (*s->area != '\0')
			textbuf_addf(&b, "; %s", s->area);
		textbuf_adds(&b, "");
		r->ops->item(r, b.data);
		textbuf_reset(&b);
	}
	r->ops->list_end(r);
}

/* How the pools are made, for the auditor; the figures' method in the
 * same words as a single partnership's report. */
static void
pf_method(struct report *r)
{
	const char *pooled =
	    /* xgettext:no-c-format */
	    _("A pooled row adds up the "
	    "answers of the partnerships measured in that period (the same "
	    "indicator, the same period) and computes the share and its 95% "
	    "confidence interval from the sums; percentages are never "
	    "averaged. A count KPI is pooled by adding up the counts.");

	r->ops->heading(r, 2, _("Method and limitations"));
	r->ops->field(r, _("Pooled rows"), pooled);
	r->ops->field(r, _("Effect figure"), _("The share of "
	    "respondents who chose one of the two most positive steps "
	    "(strongly agree or agree) on the five-step scale; with "
	    "several statements, the mean of their shares."));
	/* xgettext:no-c-format */
	r->ops->field(r, _("95% confidence interval"), _("Wilson's "
	    "score interval for a share, Newcombe's hybrid score "
	    "interval for a change between two periods. It is made so "
	    "that 95 of 100 surveys like this one catch the true share; "
	    "a change whose interval includes 0 is reported as no "
	    "detectable change."));
	r->ops->field(r, _("Not pooled"), _("A figure that is the mean of "
	    "several statements' shares cannot be added up; it stays on its "
	    "partnership's row. A pooled change is given only when the same "
	    "partnerships are in both periods."));
}

/* When, by what and from which files (each with its SHA-256). */
static void
pf_audit(struct report *r, const struct portfolio *pf,
    const struct report_audit *audits)
{
	char *v;
	size_t k;

	r->ops->heading(r, 2, _("Audit trail"));
	if (audits[0].made != NULL) {
		v = overview_when_local(audits[0].made);
		r->ops->field(r, _("Report made"), v);
		free(v);
	}
	if (audits[0].version != NULL) {
		v = xasprintf("b2c %s", audits[0].version);
		r->ops->field(r, _("Program"), v);
		free(v);
	}
	r->ops->field(r, _("Session files"), "");
	r->ops->list_begin(r, false);
	for (k = 0; k < pf->n_sessions; k++) {
		v = xasprintf("%s%s%s", audits[k].file != NULL ?
		    audits[k].file : "", audits[k].sha256 != NULL ?
		    "\nSHA-256 " : "", audits[k].sha256 != NULL ?
		    audits[k].sha256 : "");
		r->ops->item(r, v);
		free(v);
	}
	r->ops->list_end(r);
}

/* The report in reading order, through the format's renderer. */
static void
pf_walk(struct report *r, const struct portfolio *pf,
    const struct report_audit *audits)
{
	char *title;
	size_t i;

	title = xasprintf(P_("Portfolio of %zu partnership",
	    "Portfolio of %zu partnerships", pf->n_sessions), pf->n_sessions);
	r->ops->begin(r, title);
	free(title);
	pf_members(r, pf);
	r->ops->heading(r, 2, _("Indicators over the partnerships"));
	for (i = 0; i < pf->n_indicators; i++)
		pf_indicator(r, pf, &pf->indicators[i]);
	pf_method(r);
	pf_audit(r, pf, audits);
	r->ops->end(r);
}

/* A pooled period as a CSV row, through the one row writer: a stand-in
 * session, indicator and measurement that hold the pool. */
static void
pf_csv_pool(struct textbuf *b, bool excel,
    const struct portfolio_indicator *pi, const struct portfolio_pool *pool)
{
	static char mark[] = PORTFOLIO_CSV_MARK, none[] = "";
	struct session s = { .title = mark, .area = none };
	struct indicator ind = *pi->indicator;
	struct measurement m = { .period = pool->key, .date = none };
	struct stats_score score = { .n = pool->figure.n,
	    .positive = pool->positive };
	struct stats_period fig = pool->figure;
	struct stats_change change = pool->change;
	struct stats_indicator si = { .indicator = &ind, .periods = &fig,
	    .n_periods = 1, .vs_baseline = &change };

	s.parties[PARTY_COMPANY].name = none;
	/* The partnerships' targets may differ: the pool has none. */
	ind.has_target = false;
	ind.target_year = 0;
	ind.adopted = true;
	ind.measurements = &m;
	ind.n_measurements = 1;
	if (fig.basis == STATS_BASIS_SINGLE) {
		fig.scores = &score;
		fig.n_scores = 1;
	}
	report_csv_row(b, excel, &s, &si, 0);
}

/* One header, every session's rows, then the pools' rows. */
static void
pf_csv(struct textbuf *out, const struct portfolio *pf, bool excel)
{
	struct report r;
	size_t k, i, j;

	report_csv_header(out, excel);
	for (k = 0; k < pf->n_sessions; k++) {
		memset(&r, 0, sizeof r);
		r.out = *out;
		r.s = pf->sessions[k];
		r.stats = pf->stats[k];
		report_csv_rows(&r, excel);
		*out = r.out;
	}
	for (i = 0; i < pf->n_indicators; i++)
		for (j = 0; j < pf->indicators[i].n_pools; j++)
			if (pf->indicators[i].pools[j].n_pooled > 0)
				pf_csv_pool(out, excel, &pf->indicators[i],
				    &pf->indicators[i].pools[j]);
}

char *
report_portfolio(const struct session *const *sessions,
    const struct report_audit *audits, size_t n, enum report_format format,
    int width, int flags)
{
	static const struct report_ops *const ops[] = { &report_text_ops,
	    &report_markdown_ops, &report_html_ops };
	struct portfolio *pf = portfolio_new(sessions, n);
	struct report r;

	i18n_remember();	/* one report, one language */
	memset(&r, 0, sizeof r);
	textbuf_init(&r.out);
	r.s = n > 0 ? sessions[0] : NULL;
	r.width = width < REPORT_MIN_WIDTH ? REPORT_MIN_WIDTH : width;
	r.flags = flags;
	if (format == REPORT_CSV || format == REPORT_CSV_EXCEL)
		pf_csv(&r.out, pf, format == REPORT_CSV_EXCEL);
	else {
		r.ops = ops[(unsigned)format < REPORT_CSV ? format : 0];
		pf_walk(&r, pf, audits);
	}
	portfolio_free(pf);
	i18n_forget();
	textbuf_adds(&r.out, "");
	return textbuf_detach(&r.out);
}
