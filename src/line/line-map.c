/*
 * What the line mode says about where one is: the heading of each step
 * ("Part 1 · Own priorities (Bo-Vest) · 1/10"), the step map with each
 * step's state in words, the help, and a part's review.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/guide-extra.h"
#include "b2c/guide-progress.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "line-internal.h"

#define LINE_REVIEW_MAX	64

/* What stands between the parts of a title, as in the wizard's. */
const char *
line_dot(const struct line *l)
{
	return l->cfg.ascii ? " - " : " \xc2\xb7 ";
}

/* A step's title with its party for Del 1 steps (allocated). */
char *
line_step_title(const struct line *l, size_t step)
{
	const struct session *s = l->s;
	struct guide_ctx ctx = { -1, 0, 0 };
	const struct guide_step *gs = guide_step_at(s, step, &ctx);
	char *party, *title;

	if (gs == NULL)
		return xstrdup("");
	if (!gs->per_party || ctx.party < 0)
		return xasprintf("%s%s%s", _(guide_part_name(gs->part)),
		    line_dot(l), _(gs->title));
	party = guide_party_label(s, ctx.party);
	title = xasprintf("%s%s%s (%s)", _(guide_part_name(gs->part)),
	    line_dot(l), _(gs->title), party);
	free(party);
	return title;
}

/* The current step's heading and guidance. */
void
line_heading(struct line *l)
{
	size_t pos = 0, count = 0;
	char *title = line_step_title(l, l->step);

	guide_step_position(l->s, l->step, &pos, &count);
	line_blank(l);
	line_say(l, "%s%s%zu/%zu", title, line_dot(l), pos, count);
	free(title);
	if (l->gs->guidance != NULL)
		line_para(l, "", _(l->gs->guidance));
	line_blank(l);
}

static const char *
line_status_word(enum guide_status st)
{
	return st == GUIDE_DONE ? _("done") : st == GUIDE_PARTLY ?
	    _("partly") : _("missing");
}

/* /map: every step, numbered for /goto, with its state in words. */
void
line_map(struct line *l)
{
	size_t n = guide_step_count(l->s), i;
	char *title;

	line_say(l, "%s", _("Overview of all steps (/goto N goes to one):"));
	for (i = 0; i < n; i++) {
		title = line_step_title(l, i);
		line_say(l, "  %2zu. %s: %s%s", i + 1, title,
		    line_status_word(guide_step_status(l->s, i)),
		    i == l->step ? _(" (you are here)") : "");
		free(title);
	}
}

/* /help: the step's own help and the commands. */
void
line_help(struct line *l)
{
	static const char *const commands[] = {
		N_("/next or /næste      the next step"),
		N_("/back or /tilbage    the step before"),
		N_("/map or /oversigt    all steps and how far each is"),
		N_("/goto N or /gå N     go to step N of the overview"),
		N_("/save or /gem        save now (leaving a step saves too)"),
		N_("/quit or /afslut     save and leave"),
		N_("/help or /hjælp      this help"),
		N_("/conflicts or /konflikter  the conflicts of a merge, to "
		    "decide"),
	};
	size_t i;

	line_say(l, "%s", _(l->gs->title));
	if (l->gs->help != NULL)
		line_para(l, "  ", _(l->gs->help));
	line_blank(l);
	line_para(l, "", _("Enter on an empty line keeps the value shown and "
	    "goes on; a line holding a single \".\" empties it, and ends a "
	    "text of several lines. Choices take their number or their "
	    "words. Lists and tables take add, edit N, delete N, move N M and "
	    "done. A "
	    "line that is to start with \"/\" is written with two."));
	line_say(l, "%s", _("Commands:"));
	for (i = 0; i < sizeof commands / sizeof commands[0]; i++)
		line_say(l, "  %s", _(commands[i]));
}

/* One line of a review: the step (numbered for /goto) and what. */
static void
line_review_item(struct line *l, size_t step, const char *what,
    size_t *shown)
{
	char *title;

	if ((*shown)++ == 0)
		line_say(l, "   %s", _("Still missing (/goto N goes there):"));
	if (*shown > LINE_REVIEW_MAX)
		return;
	title = line_step_title(l, step);
	line_say(l, "   %zu. %s: %s", step + 1, title, what);
	free(title);
}

/* A part's review, as the wizard's: steps done, each required answer
 * still missing and each step with nothing in it yet (of the step's
 * party after one party's Del 1). */
void
line_review(struct line *l, const struct guide_field *fl)
{
	int party = l->gs->per_party ? l->ctx.party : -1;
	struct guide_progress *gp = guide_progress_new();
	struct guide_missing *miss;
	size_t done = 0, total = 0, n, i, shown = 0, m;
	size_t steps[LINE_REVIEW_MAX];

	line_say(l, "%s", _(fl->label));
	guide_progress_party(gp, l->s, 0, l->gs->part, party, &done, &total);
	line_say(l, _("   %zu of %zu steps done."), done, total);
	n = guide_progress_missing(gp, l->s, 0, l->gs->part, NULL, 0);
	miss = xreallocarray(NULL, n > 0 ? n : 1, sizeof *miss);
	n = guide_progress_missing(gp, l->s, 0, l->gs->part, miss, n);
	for (i = 0; i < n; i++)
		if (party < 0 || miss[i].party == party)
			line_review_item(l, miss[i].step,
			    _(miss[i].field->label), &shown);
	m = guide_progress_empty(gp, l->s, 0, l->gs->part, party, miss, n,
	    steps, LINE_REVIEW_MAX);
	for (i = 0; i < m && i < LINE_REVIEW_MAX; i++)
		line_review_item(l, steps[i], _("nothing filled in yet"),
		    &shown);
	shown += m > LINE_REVIEW_MAX ? m - LINE_REVIEW_MAX : 0;
	if (shown > LINE_REVIEW_MAX)
		line_say(l, _("   ... and %zu more"), shown - LINE_REVIEW_MAX);
	if (shown == 0)
		line_say(l, "   %s", party >= 0 ?
		    _("Nothing is missing for this party.") :
		    _("Nothing is missing in this part."));
	free(miss);
	guide_progress_free(gp);
}
