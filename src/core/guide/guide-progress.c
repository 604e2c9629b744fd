/*
 * The guide's completeness, remembered per version of a session (see
 * guide-progress.h). Each step's status is worked out the first time it
 * is asked for and kept until the session or its version changes; the
 * reviews' missing answers are kept per part. Nothing here knows what
 * changed: any new version starts from nothing, so a figure can never be
 * older than the session it is shown for.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/guide-progress.h"
#include "b2c/util.h"
#include "guide-impl.h"

#define PROGRESS_MISSING_GUESS	32

struct guide_progress *
guide_progress_new(void)
{
	return xcalloc(1, sizeof (struct guide_progress));
}

/* Forgets the missing answers of every part. */
static void
progress_forget(struct guide_progress *p)
{
	int part;

	for (part = 0; part < GUIDE_PART_COUNT; part++) {
		free(p->missing[part]);
		p->missing[part] = NULL;
		p->n_missing[part] = 0;
	}
}

void
guide_progress_free(struct guide_progress *p)
{
	if (p == NULL)
		return;
	progress_forget(p);
	free(p->input);
	free(p);
}

/* Starts from nothing unless s at version is what p holds. */
static void
progress_sync(struct guide_progress *p, const struct session *s,
    unsigned long version)
{
	if (p->valid && p->s == s && p->version == version)
		return;
	progress_forget(p);
	p->n_steps = guide_step_count(s);
	p->input = xreallocarray(p->input, p->n_steps > 0 ? p->n_steps : 1,
	    sizeof *p->input);
	memset(p->input, -1, p->n_steps);
	p->s = s;
	p->version = version;
	p->valid = true;
}

enum guide_status
guide_progress_step(struct guide_progress *p, const struct session *s,
    unsigned long version, size_t step)
{
	progress_sync(p, s, version);
	return guide_step_status_in(s, p, step);
}

void
guide_progress_part(struct guide_progress *p, const struct session *s,
    unsigned long version, enum guide_part part, size_t *done,
    size_t *total)
{
	progress_sync(p, s, version);
	guide_part_progress_in(s, p, part, done, total);
}

void
guide_progress_party(struct guide_progress *p, const struct session *s,
    unsigned long version, enum guide_part part, int party, size_t *done,
    size_t *total)
{
	progress_sync(p, s, version);
	guide_party_progress_in(s, p, part, party, done, total);
}

size_t
guide_progress_missing(struct guide_progress *p, const struct session *s,
    unsigned long version, enum guide_part part, struct guide_missing *out,
    size_t max)
{
	size_t n;

	if (part >= GUIDE_PART_COUNT)
		return guide_missing(s, part, out, max);
	progress_sync(p, s, version);
	if (p->missing[part] == NULL) {
		/* A part asks for fewer answers than this; if not, again. */
		n = PROGRESS_MISSING_GUESS;
		p->missing[part] = xreallocarray(NULL, n,
		    sizeof *p->missing[part]);
		p->n_missing[part] = guide_missing_in(s, p, part,
		    p->missing[part], n);
		if (p->n_missing[part] > n) {
			n = p->n_missing[part];
			p->missing[part] = xreallocarray(p->missing[part], n,
			    sizeof *p->missing[part]);
			(void)guide_missing_in(s, p, part, p->missing[part],
			    n);
		}
	}
	n = p->n_missing[part];
	if (out != NULL)
		memcpy(out, p->missing[part],
		    (n < max ? n : max) * sizeof *out);
	return n;
}
