/*
 * The multi-line field: the text wraps at word boundaries to the field's
 * width, Enter is a newline, Up and Down move between visual lines (and
 * out of the field at its first and last line), and the view scrolls to
 * keep the cursor visible, with marks when there is more above or below.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/util.h"
#include "tui-internal.h"

struct wrapped {
	size_t	*starts;
	size_t	 n;
	size_t	 line;		/* the cursor's line */
};

static void
wrap_text(const struct tui_text *t, int width, struct wrapped *wr)
{
	wr->n = draw_wrap(t->buf, t->len, width, NULL, 0);
	wr->starts = xreallocarray(NULL, wr->n, sizeof *wr->starts);
	draw_wrap(t->buf, t->len, width, wr->starts, wr->n);
	wr->line = 0;
	while (wr->line + 1 < wr->n && wr->starts[wr->line + 1] <= t->cur)
		wr->line++;
}

/* The end of visual line i, without its newline. */
static size_t
line_end(const struct tui_text *t, const struct wrapped *wr, size_t i)
{
	size_t end = i + 1 < wr->n ? wr->starts[i + 1] : t->len;

	if (end > wr->starts[i] && end <= t->len && end > 0 &&
	    t->buf[end - 1] == L'\n')
		end--;
	return end;
}

/* Draws the field at virtual line y (already on screen). */
void
textarea_draw(struct tui *tui, const struct slot *sl, int y, bool focused)
{
	struct tui_text tmp = { 0 };
	struct tui_text *t = &tui->edit;
	struct wrapped wr;
	size_t i, end;
	int row, used, top = 0;

	if (!focused || !tui->editing) {
		char *v = form_value(tui, sl);
		text_set(&tmp, v);
		free(v);
		tmp.cur = 0;
		t = &tmp;
	}
	wrap_text(t, sl->w, &wr);
	if (t == &tui->edit) {
		if ((int)wr.line < t->top)
			t->top = (int)wr.line;
		if ((int)wr.line >= t->top + sl->h)
			t->top = (int)wr.line - sl->h + 1;
		top = t->top;
	}
	for (row = 0; row < sl->h; row++) {
		i = (size_t)(top + row);
		used = 0;
		if (i < wr.n) {
			end = line_end(t, &wr, i);
			used = draw_wcs(y + row, sl->x, sl->w, t->buf +
			    wr.starts[i], end - wr.starts[i], THEME_INPUT);
		}
		draw_fill(y + row, sl->x + used, sl->w - used, THEME_INPUT);
		mvaddstr(y + row, sl->x + sl->w, " ");
		draw_str(y + row, sl->x - 1, 1, theme_mark(8), THEME_HINT);
	}
	if (top > 0)
		mvaddstr(y, sl->x + sl->w, theme_mark(1));
	if ((size_t)(top + sl->h) < wr.n)
		mvaddstr(y + sl->h - 1, sl->x + sl->w, theme_mark(2));
	if (t == &tui->edit) {
		tui->cur_y = y + (int)wr.line - top;
		tui->cur_x = sl->x + draw_columns(t->buf, wr.starts[wr.line],
		    t->cur);
		tui->cur_show = true;
	}
	free(wr.starts);
	text_free(&tmp);
}

/*
 * Up and Down inside the text: true when handled, false at the first or
 * last line so that the form moves to the neighbouring field.
 */
bool
textarea_key(struct tui *tui, struct slot *sl, const struct tui_key *k)
{
	struct tui_text *t = &tui->edit;
	struct wrapped wr;
	size_t target, end;
	int col, c = 0;

	if (!k->is_key || (k->code != KEY_UP && k->code != KEY_DOWN))
		return false;
	wrap_text(t, sl->w, &wr);
	if ((k->code == KEY_UP && wr.line == 0) ||
	    (k->code == KEY_DOWN && wr.line + 1 >= wr.n)) {
		free(wr.starts);
		return false;
	}
	col = draw_columns(t->buf, wr.starts[wr.line], t->cur);
	target = k->code == KEY_UP ? wr.line - 1 : wr.line + 1;
	end = line_end(t, &wr, target);
	t->cur = wr.starts[target];
	while (t->cur < end && c + draw_width(t->buf[t->cur]) <= col)
		c += draw_width(t->buf[t->cur++]);
	free(wr.starts);
	return true;
}
