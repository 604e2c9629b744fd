/*
 * Drawing text that came from files. Session text is untrusted: control
 * characters, C1 controls and bidi overrides are turned into visible
 * marks (ESC shows as ^[) before anything reaches curses, so a file can
 * never send a byte of its own to the terminal. Widths are display
 * columns (wcwidth), never bytes. UTF-8 is decoded here, independent of
 * the locale, because session files are always UTF-8.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/utf8.h"
#include "b2c/util.h"
#include "tui-internal.h"

/* Decodes one UTF-8 sequence at s; returns its length (1 on errors). */
static size_t
decode_one(const unsigned char *s, size_t n, wchar_t *out)
{
	uint32_t c;
	size_t len, i;

	if (s[0] < 0x80) {
		*out = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		len = 2, c = s[0] & 0x1f;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		len = 3, c = s[0] & 0x0f;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		len = 4, c = s[0] & 0x07;
	else
		goto bad;
	if (len > n)
		goto bad;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			goto bad;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 ||
	    c > 0x10ffff)) || (c >= 0xd800 && c <= 0xdfff))
		goto bad;
	*out = (wchar_t)c;
	return len;
bad:
	*out = 0xfffd;
	return 1;
}

/* UTF-8 to an allocated wide string (NUL-terminated); *len characters. */
wchar_t *
draw_decode(const char *utf8, size_t *len)
{
	const unsigned char *s = (const unsigned char *)utf8;
	size_t n = strlen(utf8), i = 0, k = 0;
	wchar_t *out = xreallocarray(NULL, n + 1, sizeof *out);

	while (i < n)
		i += decode_one(s + i, n - i, &out[k++]);
	out[k] = L'\0';
	*len = k;
	return out;
}

/* Wide characters back to allocated UTF-8. */
char *
draw_encode(const wchar_t *w, size_t len)
{
	char *out = xmalloc(len * 4 + 1), *p = out;
	size_t i;
	uint32_t c;

	for (i = 0; i < len; i++) {
		c = (uint32_t)w[i];
		if (c >= 0xd800 && c <= 0xdfff)
			c = 0xfffd;
		if (c < 0x80)
			*p++ = (char)c;
		else if (c < 0x800) {
			*p++ = (char)(0xc0 | (c >> 6));
			*p++ = (char)(0x80 | (c & 0x3f));
		} else if (c < 0x10000) {
			*p++ = (char)(0xe0 | (c >> 12));
			*p++ = (char)(0x80 | ((c >> 6) & 0x3f));
			*p++ = (char)(0x80 | (c & 0x3f));
		} else {
			*p++ = (char)(0xf0 | (c >> 18));
			*p++ = (char)(0x80 | ((c >> 12) & 0x3f));
			*p++ = (char)(0x80 | ((c >> 6) & 0x3f));
			*p++ = (char)(0x80 | (c & 0x3f));
		}
	}
	*p = '\0';
	return out;
}

/* Characters that reorder or hide text on the terminal. */
static bool
draw_is_bidi(wchar_t c)
{
	return c > 0x9f && utf8_is_unsafe((uint32_t)c);
}

/*
 * What to show for c: fills out (NUL-terminated) and returns its width.
 * C0 controls and DEL become ^X, C1 controls ^[ and their 7-bit form,
 * bidi controls <U+XXXX>, unprintable characters "?".
 */
int
draw_visible(wchar_t c, wchar_t out[12])
{
	int w;

	if (c >= 0x20 && c < 0x7f) {
		/* Printable ASCII, most of any text: one column. */
		out[0] = c;
		out[1] = L'\0';
		return 1;
	}
	if (c < 0x20 || c == 0x7f) {
		out[0] = L'^';
		out[1] = c == 0x7f ? L'?' : (wchar_t)(c + 0x40);
		out[2] = L'\0';
		return 2;
	}
	if (c >= 0x80 && c <= 0x9f) {
		out[0] = L'^';
		out[1] = L'[';
		out[2] = (wchar_t)(c - 0x40);
		out[3] = L'\0';
		return 3;
	}
	if (draw_is_bidi(c)) {
		swprintf(out, 12, L"<U+%04X>", (unsigned)c);
		return 8;
	}
	w = wcwidth(c);
	if (w < 0) {
		out[0] = L'?';
		out[1] = L'\0';
		return 1;
	}
	out[0] = c;
	out[1] = L'\0';
	return w;
}

/* Display columns of c as draw_visible() shows it. */
int
draw_width(wchar_t c)
{
	wchar_t tmp[12];

	return draw_visible(c, tmp);
}

/* Columns that characters from..to-1 take. */
int
draw_columns(const wchar_t *w, size_t from, size_t to)
{
	int cols = 0;

	while (from < to)
		cols += draw_width(w[from++]);
	return cols;
}

/* Columns that UTF-8 text takes on screen, as draw_str draws it. */
int
draw_str_columns(const char *utf8)
{
	size_t len;
	wchar_t *w = draw_decode(utf8, &len);
	int cols = draw_columns(w, 0, len);

	free(w);
	return cols;
}

/*
 * Draws len characters at y, x in at most max columns; a wide character
 * that does not fit is replaced by a blank. Returns the columns used.
 */
int
draw_wcs(int y, int x, int max, const wchar_t *w, size_t len,
    enum theme_item style)
{
	wchar_t vis[12];
	cchar_t cc;
	attr_t attr;
	short pair;
	size_t i;
	int used = 0, cw;

	attr = theme_attr(style, &pair);
	move(y, x);
	for (i = 0; i < len && used < max; i++) {
		cw = draw_visible(w[i], vis);
		if (cw == 0 && used == 0)
			continue;	/* a combining mark needs a base */
		if (used + cw > max) {
			vis[0] = L' ';
			vis[1] = L'\0';
			cw = 1;
		}
		if (cw == 0) {
			/* ncurses attaches a combining mark to the cell
			 * before it when added on its own. */
			setcchar(&cc, vis, attr, pair, NULL);
			add_wch(&cc);
			continue;
		}
		setcchar(&cc, vis, attr, pair, NULL);
		if (vis[1] != L'\0')
			attr_set(attr, pair, NULL), addwstr(vis);
		else
			add_wch(&cc);
		used += cw;
	}
	attr_set(A_NORMAL, 0, NULL);
	return used;
}

/* draw_wcs() for UTF-8 text. */
int
draw_str(int y, int x, int max, const char *utf8, enum theme_item style)
{
	size_t len, fit = 0, i;
	wchar_t *w = draw_decode(utf8, &len);
	int used, cols = 0, cw;
	bool cut = false;

	/* Measures only as far as the columns go: where the text must be
	 * cut (fit), and whether it must (cut). */
	for (i = 0; i < len; i++) {
		cw = draw_width(w[i]);
		if (cols + cw > max) {
			cut = true;
			break;
		}
		cols += cw;
		if (cols <= max - 1)
			fit = i + 1;
	}
	if (cut && max > 1) {
		/* Cut text says so with an ellipsis. */
		used = draw_wcs(y, x, max - 1, w, fit, style);
		used += draw_wcs(y, x + used, 1, theme_ascii() ? L"~" : L"…",
		    1, style);
		free(w);
		return used;
	}
	used = draw_wcs(y, x, max, w, len, style);
	free(w);
	return used;
}

/* Blanks n columns at y, x in style. */
void
draw_fill(int y, int x, int n, enum theme_item style)
{
	attr_t attr;
	short pair;

	if (n <= 0)
		return;
	attr = theme_attr(style, &pair);
	attr_set(attr, pair, NULL);
	mvhline(y, x, ' ', n);
	attr_set(A_NORMAL, 0, NULL);
}

/*
 * Wraps text to width columns: starts[i] is the index where line i
 * begins (at most max lines recorded); returns the number of lines.
 * Lines break after a space when they can, at '\n' always, and inside a
 * word only when the word is wider than a line.
 */
size_t
draw_wrap(const wchar_t *w, size_t len, int width, size_t *starts,
    size_t max)
{
	size_t n = 0, i = 0, brk;
	int cols;

	if (width < 1)
		width = 1;
	for (;;) {
		if (n < max)
			starts[n] = i;
		n++;
		cols = 0;
		brk = 0;
		while (i < len && w[i] != L'\n') {
			int cw = draw_width(w[i]);
			if (cols + cw > width && cols > 0)
				break;
			cols += cw;
			i++;
			if (w[i - 1] == L' ')
				brk = i;
		}
		if (i >= len)
			break;
		if (w[i] == L'\n') {
			i++;
			continue;
		}
		if (brk != 0)
			i = brk;
	}
	return n;
}

/* UTF-8 text wrapped into allocated UTF-8 lines. */
char **
draw_wrap_lines(const char *utf8, int width, size_t *n)
{
	size_t len, count, i, end, *starts;
	wchar_t *w = draw_decode(utf8, &len);
	char **lines;

	count = draw_wrap(w, len, width, NULL, 0);
	starts = xreallocarray(NULL, count, sizeof *starts);
	draw_wrap(w, len, width, starts, count);
	lines = xreallocarray(NULL, count, sizeof *lines);
	for (i = 0; i < count; i++) {
		end = i + 1 < count ? starts[i + 1] : len;
		while (end > starts[i] && (w[end - 1] == L'\n' ||
		    w[end - 1] == L' '))
			end--;
		lines[i] = draw_encode(w + starts[i], end - starts[i]);
	}
	free(starts);
	free(w);
	*n = count;
	return lines;
}

/* Frees what draw_wrap_lines() returned. */
void
draw_free_lines(char **lines, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}
