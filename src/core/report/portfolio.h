/*
 * A portfolio: the indicators of several partnerships side by side, and
 * per indicator and period one pooled figure over them. Indicators are
 * matched by id and kind (the booklet's three core indicators are in
 * every session; a site-specific one is its partnership's alone unless
 * another uses the same id), periods by key ("baseline", "year 1").
 *
 * Pooling adds up counts, never percentages: a share's pool is the sum
 * of the partnerships' positive answers over the sum of their answers,
 * with Wilson's interval at that sum; a count KPI's pool is the sum of
 * the counts. Only a figure that rests on one statement's tally (or a
 * count) can be added up; a mean of several statements' shares is shown
 * on its row and left out of the pool. A pooled change is given only
 * when the same partnerships make up both pools, as anything else
 * compares different people.
 *
 * Pure: built from sessions the caller keeps alive; nothing printed.
 */
#ifndef B2C_PORTFOLIO_H
#define B2C_PORTFOLIO_H

#include <stdbool.h>
#include <stddef.h>

#include "b2c/session.h"
#include "b2c/stats.h"

/* Why a partnership's figure is not in the pool. */
enum portfolio_left_out {
	PORTFOLIO_POOLED = 0,	/* in the pool */
	PORTFOLIO_NO_FIGURE,	/* no answers (or no count) in the period */
	PORTFOLIO_MEAN		/* a mean of several statements' shares */
};

/* One partnership's figure of an indicator in one period. */
struct portfolio_entry {
	size_t	 session;	/* index into the sessions */
	const struct indicator *indicator;	/* borrowed */
	const struct measurement *measurement;	/* borrowed */
	const struct stats_period *period;	/* borrowed from the model */
	const struct stats_change *change;	/* against its own base */
	long	 positive;	/* the positive answers; -1 when none */
	enum portfolio_left_out left_out;
};

/* One period of one indicator over the partnerships. */
struct portfolio_pool {
	char	*key;		/* the period key (period.h) */
	struct portfolio_entry *entries;	/* in session order */
	size_t	 n_entries;
	size_t	 n_pooled;	/* entries whose counts are in the pool */
	/*
	 * The pooled figure: basis STATS_BASIS_SINGLE (a share: n, value,
	 * lo, hi from the sums), STATS_BASIS_COUNT (the sum) or
	 * STATS_BASIS_NONE (nothing to pool). scores is NULL.
	 */
	struct stats_period figure;
	long	 positive;	/* the pooled share's positive answers */
	/* Against the base pool; STATS_VERDICT_NONE when not comparable. */
	struct stats_change change;
	bool	 other_members;	/* not the base pool's partnerships */
};

/* One indicator over the partnerships. */
struct portfolio_indicator {
	const struct indicator *indicator;	/* the first session's */
	struct portfolio_pool *pools;	/* in period order */
	size_t	 n_pools;
	long	 base;		/* the pool compared against, or -1 */
};

struct portfolio {
	const struct session *const *sessions;	/* borrowed */
	size_t	 n_sessions;
	struct stats_indicator **stats;	/* [session][indicator] */
	struct portfolio_indicator *indicators;	/* first seen first */
	size_t	 n_indicators;
};

/* The portfolio of n sessions, which must outlive it. Never NULL. */
struct portfolio *portfolio_new(const struct session *const *, size_t n);
/* Releases it; NULL is a no-op. */
void	 portfolio_free(struct portfolio *);

#endif
