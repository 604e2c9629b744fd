/*
 * The portfolio model (portfolio.h): the sessions' indicators matched by
 * id and kind, their periods by key, and per period a pool computed from
 * the summed answers or counts, never from the percentages.
 */
#include "config.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/adoption.h"
#include "b2c/period.h"
#include "portfolio.h"
#include "b2c/util.h"

/* Sums stay far from overflow: a pool holding more gives up. */
#define PORTFOLIO_MAX_SUM	(LONG_MAX / 4)

/* The portfolio indicator of id and kind, added when new. */
static struct portfolio_indicator *
portfolio_indicator_for(struct portfolio *pf, const struct indicator *ind)
{
	struct portfolio_indicator *pi;
	size_t i;

	for (i = 0; i < pf->n_indicators; i++) {
		pi = &pf->indicators[i];
		if (strcmp(pi->indicator->id, ind->id) == 0 &&
		    pi->indicator->kind == ind->kind)
			return pi;
	}
	pf->indicators = util_grow(pf->indicators, pf->n_indicators,
	    sizeof *pf->indicators);
	pi = &pf->indicators[pf->n_indicators++];
	memset(pi, 0, sizeof *pi);
	pi->indicator = ind;
	pi->base = -1;
	return pi;
}

/* The pool of a period key, added when new. */
static struct portfolio_pool *
portfolio_pool_for(struct portfolio_indicator *pi, const char *key)
{
	struct portfolio_pool *pool;
	size_t i;

	for (i = 0; i < pi->n_pools; i++)
		if (period_same(pi->pools[i].key, key))
			return &pi->pools[i];
	pi->pools = util_grow(pi->pools, pi->n_pools, sizeof *pi->pools);
	pool = &pi->pools[pi->n_pools++];
	memset(pool, 0, sizeof *pool);
	pool->key = xstrdup(key);
	return pool;
}

/* Files period j of a session's indicator in its pool. */
static void
portfolio_add_entry(struct portfolio_pool *pool, size_t session,
    const struct stats_indicator *si, size_t j)
{
	struct portfolio_entry *e;

	pool->entries = util_grow(pool->entries, pool->n_entries,
	    sizeof *pool->entries);
	e = &pool->entries[pool->n_entries++];
	e->session = session;
	e->indicator = si->indicator;
	e->measurement = &si->indicator->measurements[j];
	e->period = &si->periods[j];
	e->change = &si->vs_baseline[j];
	e->positive = stats_period_positive(e->period);
	if (e->period->basis == STATS_BASIS_MEAN)
		e->left_out = PORTFOLIO_MEAN;
	else if (e->period->basis == STATS_BASIS_NONE)
		e->left_out = PORTFOLIO_NO_FIGURE;
	else
		e->left_out = PORTFOLIO_POOLED;
}

/* Adds the entry's counts to the pool; false when the sums would
 * overflow (the pool then has no figure). */
static bool
portfolio_sum(struct portfolio_pool *pool, const struct portfolio_entry *e)
{
	struct stats_period *f = &pool->figure;
	const struct stats_period *p = e->period;

	if (f->kind == INDICATOR_COUNT) {
		f->value = (isnan(f->value) ? 0.0 : f->value) + p->value;
		return true;
	}
	if (p->n > PORTFOLIO_MAX_SUM - f->n ||
	    p->dont_know > PORTFOLIO_MAX_SUM - f->dont_know ||
	    p->blank > PORTFOLIO_MAX_SUM - f->blank)
		return false;
	f->n += p->n;
	pool->positive += e->positive;
	f->dont_know += p->dont_know;
	f->blank += p->blank;
	return true;
}

/* The pooled figure from the summed counts of the pooled entries. */
static void
portfolio_pool_figure(struct portfolio_pool *pool, enum indicator_kind kind)
{
	struct stats_period *f = &pool->figure;
	size_t i;

	memset(f, 0, sizeof *f);
	f->period = period_label(pool->key);
	f->kind = kind;
	f->value = f->lo = f->hi = f->mdc = NAN;
	for (i = 0; i < pool->n_entries; i++) {
		if (pool->entries[i].left_out != PORTFOLIO_POOLED)
			continue;
		if (!portfolio_sum(pool, &pool->entries[i])) {
			pool->n_pooled = 0;
			f->n = f->dont_know = f->blank = 0;
			f->value = NAN;
			return;
		}
		pool->n_pooled++;
	}
	if (pool->n_pooled == 0)
		return;
	if (kind == INDICATOR_COUNT) {
		f->basis = STATS_BASIS_COUNT;
		return;
	}
	f->basis = STATS_BASIS_SINGLE;
	f->value = 100.0 * (double)pool->positive / (double)f->n;
	stats_wilson(pool->positive, f->n, &f->lo, &f->hi);
	f->low_sample = f->n < STATS_MIN_SAMPLE;
	f->mdc = stats_mdc(f->value, f->n);
}

/* True when the two pools hold the same partnerships' figures. */
static bool
portfolio_same_members(const struct portfolio_pool *a,
    const struct portfolio_pool *b)
{
	size_t i, j, na = 0, nb = 0;

	for (i = 0; i < a->n_entries; i++) {
		if (a->entries[i].left_out != PORTFOLIO_POOLED)
			continue;
		na++;
		for (j = 0; j < b->n_entries; j++)
			if (b->entries[j].left_out == PORTFOLIO_POOLED &&
			    b->entries[j].session == a->entries[i].session)
				break;
		if (j == b->n_entries)
			return false;
	}
	for (j = 0; j < b->n_entries; j++)
		nb += b->entries[j].left_out == PORTFOLIO_POOLED;
	return na == nb;
}

/* Baseline, Year 1, Year 2, ..., then other names in the order seen. */
static int
portfolio_rank(const char *key)
{
	int y = period_year(key);

	return y < 0 ? PERIOD_MAX_YEAR + 1 : y;
}

/* Puts the pools in period order. */
static void
portfolio_sort_pools(struct portfolio_indicator *pi)
{
	struct portfolio_pool tmp;
	size_t i, j;

	/* Insertion sort: stable, and there are a handful of periods. */
	for (i = 1; i < pi->n_pools; i++) {
		tmp = pi->pools[i];
		for (j = i; j > 0 && portfolio_rank(pi->pools[j - 1].key) >
		    portfolio_rank(tmp.key); j--)
			pi->pools[j] = pi->pools[j - 1];
		pi->pools[j] = tmp;
	}
}

/* The base pool (the baseline, else the first with a figure) and every
 * later pool's change against it. */
static void
portfolio_link(struct portfolio_indicator *pi)
{
	struct portfolio_pool *base, *pool;
	size_t i;

	for (i = 0; i < pi->n_pools && pi->base < 0; i++)
		if (pi->pools[i].figure.basis != STATS_BASIS_NONE)
			pi->base = (long)i;
	for (i = 0; i < pi->n_pools; i++) {
		pool = &pi->pools[i];
		pool->change.diff = pool->change.lo = pool->change.hi = NAN;
		if (pi->base < 0 || (long)i <= pi->base ||
		    pool->figure.basis == STATS_BASIS_NONE)
			continue;
		base = &pi->pools[pi->base];
		if (!portfolio_same_members(base, pool)) {
			pool->other_members = true;
			continue;
		}
		stats_change(&base->figure, &pool->figure, &pool->change);
	}
}

/* Scores every session's indicators and files their periods. */
static void
portfolio_collect(struct portfolio *pf)
{
	const struct session *s;
	struct portfolio_indicator *pi;
	size_t k, j, pos;
	long i;

	for (k = 0; k < pf->n_sessions; k++) {
		s = pf->sessions[k];
		pf->stats[k] = xcalloc(s->n_indicators + 1,
		    sizeof *pf->stats[k]);
		for (pos = 0; (i = adoption_next(s, &pos)) >= 0;) {
			if (stats_indicator(&s->indicators[i],
			    &pf->stats[k][i]) != 0)
				continue;	/* absurd counts: no figures */
			pi = portfolio_indicator_for(pf, &s->indicators[i]);
			for (j = 0; j < s->indicators[i].n_measurements; j++)
				portfolio_add_entry(portfolio_pool_for(pi,
				    s->indicators[i].measurements[j].period), k,
				    &pf->stats[k][i], j);
		}
	}
}

struct portfolio *
portfolio_new(const struct session *const *sessions, size_t n)
{
	struct portfolio *pf = xcalloc(1, sizeof *pf);
	struct portfolio_indicator *pi;
	size_t i, j;

	pf->sessions = sessions;
	pf->n_sessions = n;
	pf->stats = xcalloc(n + 1, sizeof *pf->stats);
	portfolio_collect(pf);
	for (i = 0; i < pf->n_indicators; i++) {
		pi = &pf->indicators[i];
		portfolio_sort_pools(pi);
		for (j = 0; j < pi->n_pools; j++)
			portfolio_pool_figure(&pi->pools[j],
			    pi->indicator->kind);
		portfolio_link(pi);
	}
	return pf;
}

void
portfolio_free(struct portfolio *pf)
{
	struct portfolio_indicator *pi;
	size_t i, j;

	if (pf == NULL)
		return;
	for (i = 0; i < pf->n_indicators; i++) {
		pi = &pf->indicators[i];
		for (j = 0; j < pi->n_pools; j++) {
			free(pi->pools[j].key);
			free(pi->pools[j].entries);
		}
		free(pi->pools);
	}
	free(pf->indicators);
	for (i = 0; i < pf->n_sessions; i++) {
		for (j = 0; pf->stats[i] != NULL &&
		    j < pf->sessions[i]->n_indicators; j++)
			stats_indicator_clear(&pf->stats[i][j]);
		free(pf->stats[i]);
	}
	free(pf->stats);
	free(pf);
}
