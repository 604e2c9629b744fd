/*
 * The guide's steps in order and how complete they are. The step list
 * depends on the session: the company's Del 1 steps appear only in a
 * large partnership, after the housing organisation's. Completeness is
 * computed from the model (the *_in variants also fill and read the
 * statuses guide-progress.c keeps for one version of the session):
 * - a step without input fields (information, charts) is done;
 * - a review step is as complete as the rest of its part (in Del 1, as
 *   that party's steps);
 * - otherwise a step is empty when nothing is filled in, done when every
 *   required field is filled (or, with none required, anything is), and
 *   partly done in between.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/guide-extra.h"
#include "b2c/i18n.h"
#include "b2c/textnorm.h"
#include "b2c/util.h"
#include "guide-impl.h"

static const char *const part_names[GUIDE_PART_COUNT] = {
	N_("Start"), N_("Part 1"), N_("Part 2"), N_("Part 3")
};

static const char *const part_titles[GUIDE_PART_COUNT] = {
	N_("Getting started"), N_("Internal considerations"),
	N_("Shared framing"), N_("Evaluation and impact measurement")
};

const char *
guide_part_name(enum guide_part p)
{
	return p < GUIDE_PART_COUNT ? part_names[p] : "";
}

const char *
guide_part_title(enum guide_part p)
{
	return p < GUIDE_PART_COUNT ? part_titles[p] : "";
}

static size_t
guide_parties(const struct session *s)
{
	return s->large ? 2 : 1;
}

/* A run of steps from one table. */
struct guide_seg {
	const struct guide_step *steps;
	size_t	 n;
};

/*
 * The runs of steps of Del 2 or Del 3 for this session: a small
 * partnership's Del 2 starts with its concrete proposal, then the
 * one-page agreement on the short path or the full nine steps; the
 * short path's Del 3 is the follow-up. Returns how many runs.
 */
static size_t
guide_segs(const struct session *s, enum guide_part part,
    struct guide_seg seg[2])
{
	size_t n = 0;

	if (part == GUIDE_PART3) {
		seg[0].steps = session_small_path(s) ? guide_small3_steps :
		    guide_part3_steps;
		seg[0].n = session_small_path(s) ? guide_small3_n_steps :
		    guide_part3_n_steps;
		return 1;
	}
	if (!s->large)
		seg[n++] = (struct guide_seg){ &guide_proposal_step, 1 };
	if (session_small_path(s))
		seg[n++] = (struct guide_seg){ &guide_agreement_step, 1 };
	else
		seg[n++] = (struct guide_seg){ guide_part2_steps,
		    guide_part2_n_steps };
	return n;
}

/* The number of steps of Del 2 or Del 3. */
static size_t
guide_seg_len(const struct session *s, enum guide_part part)
{
	struct guide_seg seg[2];
	size_t k, n = guide_segs(s, part, seg), len = 0;

	for (k = 0; k < n; k++)
		len += seg[k].n;
	return len;
}

/* Step j of Del 2 or Del 3 (j below its length). */
static const struct guide_step *
guide_seg_step(const struct session *s, enum guide_part part, size_t j)
{
	struct guide_seg seg[2];
	size_t k, n = guide_segs(s, part, seg);

	for (k = 0; k < n; k++) {
		if (j < seg[k].n)
			return &seg[k].steps[j];
		j -= seg[k].n;
	}
	return NULL;
}

size_t
guide_step_count(const struct session *s)
{
	return guide_start_n_steps + guide_parties(s) * guide_part1_n_steps +
	    guide_seg_len(s, GUIDE_PART2) + guide_seg_len(s, GUIDE_PART3);
}

/* Finds step i: its table entry, party (-1), first index of its part
 * and the part's length. NULL when i is out of range. */
static const struct guide_step *
guide_resolve(const struct session *s, size_t i, int *party, size_t *first,
    size_t *len)
{
	size_t n1 = guide_parties(s) * guide_part1_n_steps;
	size_t base = 0, n;
	int p;

	*party = -1;
	if (i < guide_start_n_steps) {
		*first = 0;
		*len = guide_start_n_steps;
		return &guide_start_steps[i];
	}
	base += guide_start_n_steps;
	if (i < base + n1) {
		*first = base;
		*len = n1;
		*party = (int)((i - base) / guide_part1_n_steps);
		return &guide_part1_steps[(i - base) % guide_part1_n_steps];
	}
	base += n1;
	for (p = GUIDE_PART2; p <= GUIDE_PART3; p++) {
		n = guide_seg_len(s, (enum guide_part)p);
		if (i < base + n) {
			*first = base;
			*len = n;
			return guide_seg_step(s, (enum guide_part)p, i - base);
		}
		base += n;
	}
	return NULL;
}

const struct guide_step *
guide_step_at(const struct session *s, size_t i, struct guide_ctx *ctx)
{
	const struct guide_step *step;
	size_t first, len;
	int party;

	step = guide_resolve(s, i, &party, &first, &len);
	if (ctx != NULL) {
		ctx->party = party;
		ctx->row = 0;
		ctx->sub = 0;
	}
	return step;
}

void
guide_step_position(const struct session *s, size_t i, size_t *pos,
    size_t *count)
{
	size_t first = 0, len = 0;
	int party;

	if (guide_resolve(s, i, &party, &first, &len) == NULL) {
		*pos = 0;
		*count = 0;
		return;
	}
	*pos = i - first + 1;
	*count = len;
}

long
guide_find_step(const struct session *s, const char *key, int party)
{
	const struct guide_step *step;
	struct guide_ctx ctx;
	size_t i, n = guide_step_count(s);

	for (i = 0; i < n; i++) {
		step = guide_step_at(s, i, &ctx);
		if (strcmp(step->key, key) != 0)
			continue;
		if (!step->per_party || ctx.party == party)
			return (long)i;
	}
	return -1;
}

/* Fields that count towards completeness. The choice of the full Del 2
 * is a choice of path, not an answer: it says nothing of progress. */
static bool
guide_is_input(const struct guide_field *f)
{
	return f->kind != GUIDE_INFO && f->kind != GUIDE_REVIEW &&
	    f->kind != GUIDE_CHART && strcmp(f->key, "part2.full") != 0;
}

static bool
guide_has_inputs(const struct guide_step *step)
{
	size_t i;

	for (i = 0; i < step->n_fields; i++)
		if (guide_is_input(&step->fields[i]))
			return true;
	return false;
}

/* A CHOICE whose first entry is "Not set" can be unset (index 0). */
static bool
guide_choice_unsettable(const struct guide_field *f)
{
	return f->choices == NULL || (f->choices[0] != NULL &&
	    strcmp(f->choices[0], guide_not_set) == 0);
}

/* True when a scalar value counts as given. */
static bool
guide_scalar_given(const struct guide_field *f, const char *v)
{
	if (textnorm_blank(v))
		return false;
	if (f->kind == GUIDE_CHECK)
		return strcmp(v, "0") != 0;
	if (f->kind == GUIDE_CHOICE && f->choices != NULL)
		return strcmp(v, "0") != 0;
	return true;
}

/*
 * How many items of a LIST are non-empty (counting stops at the first
 * when stop_at_one), and how many there are.
 */
static size_t
guide_list_given(const struct session *s, const struct guide_field *f,
    const struct guide_ctx *ctx, size_t *n, bool stop_at_one)
{
	struct guide_ctx c = *ctx;
	size_t given = 0;
	char *v;

	*n = f->count(s, ctx);
	for (c.row = 0; c.row < *n && !(stop_at_one && given > 0); c.row++) {
		v = f->get(s, &c);
		given += !textnorm_blank(v);
		free(v);
	}
	return given;
}

/* Fills *filled and *content for one field. */
static void
guide_field_state(const struct session *s, const struct guide_field *f,
    const struct guide_ctx *ctx, bool *filled, bool *content)
{
	size_t n, given;
	char *v;

	if (guide_field_readonly(f)) {
		*filled = true;		/* nothing for the user to do */
		*content = false;
	} else if (strcmp(f->key, "part3.indicators") == 0) {
		*filled = guide_part3_indicators_filled(s);
		*content = guide_part3_indicators_content(s);
	} else if (f->kind == GUIDE_LIST) {
		/* One item given is enough, in a list that grows (2,000
		 * meeting dates) and in the fixed five points alike: the
		 * five lines are room for up to five, and the booklet's own
		 * filled-in example has four. */
		given = guide_list_given(s, f, ctx, &n, true);
		*content = *filled = given > 0;
	} else if (f->kind == GUIDE_TABLE || f->kind == GUIDE_RECORDS) {
		*content = *filled = f->count(s, ctx) > 0;
	} else if (f->kind == GUIDE_CHOICE && !guide_choice_unsettable(f)) {
		*filled = true;		/* always holds a value */
		*content = false;	/* so it says nothing of progress */
	} else if (f->get != NULL) {
		v = f->get(s, ctx);
		*content = *filled = guide_scalar_given(f, v);
		free(v);
	} else
		*content = *filled = false;
}

bool
guide_field_filled(const struct session *s, const struct guide_field *f,
    const struct guide_ctx *ctx)
{
	bool filled, content;

	if (!guide_is_input(f))
		return true;
	guide_field_state(s, f, ctx, &filled, &content);
	return filled;
}

/* The status of a step with input fields, for the party in ctx. */
static enum guide_status
guide_input_status(const struct session *s, const struct guide_step *step,
    const struct guide_ctx *ctx)
{
	bool filled, content, any = false, all = true, required = false;
	const struct guide_field *f;
	size_t i;

	for (i = 0; i < step->n_fields; i++) {
		f = &step->fields[i];
		if (!guide_is_input(f) || !guide_field_applies(s, f, ctx))
			continue;
		guide_field_state(s, f, ctx, &filled, &content);
		any = any || content;
		if (f->required) {
			required = true;
			all = all && filled;
		}
	}
	if (!any)
		return GUIDE_EMPTY;
	return !required || all ? GUIDE_DONE : GUIDE_PARTLY;
}

/*
 * The status of step i with input fields: remembered in the cache p (if
 * any), which its caller has made current for the session.
 */
static enum guide_status
guide_step_input(const struct session *s, struct guide_progress *p,
    size_t i, const struct guide_step *step, const struct guide_ctx *ctx)
{
	enum guide_status st;

	if (p != NULL && i < p->n_steps && p->input[i] >= 0)
		return (enum guide_status)p->input[i];
	st = guide_input_status(s, step, ctx);
	if (p != NULL && i < p->n_steps)
		p->input[i] = (signed char)st;
	return st;
}

/* Done, total and whether anything is filled, over a part's steps (of
 * one party, or of all with -1). */
static void
guide_part_state(const struct session *s, struct guide_progress *p,
    enum guide_part part, int party, size_t *done, size_t *total,
    bool *any)
{
	const struct guide_step *step;
	struct guide_ctx ctx;
	enum guide_status st;
	size_t i, n = guide_step_count(s);

	*done = *total = 0;
	*any = false;
	for (i = 0; i < n; i++) {
		step = guide_step_at(s, i, &ctx);
		if (step->part != part || !guide_has_inputs(step) ||
		    step->optional || (party >= 0 && ctx.party != party))
			continue;
		st = guide_step_input(s, p, i, step, &ctx);
		(*total)++;
		*done += st == GUIDE_DONE;
		*any = *any || st != GUIDE_EMPTY;
	}
}

bool
guide_step_is_review(const struct guide_step *step)
{
	size_t j;

	for (j = 0; j < step->n_fields; j++)
		if (step->fields[j].kind == GUIDE_REVIEW)
			return true;
	return false;
}

enum guide_status
guide_step_status_in(const struct session *s, struct guide_progress *p,
    size_t i)
{
	const struct guide_step *step;
	struct guide_ctx ctx;
	size_t done, total;
	bool any;

	step = guide_step_at(s, i, &ctx);
	if (step == NULL)
		return GUIDE_EMPTY;
	if (guide_has_inputs(step))
		return guide_step_input(s, p, i, step, &ctx);
	if (!guide_step_is_review(step))
		return GUIDE_DONE;
	guide_part_state(s, p, step->part, ctx.party, &done, &total, &any);
	if (done == total)
		return GUIDE_DONE;
	return any ? GUIDE_PARTLY : GUIDE_EMPTY;
}

enum guide_status
guide_step_status(const struct session *s, size_t i)
{
	return guide_step_status_in(s, NULL, i);
}

void
guide_part_progress_in(const struct session *s, struct guide_progress *p,
    enum guide_part part, size_t *done, size_t *total)
{
	bool any;

	guide_part_state(s, p, part, -1, done, total, &any);
}

void
guide_party_progress_in(const struct session *s, struct guide_progress *p,
    enum guide_part part, int party, size_t *done, size_t *total)
{
	bool any;

	guide_part_state(s, p, part, party, done, total, &any);
}

void
guide_part_progress(const struct session *s, enum guide_part part,
    size_t *done, size_t *total)
{
	guide_part_progress_in(s, NULL, part, done, total);
}

size_t
guide_missing_in(const struct session *s, struct guide_progress *p,
    enum guide_part part, struct guide_missing *out, size_t max)
{
	const struct guide_step *step;
	const struct guide_field *f;
	struct guide_ctx ctx;
	size_t i, j, found = 0, n = guide_step_count(s);

	for (i = 0; i < n; i++) {
		step = guide_step_at(s, i, &ctx);
		if (step->part != part || step->optional)
			continue;
		/* Done means every required answer is given. */
		if (p != NULL && guide_has_inputs(step) &&
		    guide_step_input(s, p, i, step, &ctx) == GUIDE_DONE)
			continue;
		for (j = 0; j < step->n_fields; j++) {
			f = &step->fields[j];
			if (!f->required || guide_field_filled(s, f, &ctx) ||
			    !guide_field_applies(s, f, &ctx))
				continue;
			if (found < max && out != NULL) {
				out[found].step = i;
				out[found].field = f;
				out[found].party = ctx.party;
			}
			found++;
		}
	}
	return found;
}

size_t
guide_missing(const struct session *s, enum guide_part part,
    struct guide_missing *out, size_t max)
{
	return guide_missing_in(s, NULL, part, out, max);
}
