/*
 * The survey statistics in words, one sentence per fact, shared by the
 * charts (screen and text report) and the markdown and HTML reports, so
 * that every place says the same thing with the same rounding: shares
 * and differences with one decimal, differences in percentage points,
 * intervals named 95 % confidence intervals, labels in the interface's
 * language. Every function returns an allocated string, or NULL when
 * there is nothing to say.
 */
#ifndef B2C_STATS_WORDS_H
#define B2C_STATS_WORDS_H

#include <stdbool.h>

#include "b2c/stats.h"

/* "År 1 vs Baseline: +2.0 percentage points (95% confidence interval
 * −11.5 to +15.4)", or "+5" for a count; NULL when not computable. */
char	*stats_words_change(const struct stats_change *, bool count,
	    bool ascii);
/* The same with its verdict: "... – no detectable change". */
char	*stats_words_change_verdict(const struct stats_change *, bool count,
	    bool ascii);
/* "År 1 against the target of 85%: not met; ...", NULL without one. */
char	*stats_words_target(const struct indicator *,
	    const struct stats_period *);
/* What a sample of the period's size can detect, capped at 100 points;
 * change, when given, is the latest change (so a detected change smaller
 * than the detectable one is not contradicted). */
char	*stats_words_mdc(const struct stats_period *,
	    const struct stats_change *);
/* "Baseline (4 don't know, 2 blank), År 1 (...)"; NULL when none. */
char	*stats_words_excluded_list(const struct stats_indicator *);
/* Of the latest change and the one since the base, one that shows a
 * change (for stats_words_mdc), else prev. */
const struct stats_change *stats_words_detected(const struct stats_change *prev,
	    const struct stats_change *base);
/* "Not counted in n: Baseline (4 don't know, 2 blank), ...". */
char	*stats_words_excluded(const struct stats_indicator *);
/* Why there is no figure: no answers, or only "don't know" and blank. */
char	*stats_words_empty(const struct stats_indicator *);
/* What a 95 % confidence interval means, after its legend glyph. */
const char *stats_words_interval(void);
/* A percent for people with the language's sign: "41,5 %" / "41.5%";
 * decimals 0 or 1. */
char	*stats_words_percent(double, int decimals);

#endif
