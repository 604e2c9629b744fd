/*
 * The review at the end of each part: how many steps are done, and every
 * required answer still missing, each a line that jumps to its step.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/guide-progress.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define REVIEW_MAX	64

/*
 * The completeness the reviews and the step map show, worked out once
 * per version of the session (tui->changes counts every change), not on
 * every redraw.
 */
static struct guide_progress *review_cache;

struct guide_progress *
review_progress(void)
{
	if (review_cache == NULL)
		review_cache = guide_progress_new();
	return review_cache;
}

/* Frees what the reviews remember (at exit). */
void
review_progress_free(void)
{
	guide_progress_free(review_cache);
	review_cache = NULL;
}

/* The name to show for a party: its name, else its role. */
static const char *
review_party_name(const struct session *s, int party)
{
	if (party < 0 || party >= PARTY_COUNT)
		return "";
	if (*s->parties[party].name != '\0')
		return s->parties[party].name;
	return party == PARTY_HOUSING ? _("Housing organisation") :
	    _("Company");
}

/* A step's title, with the party for Del 1 steps (allocated). */
char *
review_step_title(const struct session *s, size_t step)
{
	struct guide_ctx ctx = { -1, 0, 0 };
	const struct guide_step *gs = guide_step_at(s, step, &ctx);

	if (gs == NULL)
		return xstrdup("");
	if (gs->per_party && ctx.party >= 0)
		return xasprintf("%s (%s)", _(gs->title),
		    review_party_name(s, ctx.party));
	return xstrdup(_(gs->title));
}

/* The heading over the missing lines (at head), or that nothing is
 * missing, and how many more there are than shown. */
static int
review_finish(struct tui *tui, int y, int head, size_t shown, int party)
{
	int w = form_body_width(tui) - 6;
	char *line;

	if (shown == 0) {
		form_add_deco(&tui->form, head, 4, w, THEME_DONE, party >= 0 ?
		    _("[x] Nothing is missing for this party.") :
		    _("[x] Nothing is missing in this part."));
		return head + 1;
	}
	form_add_deco(&tui->form, head, 4, w, THEME_NORMAL,
	    _("Still missing (Enter jumps there):"));
	if (shown > REVIEW_MAX) {
		line = xasprintf(_("... and %zu more"), shown - REVIEW_MAX);
		form_add_deco(&tui->form, y++, 4, w, THEME_HINT, line);
		free(line);
	}
	return y;
}

/* One line of what is missing; it jumps to field on step. */
static int
review_add_jump(struct tui *tui, const struct guide_field *fl, int y,
    size_t step, const struct guide_field *field, const char *what)
{
	struct slot *sl;
	char *title = review_step_title(tui->s, step);

	sl = form_add_slot(&tui->form, SLOT_JUMP, fl, &tui->ctx, y,
	    4, form_body_width(tui) - 6, 1);
	sl->jump = step;
	sl->jump_field = field;
	sl->text = xasprintf("[ ] %s: %s", title, what);
	free(title);
	return y + 1;
}

/* Steps of the part (of party, unless -1) with nothing in them yet
 * that ask for nothing required: the count of steps done includes them. */
static size_t
review_empty_steps(struct tui *tui, const struct guide_field *fl, int *y,
    int party, const struct guide_missing *miss, size_t n, size_t shown)
{
	const struct guide_step *gs;
	size_t steps[REVIEW_MAX], k, m;

	m = guide_progress_empty(review_progress(), tui->s, tui->changes,
	    tui->gs->part, party, miss, n, steps, REVIEW_MAX);
	for (k = 0; k < m; k++, shown++) {
		if (shown >= REVIEW_MAX || k >= REVIEW_MAX)
			continue;
		gs = guide_step_at(tui->s, steps[k], NULL);
		*y = review_add_jump(tui, fl, *y, steps[k], &gs->fields[0],
		    _("nothing filled in yet"));
	}
	return shown;
}

/* Lays out the review of the current step's part at y. */
int
review_build(struct tui *tui, const struct guide_field *fl, int y)
{
	struct guide_missing *miss;
	/* After one party's Del 1, that party's answers; else the part's. */
	int party = tui->gs->per_party ? tui->ctx.party : -1;
	size_t done = 0, total = 0, n, shown = 0, i;
	int w = form_body_width(tui) - 6, head = y + 2;
	char *line;

	form_add_deco(&tui->form, y++, 2, w, THEME_LABEL, _(fl->label));
	guide_progress_party(review_progress(), tui->s, tui->changes,
	    tui->gs->part, party, &done, &total);
	line = xasprintf(_("%zu of %zu steps done."), done, total);
	form_add_deco(&tui->form, y++, 4, w, THEME_NORMAL, line);
	free(line);
	n = guide_progress_missing(review_progress(), tui->s, tui->changes,
	    tui->gs->part, NULL, 0);
	miss = xreallocarray(NULL, n > 0 ? n : 1, sizeof *miss);
	n = guide_progress_missing(review_progress(), tui->s, tui->changes,
	    tui->gs->part, miss, n);
	y++;	/* the heading goes here once something is missing */
	for (i = 0; i < n; i++) {
		if (party >= 0 && miss[i].party != party)
			continue;
		if (shown++ < REVIEW_MAX)
			y = review_add_jump(tui, fl, y, miss[i].step,
			    miss[i].field, _(miss[i].field->label));
	}
	shown = review_empty_steps(tui, fl, &y, party, miss, n, shown);
	free(miss);
	return review_finish(tui, y, head, shown, party);
}
