/*
 * Merge conflicts in the wizard. b2c merge leaves a session with our
 * values in place and a list of conflicts; each is shown as a line under
 * the field it decides (guide-conflict.h finds it), with the other
 * version's value, and Enter on that line chooses: keep this version's
 * value (as it is now, so editing the field first is a third way) or
 * take the other's (store-conflict.h). The step map marks the steps that
 * hold conflicts; conflicts no field shows (a setting the guide does not
 * edit) are listed at the top of the first step. Where they are is
 * worked out again whenever the session has changed.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/guide-conflict.h"
#include "b2c/guide-extra.h"
#include "b2c/i18n.h"
#include "b2c/store-conflict.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define CONFLICT_X	4
#define CONFLICT_LINES	4	/* at most, the rest cut */

struct conflict_place {
	bool	 found;
	struct guide_spot spot;
	char	*other;		/* the other value as the field shows it,
				 * or NULL */
};

static struct {
	const struct session *s;
	unsigned long changes;
	size_t	 n;
	struct conflict_place *places;
} cache;

void
conflict_cache_free(void)
{
	size_t i;

	for (i = 0; i < cache.n; i++)
		free(cache.places[i].other);
	free(cache.places);
	memset(&cache, 0, sizeof cache);
}

/* The other version's value as field fl shows it (a choice by label). */
static char *
conflict_shown(const struct session *other, const struct guide_field *fl,
    const struct guide_ctx *ctx)
{
	char **labels, *v, *end;
	long i, n = 0;

	if (fl == NULL || fl->get == NULL || fl->kind == GUIDE_TABLE ||
	    fl->kind == GUIDE_RECORDS)
		return NULL;
	v = fl->get(other, ctx);
	if (v == NULL || fl->kind != GUIDE_CHOICE)
		return v;
	labels = guide_field_choices(other, fl, ctx);
	while (labels != NULL && labels[n] != NULL)
		n++;
	i = strtol(v, &end, 10);
	if (*end == '\0' && i >= 0 && i < n) {
		free(v);
		v = xstrdup(labels[i]);
	}
	guide_choices_free(labels);
	return v;
}

/* Where conflict i is, and the other value there. */
static void
conflict_place(const struct session *s, size_t i, struct conflict_place *p)
{
	struct session *other = NULL;
	struct guide_ctx ctx;
	char *cause = NULL;

	memset(p, 0, sizeof *p);
	if (store_conflict_other(s, i, &other, &cause) != 0) {
		free(cause);
		return;
	}
	p->found = guide_spot_diff(s, other, &p->spot);
	if (p->found && !store_conflict_is_removal(&s->conflicts[i])) {
		ctx = (struct guide_ctx){ .party = p->spot.party,
		    .row = p->spot.row == GUIDE_NO_ROW ? 0 : p->spot.row };
		p->other = conflict_shown(other, p->spot.column != NULL ?
		    p->spot.column : p->spot.field, &ctx);
	}
	session_free(other);
}

static void
conflict_refresh(const struct tui *tui)
{
	size_t i;

	if (cache.s == tui->s && cache.changes == tui->changes &&
	    cache.n == tui->s->n_conflicts)
		return;
	conflict_cache_free();
	cache.s = tui->s;
	cache.changes = tui->changes;
	cache.n = tui->s->n_conflicts;
	cache.places = xcalloc(cache.n > 0 ? cache.n : 1,
	    sizeof *cache.places);
	for (i = 0; i < cache.n; i++)
		conflict_place(tui->s, i, &cache.places[i]);
}

/* The step conflict i shows at: its field's, or the first step. */
static size_t
conflict_step(size_t i)
{
	return cache.places[i].found ? cache.places[i].spot.step : 0;
}

/* Whether conflict i goes under field fl (NULL: the form's top) of the
 * form on screen; *in_row when it names a row of fl. */
static bool
conflict_here(const struct tui *tui, size_t i, const struct guide_field *fl,
    bool *in_row)
{
	const struct conflict_place *p = &cache.places[i];

	*in_row = false;
	if (!p->found)
		return fl == NULL && tui->step == 0 && tui->record == NULL;
	if (p->spot.step != tui->step)
		return false;
	if (tui->record == NULL) {
		*in_row = p->spot.row != GUIDE_NO_ROW;
		return fl != NULL && p->spot.field == fl;
	}
	return tui->record == p->spot.field &&
	    tui->record_row == p->spot.row && p->spot.column == fl;
}

/* What the line under the field says (allocated). */
static char *
conflict_text(const struct tui *tui, size_t i, bool in_row)
{
	const struct conflict *c = &tui->s->conflicts[i];
	const struct conflict_place *p = &cache.places[i];
	char *what, *where, *line;

	if (strcmp(c->kind, "removed-ours") == 0)
		what = xstrdup(_("removed in this version, changed in the "
		    "other; kept for now"));
	else if (strcmp(c->kind, "removed-theirs") == 0)
		what = xstrdup(_("changed in this version, removed in the "
		    "other; kept for now"));
	else if (!p->found)
		what = xasprintf(_("\"%s\" here, \"%s\" in the other version"),
		    c->ours, c->theirs);
	else if (p->other != NULL)
		what = xasprintf(_("the other version has \"%s\""), p->other);
	else
		what = xstrdup(_("changed in both versions"));
	if (!p->found)
		where = xasprintf("%s: ", c->path);
	else if (in_row && p->spot.column != NULL)
		where = xasprintf(_("Line %zu, %s: "), p->spot.row + 1,
		    _(p->spot.column->label));
	else if (in_row)
		where = xasprintf(_("Line %zu: "), p->spot.row + 1);
	else
		where = xstrdup("");
	line = xasprintf(_("! Conflict: %s%s (Enter: choose)"), where, what);
	free(where);
	free(what);
	return line;
}

/* The text's lines at width w, at most CONFLICT_LINES. */
static char **
conflict_lines(const struct tui *tui, size_t i, bool in_row, int w,
    size_t *n)
{
	char *text = conflict_text(tui, i, in_row);
	char **lines = draw_wrap_lines(text, w, n);

	free(text);
	if (*n > CONFLICT_LINES) {
		draw_free_lines(lines + CONFLICT_LINES, *n - CONFLICT_LINES);
		*n = CONFLICT_LINES;
		text = lines[*n - 1];
		lines[*n - 1] = xasprintf("%s...", text);
		free(text);
	}
	return lines;
}

int
conflict_build(struct tui *tui, const struct guide_field *fl, int y)
{
	struct slot *sl;
	struct guide_ctx ctx;
	char **lines;
	size_t i, n;
	bool in_row;
	int w = form_body_width(tui) - CONFLICT_X - 2;

	if (tui->s->n_conflicts == 0)
		return y;
	conflict_refresh(tui);
	tui_row_ctx(tui, &ctx, 0);
	for (i = 0; i < cache.n; i++) {
		if (!conflict_here(tui, i, fl, &in_row))
			continue;
		lines = conflict_lines(tui, i, in_row, w, &n);
		draw_free_lines(lines, n);
		sl = form_add_slot(&tui->form, SLOT_CONFLICT, fl, &ctx, y,
		    CONFLICT_X, w, (int)n);
		sl->row = i;
		sl->jump = in_row;
		y += (int)n;
	}
	return y;
}

void
conflict_draw(struct tui *tui, const struct slot *sl, int y, bool focused)
{
	char **lines;
	size_t i, n;

	if (sl->row >= tui->s->n_conflicts)
		return;
	conflict_refresh(tui);
	lines = conflict_lines(tui, sl->row, sl->jump != 0, sl->w, &n);
	for (i = 0; i < n && (int)i < sl->h; i++) {
		draw_fill(y + (int)i, sl->x, sl->w, THEME_ERROR);
		draw_str(y + (int)i, sl->x, sl->w, lines[i], focused ?
		    THEME_FOCUS : THEME_ERROR);
	}
	draw_free_lines(lines, n);
	if (focused) {
		tui->cur_y = y;
		tui->cur_x = sl->x;
		tui->cur_show = true;
	}
}

char *
conflict_step_tail(struct tui *tui, size_t step)
{
	size_t i, n = 0;

	if (tui->s->n_conflicts == 0)
		return xstrdup("");
	conflict_refresh(tui);
	for (i = 0; i < cache.n; i++)
		n += conflict_step(i) == step;
	if (n == 0)
		return xstrdup("");
	return xasprintf(P_("  ! %zu conflict", "  ! %zu conflicts", n), n);
}

void
conflict_notice(struct tui *tui)
{
	size_t n = tui->s->n_conflicts;

	if (n == 0)
		return;
	tui_message(tui, THEME_ERROR, P_("This session has %zu conflict "
	    "from merging two versions: it is shown at its field, and the "
	    "step map (F3) marks its step with !.", "This session has %zu "
	    "conflicts from merging two versions: each is shown at its "
	    "field, and the step map (F3) marks their steps with !.", n), n);
}

/* Says what is left after a decision. */
static void
conflict_left(struct tui *tui)
{
	size_t n = tui->s->n_conflicts;

	if (n == 0)
		tui_message(tui, THEME_NOTICE, "%s", _("Decided. No conflicts "
		    "are left; the session is saved as usual."));
	else
		tui_message(tui, THEME_NOTICE, P_("Decided. %zu conflict is "
		    "left: the step map (F3) shows where.", "Decided. %zu "
		    "conflicts are left: the step map (F3) shows where.", n),
		    n);
}

void
conflict_decide(struct tui *tui, struct slot *sl)
{
	static const char *const keys[] = { "1", "2", "\x1b", NULL };
	const struct guide_field *fl = sl->field;
	size_t i = sl->row;
	char *cause = NULL;
	bool removal;
	int r;

	if (i >= tui->s->n_conflicts || tui_refuse_readonly(tui))
		return;
	removal = store_conflict_is_removal(&tui->s->conflicts[i]);
	r = input_choice(tui, removal ? _("1: keep the line, 2: remove it; "
	    "Esc: decide later") : _("1: keep this version's value (as the "
	    "field shows it now), 2: take the other version's; Esc: decide "
	    "later"), keys);
	if (r != 0 && r != 1)
		return;
	if (r == 1 && removal && tui->record != NULL)
		tui_close_record(tui);
	if (store_conflict_decide(tui->s, i, r == 1, &cause) != 0) {
		tui_message(tui, THEME_ERROR, "%s", cause);
		free(cause);
		return;
	}
	tui_changed(tui);
	tui_relayout(tui);
	form_load_focus(tui);
	tui_focus_field(tui, fl);	/* back to the field decided */
	conflict_left(tui);
}
