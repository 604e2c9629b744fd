/*
 * The text editing buffer and the single-line field. Keys edit whole
 * characters (never bytes); the cursor and the horizontal scroll are in
 * display columns, so "æ" is one column and a CJK character two.
 * Number and date fields use this widget too; their values are checked
 * when the field is left.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/util.h"
#include "tui-internal.h"

/* Replaces the buffer with utf8 and puts the cursor at its end. */
void
text_set(struct tui_text *t, const char *utf8)
{
	size_t len;
	wchar_t *w = draw_decode(utf8, &len);

	free(t->buf);
	t->buf = w;
	t->len = len;
	t->cap = len + 1;
	t->cur = len;
	t->hscroll = 0;
	t->top = 0;
}

/* The buffer as allocated UTF-8. */
char *
text_get(const struct tui_text *t)
{
	return draw_encode(t->buf != NULL ? t->buf : L"", t->len);
}

/* The buffer as allocated UTF-8 without the spaces that end it: a file
 * name pasted with its line end (a space in a one-line field). */
char *
text_get_name(const struct tui_text *t)
{
	size_t len = t->len;

	while (len > 0 && t->buf[len - 1] == L' ')
		len--;
	return draw_encode(t->buf != NULL ? t->buf : L"", len);
}

/* Frees the buffer and resets the text. */
void
text_free(struct tui_text *t)
{
	free(t->buf);
	memset(t, 0, sizeof *t);
}

/* Inserts n characters at the cursor, in one move (a paste is long). */
static void
text_insert_n(struct tui_text *t, const wchar_t *w, size_t n)
{
	if (t->len + n + 1 > t->cap) {
		t->cap = (t->len + n + 1) * 2 + 16;
		t->buf = xreallocarray(t->buf, t->cap, sizeof *t->buf);
	}
	memmove(t->buf + t->cur + n, t->buf + t->cur,
	    (t->len - t->cur) * sizeof *t->buf);
	memcpy(t->buf + t->cur, w, n * sizeof *w);
	t->cur += n;
	t->len += n;
	t->buf[t->len] = L'\0';
}

static void
text_insert(struct tui_text *t, wchar_t c)
{
	text_insert_n(t, &c, 1);
}

static void
text_delete(struct tui_text *t, size_t at)
{
	memmove(t->buf + at, t->buf + at + 1,
	    (t->len - at) * sizeof *t->buf);
	t->len--;
}

/* True for characters a user can type into a field. */
static bool
text_printable_wc(wint_t c)
{
	return c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f);
}

static bool
text_printable(const struct tui_key *k)
{
	return !k->is_key && text_printable_wc(k->code);
}

/*
 * Inserts a paste as plain text: a tab is a space, and so is a line end
 * unless the field has lines (then it stays a newline), but for the last
 * one of a one-line paste; nothing else that is not printable gets in.
 * 2 when the text changed.
 */
static int
text_paste(struct tui_text *t, const struct tui_key *k, bool multi)
{
	wchar_t *add = xreallocarray(NULL, k->n_paste + 1, sizeof *add), c;
	size_t i, n = 0, len = k->n_paste;

	/* A line copied whole ends in a line end that is not part of it. */
	if (!multi && len > 0 && k->paste[len - 1] == L'\n')
		len--;
	for (i = 0; i < len; i++) {
		c = k->paste[i];
		if (c == L'\t' || (c == L'\n' && !multi))
			c = L' ';
		if (c == L'\n' || text_printable_wc((wint_t)c))
			add[n++] = c;
	}
	if (n > 0)
		text_insert_n(t, add, n);
	free(add);
	return n > 0 ? 2 : 1;
}

/*
 * Applies an editing key or a paste: 0 not handled, 1 the cursor moved,
 * 2 the text changed. Both Backspace codes (^H and ^?) are accepted.
 */
int
text_key(struct tui_text *t, const struct tui_key *k, bool multi)
{
	if (k->is_key && k->code == TUI_KEY_PASTE)
		return text_paste(t, k, multi);
	if (text_printable(k) || (multi && tui_key_is_enter(k))) {
		text_insert(t, k->is_key || k->code == L'\r' ? L'\n' :
		    (wchar_t)k->code);
		return 2;
	}
	if ((k->is_key && k->code == KEY_BACKSPACE) || (!k->is_key &&
	    (k->code == 0x7f || k->code == 0x08))) {
		if (t->cur == 0)
			return 1;
		text_delete(t, --t->cur);
		return 2;
	}
	if (!k->is_key)
		return 0;
	switch (k->code) {
	case KEY_DC:
		if (t->cur == t->len)
			return 1;
		text_delete(t, t->cur);
		return 2;
	case KEY_LEFT:
		if (t->cur > 0)
			t->cur--;
		return 1;
	case KEY_RIGHT:
		if (t->cur < t->len)
			t->cur++;
		return 1;
	case KEY_HOME:
		/* In a multi-line text, the start of the line, as in nano. */
		while (t->cur > 0 && (!multi || t->buf[t->cur - 1] != L'\n'))
			t->cur--;
		return 1;
	case KEY_END:
		while (t->cur < t->len && (!multi || t->buf[t->cur] != L'\n'))
			t->cur++;
		return 1;
	}
	return 0;
}

/* Draws a single-line field; the focused one scrolls to its cursor. */
void
text_draw(struct tui *tui, const struct slot *sl, int y, bool focused)
{
	struct tui_text tmp = { 0 };
	const struct tui_text *t = &tui->edit;
	size_t first = 0;
	int ccol, col = 0, used;

	if (!focused || !tui->editing) {
		char *v = shown_value(tui, sl, sl->w);
		text_set(&tmp, v);
		free(v);
		tmp.cur = 0;
		t = &tmp;
	}
	if (focused && tui->editing) {
		/* Scroll by half a field at a time (the cursor may rest in
		 * the gap after a full field): shifting the text at every
		 * character would resend the whole field each time. */
		ccol = draw_columns(t->buf, 0, t->cur);
		if (tui->edit.hscroll < 0)	/* after a resize: least scroll */
			tui->edit.hscroll = ccol - sl->w + (t->cur < t->len ?
			    1 : 0);
		if (ccol < sl->w || tui->edit.hscroll < 0)
			tui->edit.hscroll = 0;
		else if (ccol < tui->edit.hscroll)
			tui->edit.hscroll = ccol - sl->w / 2;
		if (ccol - tui->edit.hscroll > sl->w - (t->cur < t->len ?
		    1 : 0))
			tui->edit.hscroll = ccol - sl->w / 2;
		while (first < t->len && col < t->hscroll)
			col += draw_width(t->buf[first++]);
		tui->cur_y = y;
		tui->cur_x = sl->x + ccol - col;
		tui->cur_show = true;
	}
	if (t == &tmp) {
		/* Not being edited: cut text ends in an ellipsis inside the
		 * field, so table cells never spill into their neighbours. */
		char *v = text_get(t);
		used = draw_str(y, sl->x, sl->w, v, THEME_INPUT);
		free(v);
	} else {
		mvaddstr(y, sl->x - 1, first > 0 ? "<" : " ");
		used = draw_wcs(y, sl->x, sl->w, t->buf + first, t->len -
		    first, THEME_INPUT);
	}
	/* Dots show where an empty field is; the field being edited has
	 * the cursor instead, so deleting its last character or scrolling
	 * it never resends a row of dots. */
	while (t == &tmp && t->len == 0 && used < sl->w)
		used += draw_str(y, sl->x + used, 1, theme_mark(7),
		    THEME_HINT);
	draw_fill(y, sl->x + used, sl->w - used, THEME_INPUT);
	if (t != &tmp)
		mvaddstr(y, sl->x + sl->w, draw_columns(t->buf, first,
		    t->len) > sl->w ? ">" : " ");
	text_free(&tmp);
}
