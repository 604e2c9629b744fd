/*
 * Merge conflicts in the line mode: said when the session opens, and
 * /conflicts (/konflikter) goes through them one by one: where each is
 * (step and field, as the wizard shows it, guide-conflict.h), both
 * values, and a choice: 1 keeps this version's value, 2 takes the other
 * version's (store-conflict.h), Enter leaves it for later.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/conflict-spot.h"
#include "b2c/i18n.h"
#include "b2c/store-conflict.h"
#include "b2c/util.h"
#include "line-internal.h"

void
line_conflict_notice(struct line *l)
{
	size_t n = l->s->n_conflicts;

	if (n > 0)
		line_say(l, P_("This session has %zu conflict from merging two "
		    "versions; /conflicts shows it and lets you decide.",
		    "This session has %zu conflicts from merging two "
		    "versions; /conflicts shows them and lets you decide.", n),
		    n);
}

/* Where conflict i is, in words: "step 1, Session title", or its path. */
static void
line_conflict_where(struct line *l, size_t i)
{
	const struct conflict *c = &l->s->conflicts[i];
	struct guide_spot sp;
	const struct guide_field *fl;
	char *title;

	if (!conflict_spot(l->s, i, &sp)) {
		line_say(l, _("Conflict at %s:"), c->path);
		return;
	}
	title = line_step_title(l, sp.step);
	fl = sp.column != NULL ? sp.column : sp.field;
	if (sp.row != GUIDE_NO_ROW)
		line_say(l, _("Conflict at step %zu, %s: %s, line %zu:"),
		    sp.step + 1, title, _(fl->label), sp.row + 1);
	else
		line_say(l, _("Conflict at step %zu, %s: %s:"), sp.step + 1,
		    title, _(fl->label));
	free(title);
}

/* Shows conflict i and asks; false to stop going through them. */
static bool
line_conflict_one(struct line *l, size_t *i)
{
	const struct conflict *c = &l->s->conflicts[*i];
	bool removal = store_conflict_is_removal(c);
	char *answer = NULL, *cause = NULL;
	enum line_act act;

	line_conflict_where(l, *i);
	if (strcmp(c->kind, "removed-ours") == 0)
		line_say(l, "  %s", _("removed in this version, changed in the "
		    "other; kept for now"));
	else if (removal)
		line_say(l, "  %s", _("changed in this version, removed in the "
		    "other; kept for now"));
	else {
		line_say(l, _("  this version:  %s"), c->ours);
		line_say(l, _("  other version: %s"), c->theirs);
	}
	line_say(l, "%s", removal ? _("1 keeps the line, 2 removes it, "
	    "Enter decides later.") : _("1 keeps this version's value, 2 "
	    "takes the other version's, Enter decides later."));
	act = line_ask(l, "> ", &answer);
	if (act != LINE_ANSWER) {
		free(answer);
		return act == LINE_AGAIN;
	}
	if (line_word(answer, "1", NULL) || line_word(answer, "2", NULL)) {
		if (store_conflict_decide(l->s, *i, line_word(answer, "2",
		    NULL), &cause) != 0) {
			line_say(l, "%s", cause);
			free(cause);
			(*i)++;
		} else
			line_changed(l);
	} else
		(*i)++;
	free(answer);
	return true;
}

void
line_conflicts(struct line *l)
{
	size_t i = 0;

	if (l->s->n_conflicts == 0) {
		line_say(l, "%s", _("No conflicts: nothing to decide."));
		return;
	}
	if (l->cfg.read_only) {
		line_say(l, "%s", _("The session is open read-only: the "
		    "conflicts can be seen with b2c check, not decided."));
		return;
	}
	while (i < l->s->n_conflicts && line_conflict_one(l, &i))
		;
	line_say(l, P_("%zu conflict left.", "%zu conflicts left.",
	    l->s->n_conflicts), l->s->n_conflicts);
}
