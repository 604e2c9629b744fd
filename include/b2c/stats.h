/*
 * Survey statistics for Del 3's annual impact measurement: per indicator
 * and period the respondents, the share answering the two most positive
 * steps with its 95 % Wilson interval, the change between periods with its
 * 95 % Newcombe interval and an honest verdict, the target status and the
 * sample guidance. Pure functions of the session model: nothing is
 * printed, nothing is changed.
 *
 * Percentages are 0..100 and differences are in percentage points. A
 * figure that cannot be computed (no respondents) is NAN; test it with
 * isnan() or the period's basis.
 */
#ifndef B2C_STATS_H
#define B2C_STATS_H

#include <stdbool.h>
#include <stddef.h>

#include "b2c/session.h"

#define STATS_MIN_SAMPLE 50	/* fewer respondents than this: a warning */
#define STATS_STEP_DONT_KNOW SESSION_ANSWER_STEPS /* index of "Ved ikke" */

/* What a period's figure rests on. */
enum stats_basis {
	STATS_BASIS_NONE = 0,	/* no respondents (or no count) */
	STATS_BASIS_SINGLE,	/* one statement or the indicator itself */
	STATS_BASIS_MEAN,	/* the mean of several statements' percents */
	STATS_BASIS_COUNT	/* a count KPI */
};

enum stats_verdict {
	STATS_VERDICT_NONE = 0,	/* not computable: a period lacks data */
	STATS_VERDICT_INCREASE,	/* the whole interval is above 0 */
	STATS_VERDICT_DECREASE,	/* the whole interval is below 0 */
	STATS_VERDICT_NO_CHANGE, /* the interval contains 0 */
	STATS_VERDICT_UNCHANGED, /* a count KPI that stayed the same */
	STATS_VERDICT_COUNT
};

enum stats_target {
	STATS_TARGET_NONE = 0,	/* no target, or no figure */
	STATS_TARGET_MET,	/* the figure and its whole interval reach it */
	STATS_TARGET_NOT_MET,	/* below, but within reach of the interval */
	STATS_TARGET_ABOVE,	/* the target is above the whole interval */
	STATS_TARGET_UNCERTAIN,	/* the figure reaches it, its interval not */
	STATS_TARGET_COUNT
};

/* The score of one tally (one statement, or the indicator itself). */
struct stats_score {
	const char *statement;	/* borrowed; "" = the indicator itself */
	long	 n;		/* answers on the five steps */
	long	 positive;	/* Helt enig + Delvist enig */
	long	 dont_know;	/* counted and shown, not in n */
	long	 blank;		/* counted and shown, not in n */
	double	 percent;	/* 100 * positive / n; NAN when n == 0 */
	double	 lo, hi;	/* 95 % Wilson interval; NAN when n == 0 */
};

/* One indicator in one period. */
struct stats_period {
	const char *period;	/* borrowed from the measurement */
	enum indicator_kind kind;
	enum stats_basis basis;
	struct stats_score *scores; /* one per tally, in the file's order */
	size_t	 n_scores;
	size_t	 n_scored;	/* scores with n > 0 (the mean's terms) */
	/*
	 * The indicator's figure. For STATS_BASIS_MEAN, n is the smallest n
	 * of the scored statements and the interval is Wilson's at the mean
	 * percent and that n: as if the statements were answered alike,
	 * which can only make the interval wider, never falsely narrow.
	 */
	long	 n;
	long	 dont_know;	/* sums over the tallies */
	long	 blank;
	double	 value;		/* percent, or the count; NAN when none */
	double	 lo, hi;	/* NAN for counts and when n == 0 */
	bool	 low_sample;	/* answers, but fewer than STATS_MIN_SAMPLE */
	double	 mdc;		/* minimum detectable change, points; NAN */
	enum stats_target target;
};

/* A change from one period to a later one. */
struct stats_change {
	enum stats_verdict verdict;
	const char *from;	/* period labels, borrowed; NULL when none */
	const char *to;
	double	 diff;		/* later - earlier: points or count; NAN */
	double	 lo, hi;	/* 95 % Newcombe interval; NAN for counts */
};

/* All periods of one indicator with their changes. */
struct stats_indicator {
	const struct indicator *indicator;
	struct stats_period *periods;	/* one per measurement, in order */
	size_t	 n_periods;
	/*
	 * [i] compares period i with the closest earlier period that has a
	 * figure, and with the baseline: the period marked as base period
	 * when it has a figure, else the first period that has one;
	 * STATS_VERDICT_NONE where period i has no figure or nothing earlier.
	 */
	struct stats_change *vs_previous;
	struct stats_change *vs_baseline;
	long	 latest;	/* index of the last period with a figure, -1 */
};

/* The 95 % Wilson score interval of x out of n, in percent (NAN: n <= 0). */
void	stats_wilson(long x, long n, double *lo, double *hi);
/*
 * The 95 % Newcombe hybrid Wilson interval (his method 10) of p2 - p1,
 * from each proportion and its Wilson interval, all in percent.
 */
void	stats_newcombe(double p1, double lo1, double hi1, double p2,
	    double lo2, double hi2, double *lo, double *hi);
/* The minimum detectable change in points at n, p percent (NAN: n <= 0). */
double	stats_mdc(double percent, long n);
/* False when a tally holds a negative or absurd count (never scored). */
bool	stats_tally_valid(const struct tally *);
/* Scores one tally; -1 when it holds a negative or absurd count. */
int	stats_score(const struct tally *, struct stats_score *out);

/*
 * Scores an indicator in one measurement (out->scores is allocated;
 * release with stats_period_clear). Returns -1 on a negative count, with
 * *out cleared.
 */
int	stats_period(const struct indicator *, const struct measurement *,
	    struct stats_period *out);
void	stats_period_clear(struct stats_period *);
/* The positive answers behind a share of one tally, or -1 (a mean of
 * several statements' shares, or nothing measured). */
long	stats_period_positive(const struct stats_period *);
/* The change from period a to the later period b. */
void	stats_change(const struct stats_period *a, const struct stats_period *b,
	    struct stats_change *out);
/* The status of a figure against a target or milestone value. */
enum stats_target stats_status_against(const struct stats_period *,
	    double target);
/* The target status of a figure. */
enum stats_target stats_target_status(const struct indicator *,
	    const struct stats_period *);

/* Scores every period of an indicator; -1 on a negative count. */
int	stats_indicator(const struct indicator *, struct stats_indicator *out);
void	stats_indicator_clear(struct stats_indicator *);
/* The change into the latest period with a figure (NULL when none). */
const struct stats_change *stats_latest_change(const struct stats_indicator *);

/* Translated labels: "increase", "met", ... */
const char *stats_verdict_label(enum stats_verdict);
const char *stats_target_label(enum stats_target);
/*
 * The scale's Danish data labels, untranslated: step 0 "Helt enig" ..
 * 4 "Helt uenig", STATS_STEP_DONT_KNOW "Ved ikke"; NULL otherwise.
 */
const char *stats_step_name(int step);

#endif
