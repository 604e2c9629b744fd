/*
 * Visible escaping of untrusted text for terminals, HTML and CSV, with a
 * locale-independent UTF-8 decoder and display-width table. Output never
 * holds a C0/C1 control (except the newlines and tabs a caller keeps), a
 * bidi override or an invalid UTF-8 byte.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/sanitize.h"
#include "b2c/utf8.h"

struct range {
	uint32_t first, last;
};

/* Combining marks and other zero-width characters (main blocks). */
static const struct range zero_width[] = {
	{ 0x0300, 0x036f }, { 0x0483, 0x0489 }, { 0x0591, 0x05bd },
	{ 0x05bf, 0x05bf }, { 0x05c1, 0x05c2 }, { 0x05c4, 0x05c5 },
	{ 0x05c7, 0x05c7 }, { 0x0610, 0x061a }, { 0x064b, 0x065f },
	{ 0x0670, 0x0670 }, { 0x06d6, 0x06dc }, { 0x06df, 0x06e4 },
	{ 0x06e7, 0x06e8 }, { 0x06ea, 0x06ed }, { 0x0900, 0x0902 },
	{ 0x093a, 0x093a }, { 0x093c, 0x093c }, { 0x0941, 0x0948 },
	{ 0x094d, 0x094d }, { 0x0951, 0x0957 }, { 0x0e31, 0x0e31 },
	{ 0x0e34, 0x0e3a }, { 0x0e47, 0x0e4e }, { 0x1ab0, 0x1aff },
	{ 0x1dc0, 0x1dff }, { 0x200b, 0x200f }, { 0x2060, 0x2064 },
	{ 0x20d0, 0x20ff }, { 0xfe00, 0xfe0f }, { 0xfe20, 0xfe2f },
	{ 0xfeff, 0xfeff }, { 0x1f3fb, 0x1f3ff }, { 0xe0000, 0xe0fff },
};

/* East Asian wide and fullwidth characters, and emoji presentation. */
static const struct range double_width[] = {
	{ 0x1100, 0x115f }, { 0x231a, 0x231b }, { 0x2329, 0x232a },
	{ 0x23e9, 0x23ec }, { 0x23f0, 0x23f0 }, { 0x23f3, 0x23f3 },
	{ 0x25fd, 0x25fe }, { 0x2614, 0x2615 }, { 0x2648, 0x2653 },
	{ 0x267f, 0x267f }, { 0x2693, 0x2693 }, { 0x26a1, 0x26a1 },
	{ 0x26aa, 0x26ab }, { 0x26bd, 0x26be }, { 0x26c4, 0x26c5 },
	{ 0x26ce, 0x26ce }, { 0x26d4, 0x26d4 }, { 0x26ea, 0x26ea },
	{ 0x26f2, 0x26f3 }, { 0x26f5, 0x26f5 }, { 0x26fa, 0x26fa },
	{ 0x26fd, 0x26fd }, { 0x2705, 0x2705 }, { 0x270a, 0x270b },
	{ 0x2728, 0x2728 }, { 0x274c, 0x274c }, { 0x274e, 0x274e },
	{ 0x2753, 0x2755 }, { 0x2757, 0x2757 }, { 0x2795, 0x2797 },
	{ 0x27b0, 0x27b0 }, { 0x27bf, 0x27bf }, { 0x2b1b, 0x2b1c },
	{ 0x2b50, 0x2b50 }, { 0x2b55, 0x2b55 }, { 0x2e80, 0x303e },
	{ 0x3041, 0x33ff }, { 0x3400, 0x4dbf }, { 0x4e00, 0x9fff },
	{ 0xa000, 0xa4cf }, { 0xa960, 0xa97f }, { 0xac00, 0xd7a3 },
	{ 0xf900, 0xfaff }, { 0xfe10, 0xfe19 }, { 0xfe30, 0xfe6f },
	{ 0xff00, 0xff60 }, { 0xffe0, 0xffe6 }, { 0x16fe0, 0x16fe4 },
	{ 0x17000, 0x18cff }, { 0x1b000, 0x1b2ff }, { 0x1f004, 0x1f004 },
	{ 0x1f0cf, 0x1f0cf }, { 0x1f18e, 0x1f18e }, { 0x1f191, 0x1f19a },
	{ 0x1f200, 0x1f251 }, { 0x1f300, 0x1f320 }, { 0x1f32d, 0x1f335 },
	{ 0x1f337, 0x1f37c }, { 0x1f37e, 0x1f393 }, { 0x1f3a0, 0x1f3ca },
	{ 0x1f3cf, 0x1f3d3 }, { 0x1f3e0, 0x1f3f0 }, { 0x1f3f4, 0x1f3f4 },
	{ 0x1f3f8, 0x1f3fa }, { 0x1f400, 0x1f43e }, { 0x1f440, 0x1f440 },
	{ 0x1f442, 0x1f4fc }, { 0x1f4ff, 0x1f53d }, { 0x1f54b, 0x1f54e },
	{ 0x1f550, 0x1f567 }, { 0x1f57a, 0x1f57a }, { 0x1f595, 0x1f596 },
	{ 0x1f5a4, 0x1f5a4 }, { 0x1f5fb, 0x1f64f }, { 0x1f680, 0x1f6c5 },
	{ 0x1f6cc, 0x1f6cc }, { 0x1f6d0, 0x1f6d2 }, { 0x1f6d5, 0x1f6d7 },
	{ 0x1f6eb, 0x1f6ec }, { 0x1f6f4, 0x1f6fc }, { 0x1f7e0, 0x1f7eb },
	{ 0x1f90c, 0x1f93a }, { 0x1f93c, 0x1f945 }, { 0x1f947, 0x1f9ff },
	{ 0x1fa70, 0x1faff }, { 0x20000, 0x2fffd }, { 0x30000, 0x3fffd },
};

#define N(a) (sizeof (a) / sizeof (a)[0])

/* True for the bytes that are safe on their own: printable ASCII. */
#define SAFE_ASCII(c)	((unsigned char)(c) >= 0x20 && (unsigned char)(c) < 0x7f)

/*
 * True when the eight bytes at s are all printable ASCII, tested as one
 * word: a byte below 0x20 borrows into its top bit when 0x20 is taken
 * away, a byte of 0x7f or more has its top bit set once 1 is added. A
 * borrow or carry reaching a neighbour only ever starts from a byte that
 * fails anyway, so the answer is exact.
 */
static bool
safe8(const char *s)
{
	const uint64_t ones = 0x0101010101010101u, high = ones << 7;
	uint64_t x;

	memcpy(&x, s, sizeof x);
	return (((x - ones * 0x20) & ~x) | x | (x + ones)) & high ? false :
	    true;
}

static bool
in_ranges(const struct range *r, size_t n, uint32_t cp)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cp < r[mid].first)
			hi = mid;
		else if (cp > r[mid].last)
			lo = mid + 1;
		else
			return true;
	}
	return false;
}

size_t
sanitize_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	static const uint32_t min[] = { 0, 0, 0x80, 0x800, 0x10000 };
	size_t need, i;
	uint32_t c;

	*cp = u[0];
	if (u[0] < 0x80)
		return 1;
	if (u[0] >= 0xc2 && u[0] <= 0xdf)
		need = 2, c = u[0] & 0x1f;
	else if (u[0] >= 0xe0 && u[0] <= 0xef)
		need = 3, c = u[0] & 0x0f;
	else if (u[0] >= 0xf0 && u[0] <= 0xf4)
		need = 4, c = u[0] & 0x07;
	else
		return 0;
	if (len < need)
		return 0;
	for (i = 1; i < need; i++) {
		if ((u[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (u[i] & 0x3f);
	}
	if (c < min[need] || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return need;
}

bool
sanitize_is_unsafe(uint32_t cp)
{
	return utf8_is_unsafe(cp);
}

int
sanitize_cp_width(uint32_t cp)
{
	if (cp == 0 || sanitize_is_unsafe(cp))
		return 0;
	if (cp < 0x300)
		return 1;
	if (in_ranges(zero_width, N(zero_width), cp))
		return 0;
	if (in_ranges(double_width, N(double_width), cp))
		return 2;
	return 1;
}

/* The columns of len bytes at s, counted only until they pass max. */
static size_t
sanitize_width_upto(const char *s, size_t len, size_t max)
{
	size_t i = 0, cols = 0, n;
	uint32_t cp;

	while (i < len && cols <= max) {
		/* Eight at a time while they cannot pass max. */
		if (i + 8 <= len && max - cols >= 8 && safe8(s + i)) {
			cols += 8;
			i += 8;
			continue;
		}
		if (SAFE_ASCII(s[i])) {
			cols++;
			i++;
			continue;
		}
		if (i + 1 < len && sanitize_is_latin(s + i)) {
			cols++;
			i += 2;
			continue;
		}
		n = sanitize_decode(s + i, len - i, &cp);
		if (n == 0) {
			cols += 4;	/* shown as \xNN */
			n = 1;
		} else
			cols += (size_t)sanitize_cp_width(cp);
		i += n;
	}
	return cols;
}

size_t
sanitize_width(const char *s)
{
	return sanitize_width_upto(s, strlen(s), (size_t)-1);
}

size_t
sanitize_width_n(const char *s, size_t len)
{
	return sanitize_width_upto(s, len, (size_t)-1);
}

size_t
sanitize_width_max(const char *s, size_t max)
{
	return sanitize_width_upto(s, strlen(s), max);
}

/* The visible form of one unsafe character or invalid byte; its length. */
static size_t
sanitize_visible(char out[16], uint32_t cp, bool invalid)
{
	if (invalid)
		return (size_t)snprintf(out, 16, "\\x%02X", (unsigned)cp & 0xff);
	if (cp < 0x20)
		return (size_t)snprintf(out, 16, "^%c", (char)('@' + cp));
	if (cp == 0x7f)
		return (size_t)snprintf(out, 16, "^?");
	return (size_t)snprintf(out, 16, "<U+%04X>", (unsigned)cp);
}

/*
 * Walks s, appending safe runs through emit in one piece and unsafe
 * characters in their visible form (through emit as well, so HTML
 * escapes the '<' of "<U+202E>").
 */
/*
 * Where the bytes of s from i on stop being safe to show as they are:
 * len when all are; else the offset of the first character to escape,
 * with its code point in *cp and its length in *n (0: an invalid byte).
 */
static size_t
sanitize_safe_until(const char *s, size_t len, size_t i, int flags,
    uint32_t *cp, size_t *n)
{
	while (i < len) {
		if (i + 8 <= len && safe8(s + i)) {
			i += 8;
			continue;
		}
		if (SAFE_ASCII(s[i])) {
			i++;
			continue;
		}
		if (i + 1 < len && sanitize_is_latin(s + i)) {
			i += 2;
			continue;
		}
		*n = sanitize_decode(s + i, len - i, cp);
		if (*n != 0 && (!sanitize_is_unsafe(*cp) ||
		    (*cp == '\n' && (flags & SANITIZE_NEWLINES)) ||
		    (*cp == '\t' && (flags & SANITIZE_TABS)))) {
			i += *n;
			continue;
		}
		return i;
	}
	return len;
}

static void
sanitize_walk(struct textbuf *b, const char *s, int flags,
    void (*emit)(struct textbuf *, const char *, size_t))
{
	size_t len = strlen(s), i = 0, run = 0, n = 0;
	char vis[16];
	uint32_t cp = 0;

	while ((i = sanitize_safe_until(s, len, i, flags, &cp, &n)) < len) {
		if (i > run)
			emit(b, s + run, i - run);
		emit(b, vis, sanitize_visible(vis, cp, n == 0));
		i += n == 0 ? 1 : n;
		run = i;
	}
	if (i > run)
		emit(b, s + run, i - run);
}

const char *
sanitize_text_view(const char *s, int flags, char **owned)
{
	size_t len = strlen(s), n;
	uint32_t cp;

	*owned = NULL;
	if (sanitize_safe_until(s, len, 0, flags, &cp, &n) == len)
		return s;
	*owned = sanitize_text(s, flags);
	return *owned;
}

void
sanitize_text_buf(struct textbuf *b, const char *s, int flags)
{
	sanitize_walk(b, s, flags, textbuf_add);
}

char *
sanitize_text(const char *s, int flags)
{
	struct textbuf b;

	textbuf_init(&b);
	sanitize_text_buf(&b, s, flags);
	return textbuf_detach(&b);
}

/* Appends bytes with the five HTML specials replaced by entities. */
static void
html_emit(struct textbuf *b, const char *s, size_t n)
{
	size_t i, start = 0;
	const char *ent;

	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '&': ent = "&amp;"; break;
		case '<': ent = "&lt;"; break;
		case '>': ent = "&gt;"; break;
		case '"': ent = "&quot;"; break;
		case '\'': ent = "&#39;"; break;
		default: continue;
		}
		textbuf_add(b, s + start, i - start);
		textbuf_adds(b, ent);
		start = i + 1;
	}
	textbuf_add(b, s + start, n - start);
}

void
sanitize_html_buf(struct textbuf *b, const char *s, int flags)
{
	sanitize_walk(b, s, flags, html_emit);
}

char *
sanitize_html(const char *s, int flags)
{
	struct textbuf b;

	textbuf_init(&b);
	sanitize_html_buf(&b, s, flags);
	return textbuf_detach(&b);
}

void
sanitize_csv_buf(struct textbuf *b, const char *s)
{
	struct textbuf vis;
	bool quote;
	size_t i;

	textbuf_init(&vis);
	if (strchr("=+-@\t\r", s[0]) != NULL && s[0] != '\0')
		textbuf_addc(&vis, '\'');
	sanitize_text_buf(&vis, s, SANITIZE_NEWLINES);
	if (vis.len == 0) {
		textbuf_reset(&vis);
		return;
	}
	/* ';' too: the separator of the Danish spreadsheet dialect. */
	quote = strpbrk(vis.data, ",;\"\r\n") != NULL;
	if (quote)
		textbuf_addc(b, '"');
	for (i = 0; i < vis.len; i++) {
		if (vis.data[i] == '"')
			textbuf_addc(b, '"');
		textbuf_addc(b, vis.data[i]);
	}
	if (quote)
		textbuf_addc(b, '"');
	textbuf_reset(&vis);
}

char *
sanitize_csv(const char *s)
{
	struct textbuf b;

	textbuf_init(&b);
	sanitize_csv_buf(&b, s);
	return textbuf_detach(&b);
}
