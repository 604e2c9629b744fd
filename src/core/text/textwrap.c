/*
 * Greedy word wrapping by display columns. Runs of blanks between words
 * collapse to one at a line break; inside a line they are kept. A number
 * and the percent sign after it ("41,5 %", "95 %-interval", as Danish
 * writes them) stay on one line.
 */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/sanitize.h"
#include "b2c/textwrap.h"
#include "b2c/util.h"

struct wrap {
	struct textbuf *out;
	const char *first, *rest;
	size_t	 first_len, rest_len;
	int	 first_w, rest_w;	/* the prefixes' columns, measured once */
	int	 width;
	int	 col;		/* columns used on the current line */
	int	 avail;		/* columns for text on the current line */
	size_t	 line_start;	/* offset of the line's text in out */
	int	 lines;
	const char *run;	/* text not yet appended to out... */
	size_t	 run_len;	/* ...which is this long */
};

/* Appends what is held back of the input text. */
static void
wrap_flush(struct wrap *w)
{
	if (w->run_len > 0)
		textbuf_add(w->out, w->run, w->run_len);
	w->run_len = 0;
}

/*
 * Appends n bytes of the input at s. A line's words and the blanks kept
 * between them are one stretch of the input, so they are held back and
 * appended in one piece.
 */
static void
wrap_emit(struct wrap *w, const char *s, size_t n)
{
	if (w->run_len > 0 && w->run + w->run_len == s) {
		w->run_len += n;
		return;
	}
	wrap_flush(w);
	w->run = s;
	w->run_len = n;
}

static void
wrap_start_line(struct wrap *w)
{
	bool first = w->lines == 0;

	wrap_flush(w);
	textbuf_add(w->out, first ? w->first : w->rest, first ?
	    w->first_len : w->rest_len);
	w->avail = w->width - (first ? w->first_w : w->rest_w);
	if (w->avail < 1)
		w->avail = 1;
	w->col = 0;
	w->line_start = w->out->len;
	w->lines++;
}

static void
wrap_end_line(struct wrap *w)
{
	wrap_flush(w);
	textbuf_trim(w->out, ' ');
	textbuf_addc(w->out, '\n');
	w->col = -1;
}

/* Columns of the first n bytes of s. */
static int
wrap_cols(const char *s, size_t n)
{
	size_t i = 0, k;
	uint32_t cp;
	int cols = 0;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			cols++;
			i++;
			continue;
		}
		if (i + 1 < n && sanitize_is_latin(s + i)) {
			cols++;
			i += 2;
			continue;
		}
		k = sanitize_decode(s + i, n - i, &cp);
		cols += k == 0 ? 1 : sanitize_cp_width(cp);
		i += k == 0 ? 1 : k;
	}
	return cols;
}

/* Appends a word too long for any line, breaking it between characters. */
static void
wrap_long_word(struct wrap *w, const char *s, size_t n)
{
	size_t i = 0, k;
	uint32_t cp;
	int cw;

	while (i < n) {
		k = sanitize_decode(s + i, n - i, &cp);
		k = k == 0 ? 1 : k;
		cw = wrap_cols(s + i, k);
		if (w->col > 0 && w->col + cw > w->avail) {
			wrap_end_line(w);
			wrap_start_line(w);
		}
		wrap_emit(w, s + i, k);
		w->col += cw;
		i += k;
	}
}

/* Appends one word, preceded by the blanks that were before it. */
static void
wrap_word(struct wrap *w, const char *blank, size_t nb, const char *s,
    size_t n, int cols)
{
	int bcols = (int)nb;

	if (w->col < 0)
		wrap_start_line(w);
	if (w->col > 0 && w->col + bcols + cols > w->avail) {
		wrap_end_line(w);
		wrap_start_line(w);
	} else if (w->col > 0) {
		wrap_emit(w, blank, nb);
		w->col += bcols;
	}
	if (cols > w->avail)
		wrap_long_word(w, s, n);
	else {
		wrap_emit(w, s, n);
		w->col += cols;
	}
}

/* Appends a word (or, with text NULL, the start of a paragraph). */
static void
textwrap_words_push(struct textwrap_words *ws, const char *text, size_t len,
    int blank, int cols)
{
	struct textwrap_word *word;

	if (ws->n == ws->cap) {
		ws->cap = ws->cap == 0 ? 64 : ws->cap * 2;
		ws->v = xreallocarray(ws->v, ws->cap, sizeof *ws->v);
	}
	word = &ws->v[ws->n++];
	word->text = text;
	word->len = len;
	word->blank = blank;
	word->cols = cols;
}

void
textwrap_words_free(struct textwrap_words *ws)
{
	free(ws->v);
	ws->v = NULL;
	ws->n = ws->cap = 0;
}

/* True when the blank at p[i] joins a number to a following "%". */
static bool
wrap_keeps_blank(const char *p, size_t i, size_t n, size_t word_start)
{
	return i > word_start && i + 1 < n && p[i + 1] == '%' &&
	    p[i - 1] >= '0' && p[i - 1] <= '9';
}

/*
 * The next word of a paragraph of n bytes from *i: the blanks before it
 * start at *bs, the word at *ws and ends at the new *i. False at the end.
 * Wrapping and counting share it, so they always agree on the words.
 */
static bool
wrap_next_word(const char *p, size_t n, size_t *i, size_t *bs, size_t *ws,
    bool *ascii)
{
	/* A local index: the text's bytes could alias *i, which would make
	 * the compiler store it after every byte. */
	size_t k = *i, start;
	unsigned char high;

	while (k < n) {
		*bs = k;
		while (k < n && p[k] == ' ')
			k++;
		start = k;
		high = 0;
		while (k < n && (p[k] != ' ' ||
		    wrap_keeps_blank(p, k, n, start)))
			high |= (unsigned char)p[k++];
		if (k > start) {
			*ws = start;
			*i = k;
			*ascii = high < 0x80;
			return true;
		}
	}
	*i = k;
	return false;
}

/* Columns of a word the scan found: its length when it is all ASCII
 * (the scan saw every byte already), else counted. */
static int
wrap_word_cols(const char *s, size_t n, bool ascii)
{
	return ascii ? (int)n : wrap_cols(s, n);
}

/* True when the blank at p[k] is a place to break: not one that joins a
 * number to its percent sign (wrap_keeps_blank, from the word's side). */
static bool
wrap_breaks_at(const char *p, size_t k, size_t n)
{
	return p[k] == ' ' && !(k > 0 && p[k - 1] >= '0' && p[k - 1] <= '9' &&
	    k + 1 < n && p[k + 1] == '%');
}

/*
 * Most lines, taken whole instead of word by word. From p[i], a word at
 * the start of a line, the next avail columns are measured while every
 * character is one column wide (ASCII, and the Latin letters of two bytes
 * such as æ, ø and å); the line is what lies before the last blank that
 * may break within them, or all that is left when it fits. This is what
 * placing the words one by one gives: the words before that blank end
 * within the line, the word after it does not. *end is where the line's
 * text ends (without the blanks before the break), *next where the text
 * after it starts. False, for the word-by-word path, at a character of
 * another width and at a word longer than the line.
 */
static bool
wrap_fast_line(const char *p, size_t n, size_t i, int avail, size_t *end,
    size_t *next)
{
	size_t k = i, b;
	uint64_t x;
	int cols = 0;

	while (k < n && cols < avail) {
		if (n - k >= 8 && avail - cols >= 8) {
			memcpy(&x, p + k, sizeof x);
			if ((x & 0x8080808080808080u) == 0) {
				k += 8;
				cols += 8;
				continue;
			}
		}
		if ((unsigned char)p[k] < 0x80)
			k++;
		else if (k + 1 < n && sanitize_is_latin(p + k))
			k += 2;
		else
			return false;
		cols++;
	}
	if (k == n)
		b = n;			/* the rest fits */
	else if ((unsigned char)p[k] >= 0x80 && !(k + 1 < n &&
	    sanitize_is_latin(p + k)))
		return false;		/* a mark of no width could still fit */
	else if (wrap_breaks_at(p, k, n))
		b = k;			/* a word ends at the last column */
	else {
		for (b = k - 1; b > i && !wrap_breaks_at(p, b, n); b--)
			;
		if (b == i)
			return false;	/* the first word is longer */
	}
	*next = b;
	while (b > i && p[b - 1] == ' ')
		b--;
	*end = b;
	return true;
}

/* The columns for text on the next line, before it is started. */
static int
wrap_next_avail(const struct wrap *w)
{
	int avail = w->width - (w->lines == 0 ? w->first_w : w->rest_w);

	return avail < 1 ? 1 : avail;
}

/* Wraps one paragraph (no '\n' inside) of n bytes: whole lines where
 * they can be taken at once, else word by word. */
static void
wrap_paragraph(struct wrap *w, const char *p, size_t n)
{
	size_t i = 0, bs, ws, end, next;
	bool ascii;
	int cols;

	w->col = -1;
	for (;;) {
		if (w->col <= 0) {
			while (i < n && p[i] == ' ')
				i++;
			if (i == n)
				break;
			if (wrap_fast_line(p, n, i, w->col < 0 ?
			    wrap_next_avail(w) : w->avail, &end, &next)) {
				if (w->col < 0)
					wrap_start_line(w);
				wrap_emit(w, p + i, end - i);
				w->col = 1;	/* text on the line */
				for (i = next; i < n && p[i] == ' '; i++)
					;
				if (i == n)
					break;
				wrap_end_line(w);
				wrap_start_line(w);
				continue;
			}
		}
		if (!wrap_next_word(p, n, &i, &bs, &ws, &ascii))
			break;
		cols = wrap_word_cols(p + ws, i - ws, ascii);
		/* A word that starts the next line: that line may be
		 * taken whole. */
		if (w->col > 0 && w->col + (int)(ws - bs) + cols > w->avail) {
			wrap_end_line(w);
			wrap_start_line(w);
			i = ws;
			continue;
		}
		wrap_word(w, p + bs, ws - bs, p + ws, i - ws, cols);
	}
	if (w->col < 0)
		wrap_start_line(w);	/* an empty paragraph: a blank line */
	wrap_end_line(w);
}

void
textwrap_buf(struct textbuf *out, const char *text, int width,
    const char *first, const char *rest)
{
	struct wrap w;
	const char *p = text, *nl;

	if (*text == '\0')
		return;
	memset(&w, 0, sizeof w);
	w.out = out;
	w.first = first;
	w.rest = rest;
	w.first_len = strlen(first);
	w.rest_len = strlen(rest);
	w.first_w = (int)sanitize_width_n(first, w.first_len);
	w.rest_w = (int)sanitize_width_n(rest, w.rest_len);
	w.width = width;
	for (;;) {
		nl = strchr(p, '\n');
		wrap_paragraph(&w, p, nl != NULL ? (size_t)(nl - p) : strlen(p));
		if (nl == NULL || nl[1] == '\0')
			break;
		p = nl + 1;
	}
}

void
textwrap_split(struct textwrap_words *ws, const char *text)
{
	const char *p = text, *nl;
	size_t n, i, bs, start;
	bool ascii;

	if (*text == '\0')
		return;
	for (;;) {
		nl = strchr(p, '\n');
		n = nl != NULL ? (size_t)(nl - p) : strlen(p);
		textwrap_words_push(ws, NULL, 0, 0, 0);
		i = 0;
		while (wrap_next_word(p, n, &i, &bs, &start, &ascii))
			textwrap_words_push(ws, p + start, i - start,
			    (int)(start - bs), wrap_word_cols(p + start,
			    i - start, ascii));
		if (nl == NULL || nl[1] == '\0')
			break;
		p = nl + 1;
	}
}

/* Where a word too long for a line ends, as wrap_long_word breaks it. */
static int
wrap_long_count(const struct textwrap_word *word, int avail, int *lines,
    int *widest)
{
	size_t i = 0, k;
	uint32_t cp;
	int col = 0, cw;

	while (i < word->len) {
		k = sanitize_decode(word->text + i, word->len - i, &cp);
		k = k == 0 ? 1 : k;
		cw = wrap_cols(word->text + i, k);
		if (col > 0 && col + cw > avail) {
			(*lines)++;
			if (col > *widest)
				*widest = col;
			col = 0;
		}
		col += cw;
		i += k;
	}
	return col;
}

int
textwrap_lines(const struct textwrap_word *v, size_t n, int width,
    int *widest)
{
	int avail = width < 1 ? 1 : width, lines = 0, col = -1, wide = 0;
	bool empty = false;	/* the paragraph so far has no word */
	size_t k;

	for (k = 0; k < n; k++) {
		if (col > wide)
			wide = col;
		if (v[k].text == NULL) {
			lines += empty;
			empty = true;
			col = -1;
			continue;
		}
		empty = false;
		if (col < 0 || (col > 0 && col + v[k].blank + v[k].cols >
		    avail)) {
			lines++;
			col = 0;
		} else if (col > 0)
			col += v[k].blank;
		if (v[k].cols > avail)
			col = wrap_long_count(&v[k], avail, &lines, &wide);
		else
			col += v[k].cols;
	}
	if (widest != NULL)
		*widest = col > wide ? col : wide;
	return lines + empty;
}

int
textwrap_widest(const char *text, int width)
{
	struct textbuf b;
	char *line, *save = NULL;
	int widest = 0, c;

	textbuf_init(&b);
	textwrap_buf(&b, text, width, "", "");
	if (b.data != NULL) {
		for (line = strtok_r(b.data, "\n", &save); line != NULL;
		    line = strtok_r(NULL, "\n", &save)) {
			c = (int)sanitize_width(line);
			if (c > widest)
				widest = c;
		}
	}
	textbuf_reset(&b);
	return widest;
}
