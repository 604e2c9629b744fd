/*
 * Coming back to a session: on opening, the step and field this user
 * left it at (b2c/resume.h, in the user's state directory) are offered,
 * with what is due (b2c/due.h); on leaving, where the user is is kept.
 * Both are best effort: the session file is never touched.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/due.h"
#include "b2c/i18n.h"
#include "b2c/resume.h"
#include "b2c/textbuf.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define COMEBACK_DUE_SHOWN 2	/* items named in the offer */

static const struct guide_field *
comeback_field(const struct guide_step *gs, const char *key)
{
	size_t i;

	for (i = 0; key != NULL && *key != '\0' && i < gs->n_fields; i++)
		if (strcmp(gs->fields[i].key, key) == 0)
			return &gs->fields[i];
	return NULL;
}

/* "Part 2 · Annual wheel" for step i (allocated). */
static char *
comeback_step_name(const struct tui *tui, size_t i)
{
	struct guide_ctx ctx;
	const struct guide_step *gs = guide_step_at(tui->s, i, &ctx);
	char *title = review_step_title(tui->s, i), *name;

	name = xasprintf("%s%s%s", _(guide_part_name(gs->part)),
	    theme_mark(4), title);
	free(title);
	return name;
}

/* What is due today, the late first, as one sentence; "" when nothing. */
static char *
comeback_due(const struct tui *tui)
{
	struct due_item *items = NULL;
	char today[DATE_ISO_LEN], when[DATE_ISO_LEN];
	struct textbuf b;
	int i, n, shown = 0;

	due_today(today);
	n = due_compute(tui->s, today, DUE_DEFAULT_DAYS, &items);
	textbuf_init(&b);
	for (i = 0; i < n && shown < COMEBACK_DUE_SHOWN; i++) {
		if (!due_is_late(items[i].kind) && i + 1 < n &&
		    due_is_late(items[n - 1].kind))
			continue;
		due_when(&items[i], when);
		textbuf_addf(&b, "%s%s %s: %s", shown > 0 ? "; " : "",
		    when, due_state(&items[i], today), due_what(&items[i]));
		shown++;
	}
	if (n > shown)
		textbuf_addf(&b, P_(" (and %d more)", " (and %d more)",
		    n - shown), n - shown);
	free(items);
	if (b.len == 0)
		return xstrdup("");
	return textbuf_detach(&b);
}

/* Goes to the step and field of p, when the session still has them. */
static void
comeback_go(struct tui *tui, const struct resume_point *p, long step)
{
	struct guide_ctx ctx;
	const struct guide_step *gs = guide_step_at(tui->s, (size_t)step,
	    &ctx);
	const struct guide_field *fl = comeback_field(gs, p->field);
	struct slot_id id = { .set = true, .coll = fl, .row = p->row };

	tui_goto_step(tui, (size_t)step);
	if (fl == NULL)
		return;
	if (fl->kind == GUIDE_TABLE || fl->kind == GUIDE_LIST ||
	    fl->kind == GUIDE_RECORDS) {
		if (fl->count != NULL && p->row >= fl->count(tui->s, &ctx))
			id.row = 0;
		if (form_focus_id(tui, &id))
			form_load_focus(tui);
	} else
		tui_focus_field(tui, fl);
	tui->need_full = true;
}

/* On opening: offers the place this user left the session at, naming
 * what is due. Nothing when there is no such place, or it is the start. */
void
comeback_offer(struct tui *tui)
{
	struct resume_point p;
	char *name, *due, *q, *no;
	long step;
	int r;

	if (tui->cfg.resume_file == NULL || tui->cfg.resume_key == NULL ||
	    resume_load(tui->cfg.resume_file, tui->cfg.resume_key, &p) != 0)
		return;
	step = guide_find_step(tui->s, p.step, p.party);
	if (step <= 0) {
		/* The start is where a session opens: only the field. */
		if (step == 0)
			comeback_go(tui, &p, step);
		resume_clear(&p);
		return;
	}
	name = comeback_step_name(tui, (size_t)step);
	due = comeback_due(tui);
	if (*due != '\0')
		q = xasprintf(_("Due: %s. Continue where you left off, at %s? "
		    "(y/n)"), due, name);
	else
		q = xasprintf(_("Continue where you left off, at %s? (y/n)"),
		    name);
	/* Enter takes the offer too; Esc declines it. */
	no = xasprintf("%s\x1b", _("nN"));
	r = input_choice(tui, q, (const char *const[]){ _("yY"), "\r\n", no,
	    NULL });
	if (r == 0 || r == 1)
		comeback_go(tui, &p, step);
	free(no);
	free(q);
	free(due);
	free(name);
	resume_clear(&p);
}

/* On leaving: keeps the step and field the user is at. */
void
comeback_keep(struct tui *tui)
{
	struct resume_point p;
	struct guide_ctx ctx;
	const struct guide_step *gs;
	const struct guide_field *fl;
	const struct slot *sl;
	char *cause = NULL;

	if (tui->cfg.resume_file == NULL || tui->cfg.resume_key == NULL)
		return;
	memset(&p, 0, sizeof p);
	gs = guide_step_at(tui->s, tui->step, &ctx);
	p.step = xstrdup(gs->key);
	p.party = ctx.party;
	fl = NULL;
	if (tui->record != NULL) {
		fl = tui->record;
		p.row = tui->record_row;
	} else if (tui->form.n_slots > 0 &&
	    tui->form.focus < tui->form.n_slots) {
		sl = &tui->form.slots[tui->form.focus];
		fl = sl->coll != NULL ? sl->coll : sl->field;
		p.row = sl->coll != NULL ? sl->row : 0;
	}
	p.field = xstrdup(fl != NULL ? fl->key : "");
	if (resume_save(tui->cfg.resume_file, tui->cfg.resume_key, &p,
	    &cause) != 0)
		free(cause);	/* best effort: the next opening starts on top */
	resume_clear(&p);
}
