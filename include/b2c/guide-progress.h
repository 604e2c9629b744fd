/*
 * How complete the guide's steps and parts are (guide_step_status,
 * guide_part_progress and guide_missing in guide.h), remembered between
 * calls while the session stays the same: screens that show it on every
 * redraw (the step map, the part reviews) then check the answers once per
 * change rather than once per screen.
 *
 * The caller names the session's version: any number it changes with
 * every change it makes to the session (the wizard's change counter).
 * While the session and the version are those of the previous call, the
 * remembered figures are returned; otherwise everything is worked out
 * anew. The figures are always those the uncached functions would give
 * for the session as it is, provided the version does change with it.
 */
#ifndef B2C_GUIDE_PROGRESS_H
#define B2C_GUIDE_PROGRESS_H

#include <stddef.h>

#include "b2c/guide.h"
#include "b2c/session.h"

struct guide_progress;

struct guide_progress *guide_progress_new(void);
/* Frees everything remembered; NULL is a no-op. */
void	 guide_progress_free(struct guide_progress *);

/* guide_step_status() of the session at this version. */
enum guide_status guide_progress_step(struct guide_progress *,
	    const struct session *, unsigned long version, size_t step);
/* guide_part_progress() of the session at this version. */
void	 guide_progress_part(struct guide_progress *, const struct session *,
	    unsigned long version, enum guide_part, size_t *done,
	    size_t *total);
/* The same over the steps of one party only (-1: all). */
void	 guide_progress_party(struct guide_progress *,
	    const struct session *, unsigned long version, enum guide_part,
	    int party, size_t *done, size_t *total);
/* guide_missing() of the session at this version. */
size_t	 guide_progress_missing(struct guide_progress *,
	    const struct session *, unsigned long version, enum guide_part,
	    struct guide_missing *out, size_t max);
/*
 * The steps of a part (of party, unless -1) with nothing in them yet,
 * besides those miss[] already names (the missing answers): the reviews
 * list them too. Fills up to max step indices; returns how many there
 * are.
 */
size_t	 guide_progress_empty(struct guide_progress *,
	    const struct session *, unsigned long version, enum guide_part,
	    int party, const struct guide_missing *miss, size_t n_miss,
	    size_t *out, size_t max);

#endif
