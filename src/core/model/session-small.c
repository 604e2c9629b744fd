/*
 * The small path of a partnership (the booklet: the housing organisation
 * asks a company for one concrete thing, such as help with a summer
 * party): the concrete proposal of Del 2 and the follow-up of Del 3.
 * Kept beside the rest of the session, so that choosing the full Del 2,
 * or going back, loses nothing typed on either path.
 */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/session.h"
#include "b2c/util.h"

bool
session_small_path(const struct session *s)
{
	return !s->large && !s->part2.full;
}

/* Where the small path's texts sit in a session, for init, free, copy
 * and compare alike. */
static const size_t small_texts[] = {
	offsetof(struct session, part2.proposal.request),
	offsetof(struct session, part2.proposal.date),
	offsetof(struct session, part2.proposal.offer),
	offsetof(struct session, part2.proposal.contact),
	offsetof(struct session, part2.proposal.role),
	offsetof(struct session, part2.proposal.reach),
	offsetof(struct session, followup.date),
	offsetof(struct session, followup.how),
	offsetof(struct session, followup.next_time),
};
#define SMALL_N (sizeof small_texts / sizeof small_texts[0])

static char **
small_at(struct session *s, size_t i)
{
	return (char **)(void *)((char *)s + small_texts[i]);
}

static const char *
small_get(const struct session *s, size_t i)
{
	return *(char *const *)(const void *)((const char *)s +
	    small_texts[i]);
}

void
session_small_init(struct session *s)
{
	size_t i;

	for (i = 0; i < SMALL_N; i++)
		*small_at(s, i) = xstrdup("");
	s->followup.status = STATUS_PLANNED;
	s->part2.full = false;
}

void
session_small_free(struct session *s)
{
	size_t i;

	for (i = 0; i < SMALL_N; i++) {
		free(*small_at(s, i));
		*small_at(s, i) = NULL;
	}
}

void
session_small_copy(struct session *dst, const struct session *src)
{
	char *copy;
	size_t i;

	/* Not session_set_str: session.c calls this file, never the
	 * other way (no circle of calls). */
	for (i = 0; i < SMALL_N; i++) {
		copy = xstrdup(small_get(src, i));
		free(*small_at(dst, i));
		*small_at(dst, i) = copy;
	}
	dst->followup.status = src->followup.status;
	dst->part2.full = src->part2.full;
}

bool
session_small_equal(const struct session *a, const struct session *b)
{
	size_t i;

	if (a->part2.full != b->part2.full ||
	    a->followup.status != b->followup.status)
		return false;
	for (i = 0; i < SMALL_N; i++)
		if (strcmp(small_get(a, i), small_get(b, i)) != 0)
			return false;
	return true;
}

/* Whether anything of the full Del 2 or Del 3 is filled in. */
static bool
small_full_used(const struct session *s)
{
	const struct part2 *p = &s->part2;
	const char *texts[] = { p->indicator_notes, p->q_challenges,
	    p->q_actions, p->q_resources, p->q_indicators,
	    p->q_other_resources, p->other_resources_note, p->plan.scope };
	size_t i;

	for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
		if (*texts[i] != '\0')
			return true;
	if (p->use_municipality || p->use_helhedsplan || p->use_boligsocial ||
	    p->use_other_companies || p->n_actions > 0 || p->n_wheel > 0 ||
	    p->n_meeting_dates > 0 || p->plan.month != 0 ||
	    p->plan.sample_size != 0 || s->n_meetings > 0 || s->n_ledger > 0)
		return true;
	for (i = 0; i < s->n_indicators; i++)
		if (!s->indicators[i].core || s->indicators[i].has_target ||
		    s->indicators[i].n_statements > 0 ||
		    s->indicators[i].n_measurements > 0)
			return true;
	return false;
}

void
session_small_migrate(struct session *s)
{
	if (!s->large && small_full_used(s))
		s->part2.full = true;
}
