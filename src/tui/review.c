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

/* Lays out the review of the current step's part at y. */
int
review_build(struct tui *tui, const struct guide_field *fl, int y)
{
	struct guide_missing *miss;
	struct guide_ctx ctx = tui->ctx;
	struct slot *sl;
	/* After one party's Del 1, that party's answers; else the part's. */
	int party = tui->gs->per_party ? ctx.party : -1;
	size_t done = 0, total = 0, n, shown = 0, i;
	int w = form_body_width(tui) - 6;
	char *line, *title;

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
	for (i = 0; i < n; i++) {
		if (party >= 0 && miss[i].party != party)
			continue;
		if (shown == 0)
			form_add_deco(&tui->form, y++, 4, w, THEME_NORMAL,
			    _("Still missing (Enter jumps there):"));
		if (shown++ >= REVIEW_MAX)
			continue;
		title = review_step_title(tui->s, miss[i].step);
		sl = form_add_slot(&tui->form, SLOT_JUMP, fl, &ctx, y++, 4, w,
		    1);
		sl->jump = miss[i].step;
		sl->jump_field = miss[i].field;
		sl->text = xasprintf("[ ] %s: %s", title,
		    _(miss[i].field->label));
		free(title);
	}
	free(miss);
	if (shown == 0)
		form_add_deco(&tui->form, y++, 4, w, THEME_DONE, party >= 0 ?
		    _("[x] Nothing is missing for this party.") :
		    _("[x] Nothing is missing in this part."));
	if (shown > REVIEW_MAX) {
		line = xasprintf(_("... and %zu more"), shown - REVIEW_MAX);
		form_add_deco(&tui->form, y++, 4, w, THEME_HINT, line);
		free(line);
	}
	return y;
}
