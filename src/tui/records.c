/*
 * The record list: one summary line per record (a meeting, an indicator,
 * a measurement); Enter opens the record's own form, built from the
 * field's columns exactly like a step, and Esc comes back.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/i18n.h"
#include "b2c/util.h"
#include "tui-internal.h"

#define RECORDS_X	4

/* Lays out a record list at y; returns the next free line. */
int
records_build(struct tui *tui, const struct guide_field *fl, int y)
{
	struct form *f = &tui->form;
	struct guide_ctx ctx;
	struct slot *sl;
	size_t n, i;
	int w = form_body_width(tui) - RECORDS_X - 2;
	char *sum;

	y = form_add_paragraph(f, y, 2, w, THEME_LABEL, _(fl->label));
	tui_row_ctx(tui, &ctx, 0);
	n = fl->count != NULL ? fl->count(tui->s, &ctx) : 0;
	if (n == 0)
		form_add_deco(f, y++, RECORDS_X, w, THEME_HINT,
		    _("(none yet)"));
	for (i = 0; i < n; i++) {
		tui_row_ctx(tui, &ctx, i);
		sum = fl->summary != NULL ? fl->summary(tui->s, &ctx) : NULL;
		sl = form_add_slot(f, SLOT_RECORD, fl, &ctx, y++, RECORDS_X, w,
		    1);
		sl->coll = fl;
		sl->row = i;
		sl->text = xasprintf("%zu. %s", i + 1, sum != NULL && *sum !=
		    '\0' ? sum : _("(empty)"));
		free(sum);
	}
	if (fl->add != NULL) {
		tui_row_ctx(tui, &ctx, n);
		sl = form_add_slot(f, SLOT_ADD, fl, &ctx, y++, RECORDS_X, w, 1);
		sl->coll = fl;
		sl->row = n;
		sl->text = xasprintf("[+] %s", _("Add (Enter)"));
	}
	if (n > 0)
		form_add_deco(f, y++, RECORDS_X, w, THEME_HINT,
		    _("Enter opens the selected line; Esc comes back."));
	return y;
}
