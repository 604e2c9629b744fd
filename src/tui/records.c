/*
 * The record list: one summary line per record (a meeting, an indicator,
 * a measurement); Enter opens the record's own form, built from the
 * field's columns exactly like a step, and Esc comes back.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/guide-extra.h"
#include "b2c/guide-follow.h"
#include "b2c/i18n.h"
#include "b2c/period.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define RECORDS_X	4

/* What the line of record row is, for the focus (form-window.c). */
static void
records_line_id(const struct guide_field *fl, size_t row, struct slot_id *id)
{
	*id = (struct slot_id){ .set = true, .kind = SLOT_RECORD, .field = fl,
	    .coll = fl, .row = row };
}

/* Lays out a record list at y; returns the next free line. */
int
records_build(struct tui *tui, const struct guide_field *fl, int y)
{
	struct form *f = &tui->form;
	struct guide_ctx ctx;
	struct slot *sl;
	struct form_rows rows;
	size_t n, i;
	int w = form_body_width(tui) - RECORDS_X - 2;

	y = form_add_paragraph(f, y, 2, w, THEME_LABEL, _(fl->label));
	tui_row_ctx(tui, &ctx, 0);
	n = fl->count != NULL ? fl->count(tui->s, &ctx) : 0;
	if (n == 0)
		form_add_deco(f, y++, RECORDS_X, w, THEME_HINT,
		    _("(none yet)"));
	/* Lines only near the window (form-window.c), their summaries
	 * written when first drawn (records_caption): thousands of
	 * meetings cost nothing to enter. */
	rows = (struct form_rows){ .coll = fl, .y0 = y, .n = n };
	records_line_id(fl, 0, &rows.first);
	records_line_id(fl, n > 0 ? n - 1 : 0, &rows.last);
	form_window_rows(tui, &rows);
	for (i = rows.from; i < rows.to; i++) {
		tui_row_ctx(tui, &ctx, i);
		sl = form_add_slot(f, SLOT_RECORD, fl, &ctx, y + (int)i,
		    RECORDS_X, w, 1);
		sl->coll = fl;
		sl->row = i;
	}
	y += (int)n;
	if (fl->add != NULL && !tui->cfg.read_only) {	/* no button that refuses */
		tui_row_ctx(tui, &ctx, n);
		sl = form_add_slot(f, SLOT_ADD, fl, &ctx, y++, RECORDS_X, w, 1);
		sl->coll = fl;
		sl->row = n;
		sl->text = xasprintf("[+] %s", _("Add (Enter)"));
	}
	if (n > 0)
		form_add_deco(f, y++, RECORDS_X, w, THEME_HINT,
		    _("Enter opens the selected line; Esc comes back."));
	if (strcmp(tui->gs->key, IMPORT_STEP_KEY) == 0 && !tui->cfg.read_only)
		form_add_deco(f, y++, RECORDS_X, w, THEME_HINT,
		    _("F9 or Ctrl-R imports survey responses from a CSV file."));
	return y;
}

/* Gives a record line its caption, "N. summary", if it has none yet. */
void
records_caption(struct tui *tui, struct slot *sl)
{
	const struct guide_field *fl = sl->field;
	char *sum;

	if (sl->text != NULL || sl->kind != SLOT_RECORD)
		return;
	sum = fl->summary != NULL ? fl->summary(tui->s, &sl->ctx) : NULL;
	sl->text = xasprintf("%zu. %s", sl->row + 1, sum != NULL && *sum !=
	    '\0' ? sum : _("(empty)"));
	free(sum);
}

/*
 * Del 3's measurements are one flattened list (guide-follow.h): choosing
 * another indicator moves the open record, so its row changes. Called
 * around such a change: with before set, notes where the record is;
 * after, follows it.
 */
void
records_follow(struct tui *tui, bool before)
{
	static struct guide_follow mark;
	long row;

	if (before)
		guide_follow_mark(tui->s, tui->record_row, &mark);
	else if ((row = guide_follow_find(tui->s, &mark)) >= 0)
		tui->record_row = (size_t)row;
}
