/*
 * What a part's review names besides the missing answers (see
 * guide-progress.h): the steps with nothing in them yet, which the
 * wizard's review and the line mode's both list.
 */
#include "config.h"

#include "b2c/guide-progress.h"

/* Whether miss[] already names step (its required answers). */
static bool
review_listed(const struct guide_missing *miss, size_t n, size_t step)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (miss[i].step == step)
			return true;
	return false;
}

size_t
guide_progress_empty(struct guide_progress *p, const struct session *s,
    unsigned long version, enum guide_part part, int party,
    const struct guide_missing *miss, size_t n_miss, size_t *out,
    size_t max)
{
	const struct guide_step *gs;
	struct guide_ctx sc;
	size_t i, n = 0, steps = guide_step_count(s);

	for (i = 0; i < steps; i++) {
		gs = guide_step_at(s, i, &sc);
		if (gs->part != part || (party >= 0 && sc.party != party) ||
		    gs->n_fields == 0 || guide_step_is_review(gs) ||
		    gs->optional ||
		    review_listed(miss, n_miss, i) ||
		    guide_progress_step(p, s, version, i) != GUIDE_EMPTY)
			continue;
		if (n < max)
			out[n] = i;
		n++;
	}
	return n;
}
