/*
 * A step's form: the fields the guide declares, laid out top to bottom
 * in virtual lines that scroll under the title and guidance. Focusable
 * parts are slots (a text field, a table cell, an "add row" button);
 * labels and hints are decorations. Typing edits the model at once, so
 * nothing typed can be lost by leaving; numbers and dates are checked
 * when their field is left and keep the focus until they are valid.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/guide-extra.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define LABEL_X	2
#define INPUT_X	4

/* Frees a form's slots and decorations. */
void
form_free(struct form *f)
{
	size_t i;

	for (i = 0; i < f->n_slots; i++)
		free(f->slots[i].text);
	for (i = 0; i < f->n_decos; i++)
		free(f->decos[i].text);
	free(f->slots);
	free(f->decos);
	free(f->details);
	memset(f, 0, sizeof *f);
}

/* Appends a focusable slot at virtual line y. */
struct slot *
form_add_slot(struct form *f, enum slot_kind kind,
    const struct guide_field *field, const struct guide_ctx *ctx, int y,
    int x, int w, int h)
{
	struct slot *sl;

	if (f->n_slots > 0 && y < f->slots[f->n_slots - 1].y)
		f->unsorted = true;
	f->slots = util_grow(f->slots, f->n_slots, sizeof *f->slots);
	sl = &f->slots[f->n_slots++];
	memset(sl, 0, sizeof *sl);
	sl->kind = kind;
	sl->field = field;
	sl->ctx = *ctx;
	sl->y = y;
	sl->x = x;
	sl->w = w < 1 ? 1 : w;
	sl->h = h;
	return sl;
}

/* Appends one line of fixed text at virtual line y. */
void
form_add_deco(struct form *f, int y, int x, int w, enum theme_item style,
    const char *text)
{
	struct deco *d;

	if (f->n_decos > 0 && y < f->decos[f->n_decos - 1].y)
		f->unsorted = true;
	f->decos = util_grow(f->decos, f->n_decos, sizeof *f->decos);
	d = &f->decos[f->n_decos++];
	d->y = y;
	d->x = x;
	d->w = w;
	d->style = style;
	d->text = xstrdup(text);
	d->canvas = NULL;
	d->crow = 0;
}

/* Adds text wrapped to w columns; returns the line after it. */
int
form_add_paragraph(struct form *f, int y, int x, int w, enum theme_item style,
    const char *text)
{
	char **lines;
	size_t n, i;

	if (text == NULL || *text == '\0')
		return y;
	lines = draw_wrap_lines(text, w, &n);
	for (i = 0; i < n; i++)
		form_add_deco(f, y++, x, w, style, lines[i]);
	draw_free_lines(lines, n);
	return y;
}

/* Columns the form may use. */
int
form_body_width(const struct tui *tui)
{
	return tui->cols;
}

/* The context of a collection's row (ctx->sub inside a record). */
void
tui_row_ctx(const struct tui *tui, struct guide_ctx *ctx, size_t row)
{
	*ctx = tui->ctx;
	if (tui->record != NULL) {
		ctx->row = tui->record_row;
		ctx->sub = row;
	} else
		ctx->row = row;
}

/* True when the slot shows a value that cannot be edited. */
bool
form_slot_readonly(struct tui *tui, const struct slot *sl)
{
	if (sl->field == NULL || !guide_field_readonly(sl->field))
		return false;
	tui_message(tui, THEME_NOTICE, "%s", _("This value is only shown "
	    "here (worked out by b2c, or written on another step) and cannot "
	    "be changed here."));
	return true;
}

/* The current value of a slot's field as allocated UTF-8. */
char *
form_value(const struct tui *tui, const struct slot *sl)
{
	char *v;

	if (sl->field == NULL || sl->field->get == NULL)
		return xstrdup("");
	v = sl->field->get(tui->s, &sl->ctx);
	return v != NULL ? v : xstrdup("");
}

/* Whether a slot is a question not answered yet: for a field of its
 * own, as the step map counts it (guide_field_filled: a choice still
 * "Not set", a box not ticked); in a table, a required cell of white
 * space. */
static bool
form_unanswered(struct tui *tui, const struct slot *sl)
{
	char *v;
	bool empty;

	if (sl->kind != SLOT_TEXT && sl->kind != SLOT_AREA &&
	    sl->kind != SLOT_CHOICE && sl->kind != SLOT_CHECK)
		return false;
	if (sl->field == NULL || form_slot_readonly(tui, sl))
		return false;
	if (sl->coll == NULL)
		return !guide_field_filled(tui->s, sl->field, &sl->ctx);
	if ((sl->kind != SLOT_TEXT && sl->kind != SLOT_AREA) ||
	    !sl->field->required)
		return false;	/* an optional cell may stay empty */
	v = form_value(tui, sl);
	empty = v[strspn(v, " \t\n")] == '\0';
	free(v);
	return empty;
}

/* Focuses the first merge conflict of the form, the one thing that
 * waits for a decision; else the first question not answered yet (the
 * first slot when all are), as a step or a record opens. */
void
form_focus_unanswered(struct tui *tui)
{
	size_t i;

	if (tui->cfg.read_only)
		return;		/* nothing to answer: read from the top */
	for (i = 0; i < tui->form.n_slots; i++) {
		if (tui->form.slots[i].kind == SLOT_CONFLICT) {
			tui->form.focus = i;
			return;
		}
	}
	for (i = 0; i < tui->form.n_slots; i++) {
		if (form_unanswered(tui, &tui->form.slots[i])) {
			tui->form.focus = i;
			return;
		}
	}
}

/* Lines of a choice: 1 side by side (or compact), else one per option. */
static int
form_choice_lines(struct tui *tui, const struct guide_field *fl,
    const struct guide_ctx *ctx, int w)
{
	char **labels = guide_field_choices(tui->s, fl, ctx);
	int n = 0;

	while (labels != NULL && labels[n] != NULL)
		n++;
	if (!choice_wide(labels, w) || n > 6)
		n = 1;
	guide_choices_free(labels);
	return n;
}

/* Lays out one scalar field at y; returns the next free line. */
static int
form_build_scalar(struct tui *tui, const struct guide_field *fl,
    const struct guide_ctx *ctx, int y)
{
	struct form *f = &tui->form;
	int w = form_body_width(tui) - INPUT_X - 2;
	int h = TUI_AREA_LINES;

	if (fl->kind == GUIDE_CHECK) {
		form_add_slot(f, SLOT_CHECK, fl, ctx, y, INPUT_X, w, 1);
		return y + 1;
	}
	y = form_add_paragraph(f, y, LABEL_X, w + 2, THEME_LABEL, _(fl->label));
	switch (fl->kind) {
	case GUIDE_TEXTAREA:
		if (tui->body_h < 12)
			h = 3;
		form_add_slot(f, SLOT_AREA, fl, ctx, y, INPUT_X, w, h);
		y += h;
		break;
	case GUIDE_CHOICE:
		h = form_choice_lines(tui, fl, ctx, w);
		form_add_slot(f, SLOT_CHOICE, fl, ctx, y, INPUT_X, w, h);
		y += h;
		break;
	default:
		form_add_slot(f, SLOT_TEXT, fl, ctx, y++, INPUT_X, w, 1);
		break;
	}
	return y;
}

/* Lays out one field of any kind at y; returns the next free line. */
static int
form_build_field(struct tui *tui, const struct guide_field *fl, int y)
{
	struct guide_ctx ctx;
	int w = form_body_width(tui) - LABEL_X - 2;
	char *offer;

	tui_row_ctx(tui, &ctx, 0);
	if (tui->record == NULL)
		ctx.row = 0;
	if (!guide_field_applies(tui->s, fl, &ctx))
		return y;
	switch (fl->kind) {
	case GUIDE_INFO:
		y = form_add_paragraph(&tui->form, y, LABEL_X, w, THEME_LABEL,
		    _(fl->label));
		if (fl->get != NULL) {	/* a text made from the session */
			offer = fl->get(tui->s, &ctx);
			y = form_add_paragraph(&tui->form, y, INPUT_X,
			    w - INPUT_X + LABEL_X, THEME_NORMAL, offer);
			free(offer);
			return y + 1;
		}
		return form_add_paragraph(&tui->form, y, LABEL_X, w,
		    THEME_GUIDANCE, fl->hint != NULL ? _(fl->hint) : "") + 1;
	case GUIDE_LIST:
		y = list_build(tui, fl, y);
		break;
	case GUIDE_TABLE:
		y = table_build(tui, fl, y);
		break;
	case GUIDE_RECORDS:
		y = records_build(tui, fl, y);
		break;
	case GUIDE_REVIEW:
		y = review_build(tui, fl, y);
		break;
	case GUIDE_CHART:
		y = chart_build(tui, fl, y);
		break;
	default:
		y = form_build_scalar(tui, fl, &ctx, y);
		break;
	}
	y = conflict_build(tui, fl, y);
	if (fl->hint != NULL && *fl->hint != '\0')
		y = form_add_paragraph(&tui->form, y, INPUT_X, w - 2,
		    THEME_HINT, _(fl->hint));
	if ((offer = guide_measure_offer(tui->s, fl)) != NULL) {
		y = form_add_paragraph(&tui->form, y, INPUT_X, w - 2,
		    THEME_HINT, offer);
		free(offer);
	}
	return y + 1;
}

/* Lays out the fields afresh, table rows around line top. */
static void
form_lay_out(struct tui *tui, int top)
{
	const struct guide_field *fields;
	size_t n, i;
	int y = 0;

	form_free(&tui->form);
	form_window_reset(tui, top);
	if (tui->record != NULL) {
		fields = tui->record->columns;
		n = tui->record->n_columns;
	} else {
		fields = tui->gs->fields;
		n = tui->gs->n_fields;
	}
	y = conflict_build(tui, NULL, y);	/* conflicts of no field */
	for (i = 0; i < n; i++)
		y = form_build_field(tui, &fields[i], y);
	tui->form.height = y;
}

/*
 * Rebuilds the form of the current step (or record) from the model,
 * keeping the focus and the scroll; the focus goes to tui->want instead
 * when that is set.
 */
void
form_build(struct tui *tui)
{
	struct form *f = &tui->form;
	struct slot_id was;
	size_t focus = f->focus;
	int scroll = f->scroll;
	bool wanted = tui->want.set;

	/* The focus is kept by what it is when the rows of a long list
	 * laid out, or the columns a resize leaves, shift the indices; its
	 * row is laid out even when a smaller window no longer reaches it. */
	if (!wanted)
		form_slot_id(f, focus, &tui->want);
	was = tui->want;
	/* Three screens: the window and room to scroll before form_draw
	 * has to lay out more. */
	tui->build_until = scroll + 3 * (tui->body_h > 0 ? tui->body_h : 1);
	form_lay_out(tui, scroll);
	if (f->want_y >= 0)
		form_lay_out(tui, f->want_y);
	tui->want.set = false;
	f->focus = f->n_slots == 0 ? 0 :
	    (focus < f->n_slots ? focus : f->n_slots - 1);
	f->scroll = scroll;
	form_refocus(f, &was, wanted);
}

/* Puts the focused slot's value into the edit buffer when it is text. */
void
form_load_focus(struct tui *tui)
{
	struct slot *sl;
	char *v;

	tui->editing = false;
	tui->choice_hl = -1;	/* a list's highlight starts on its choice */
	tui->choice_typing = false;
	if (tui->form.n_slots == 0)
		return;
	sl = &tui->form.slots[tui->form.focus];
	if (sl->kind != SLOT_TEXT && sl->kind != SLOT_AREA)
		return;
	v = shown_value(tui, sl, 0);
	text_set(&tui->edit, v);
	/* A multi-line text that cannot be changed is read from its start;
	 * one being written continues at its end. */
	if (sl->kind == SLOT_AREA && (tui->cfg.read_only ||
	    guide_field_readonly(sl->field)))
		tui->edit.cur = 0;
	/* Like a spreadsheet cell: typing over a count of 0 replaces it
	 * rather than making "015". */
	tui->edit_fresh = sl->field->kind == GUIDE_NUMBER &&
	    strcmp(v, "0") == 0;
	free(v);
	tui->editing = true;
}

/*
 * Counts a change when the model now differs from old: typed text is
 * stored normalised ("Baseline " as baseline), so the buffer may still
 * differ from the model, and committing it again (autosave does, every
 * few seconds) must not count as a change each time.
 */
static void
form_changed_if(struct tui *tui, const struct slot *sl, const char *old)
{
	char *now = form_value(tui, sl);

	if (strcmp(now, old) != 0)
		tui_changed(tui);
	free(now);
}

/*
 * Writes the edit buffer into the model when it differs. Returns false
 * (and says why unless quiet) when the field refuses the value.
 */
bool
form_commit(struct tui *tui, bool quiet)
{
	struct slot *sl;
	char *v, *old, *typed, *cause = NULL;
	bool ok = true;

	if (!tui->editing || tui->form.n_slots == 0)
		return true;
	sl = &tui->form.slots[tui->form.focus];
	if (sl->field->set == NULL || tui->cfg.read_only)
		return true;
	v = text_get(&tui->edit);
	old = form_value(tui, sl);
	typed = shown_value(tui, sl, 0);
	/* Unchanged when it still reads as loaded ("2,5" for 2.5). */
	if (strcmp(v, old) != 0 && strcmp(v, typed) != 0) {
		if (sl->field->set(tui->s, &sl->ctx, v, &cause) != 0) {
			if (!quiet)
				tui_message(tui, THEME_ERROR, "%s",
				    cause != NULL ? cause : _("Invalid value"));
			ok = false;
		} else
			form_changed_if(tui, sl, old);
	}
	free(cause);
	free(typed);
	free(old);
	free(v);
	return ok;
}

/* Commits the focused field before focus moves; false keeps it there. */
bool
form_leave_field(struct tui *tui)
{
	if (!form_commit(tui, false))
		return false;
	tui->editing = false;
	return true;
}
