/*
 * Locale-independent UTF-8: a strict decoder, the terminal width of a code
 * point, visible escapes for characters that could move the cursor or
 * reverse text, and a small composition table so that text typed on a
 * system that decomposes (a + ring above) still shows as "å".
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "b2c/utf8.h"

struct range {
	uint32_t first, last;
};

/* Zero-width: combining marks, joiners and variation selectors. */
static const struct range zero_width[] = {
	{ 0x0300, 0x036f }, { 0x0483, 0x0489 }, { 0x0591, 0x05bd },
	{ 0x0610, 0x061a }, { 0x064b, 0x065f }, { 0x0e31, 0x0e31 },
	{ 0x1ab0, 0x1aff }, { 0x1dc0, 0x1dff }, { 0x200b, 0x200f },
	{ 0x2060, 0x2064 }, { 0x20d0, 0x20ff }, { 0xfe00, 0xfe0f },
	{ 0xfe20, 0xfe2f }, { 0xfeff, 0xfeff }, { 0xe0100, 0xe01ef },
};

/* Two columns: East Asian wide and full-width, and emoji. */
static const struct range double_width[] = {
	{ 0x1100, 0x115f }, { 0x231a, 0x231b }, { 0x2329, 0x232a },
	{ 0x23e9, 0x23ec }, { 0x2614, 0x2615 }, { 0x2648, 0x2653 },
	{ 0x26a1, 0x26a1 }, { 0x26aa, 0x26ab }, { 0x26bd, 0x26be },
	{ 0x2705, 0x2705 }, { 0x274c, 0x274c }, { 0x2e80, 0x303e },
	{ 0x3041, 0x33ff }, { 0x3400, 0x4dbf }, { 0x4e00, 0x9fff },
	{ 0xa000, 0xa4cf }, { 0xa960, 0xa97f }, { 0xac00, 0xd7a3 },
	{ 0xf900, 0xfaff }, { 0xfe10, 0xfe19 }, { 0xfe30, 0xfe6f },
	{ 0xff00, 0xff60 }, { 0xffe0, 0xffe6 }, { 0x1f300, 0x1f64f },
	{ 0x1f680, 0x1f6ff }, { 0x1f900, 0x1f9ff }, { 0x20000, 0x2fffd },
	{ 0x30000, 0x3fffd },
};

/* Base letter, combining mark, precomposed letter. */
static const uint32_t compositions[][3] = {
	{ 'A', 0x30a, 0xc5 }, { 'a', 0x30a, 0xe5 },
	{ 'A', 0x308, 0xc4 }, { 'a', 0x308, 0xe4 },
	{ 'O', 0x308, 0xd6 }, { 'o', 0x308, 0xf6 },
	{ 'U', 0x308, 0xdc }, { 'u', 0x308, 0xfc },
	{ 'E', 0x308, 0xcb }, { 'e', 0x308, 0xeb },
	{ 'I', 0x308, 0xcf }, { 'i', 0x308, 0xef },
	{ 'y', 0x308, 0xff },
	{ 'A', 0x301, 0xc1 }, { 'a', 0x301, 0xe1 },
	{ 'E', 0x301, 0xc9 }, { 'e', 0x301, 0xe9 },
	{ 'I', 0x301, 0xcd }, { 'i', 0x301, 0xed },
	{ 'O', 0x301, 0xd3 }, { 'o', 0x301, 0xf3 },
	{ 'U', 0x301, 0xda }, { 'u', 0x301, 0xfa },
	{ 'Y', 0x301, 0xdd }, { 'y', 0x301, 0xfd },
	{ 'A', 0x300, 0xc0 }, { 'a', 0x300, 0xe0 },
	{ 'E', 0x300, 0xc8 }, { 'e', 0x300, 0xe8 },
	{ 'N', 0x303, 0xd1 }, { 'n', 0x303, 0xf1 },
	{ 'C', 0x327, 0xc7 }, { 'c', 0x327, 0xe7 },
	{ 0xc6, 0x301, 0x1fc }, { 0xe6, 0x301, 0x1fd },
	{ 0xd8, 0x301, 0x1fe }, { 0xf8, 0x301, 0x1ff },
};

static int
in_ranges(uint32_t cp, const struct range *r, size_t n)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (cp < r[mid].first)
			hi = mid;
		else if (cp > r[mid].last)
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

/* Length of the sequence a lead byte starts, and its payload bits. */
static int
lead_length(unsigned char c, uint32_t *bits)
{
	if (c < 0x80) {
		*bits = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		*bits = c & 0x1f;
		return 2;
	}
	if (c >= 0xe0 && c <= 0xef) {
		*bits = c & 0x0f;
		return 3;
	}
	if (c >= 0xf0 && c <= 0xf4) {
		*bits = c & 0x07;
		return 4;
	}
	return 0;
}

uint32_t
utf8_decode(const char **s, size_t len)
{
	const unsigned char *p = (const unsigned char *)*s;
	static const uint32_t min[5] = { 0, 0, 0x80, 0x800, 0x10000 };
	uint32_t cp;
	int n, i;

	n = lead_length(p[0], &cp);
	if (n == 0 || (size_t)n > len)
		goto bad;
	for (i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			goto bad;
		cp = (cp << 6) | (p[i] & 0x3f);
	}
	if (cp < min[n] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		goto bad;
	*s += n;
	return cp;
bad:
	*s += 1;
	return UTF8_REPLACEMENT;
}

size_t
utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		cp = UTF8_REPLACEMENT;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xc0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xe0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
		o[2] = (unsigned char)(0x80 | (cp & 0x3f));
		return 3;
	}
	o[0] = (unsigned char)(0xf0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
	o[3] = (unsigned char)(0x80 | (cp & 0x3f));
	return 4;
}

bool
utf8_is_unsafe(uint32_t cp)
{
	/* The implicit marks (U+200E, U+200F, U+061C) only nudge neutral
	 * characters and are common in pasted text; the embeddings,
	 * overrides and isolates can make text read in another order. */
	return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || cp == 0x2028 ||
	    cp == 0x2029 || (cp >= 0x202a && cp <= 0x202e) ||
	    (cp >= 0x2066 && cp <= 0x2069);
}

int
utf8_escape(uint32_t cp, char out[UTF8_ESCAPE_MAX + 1])
{
	if (cp < 0x20)
		return snprintf(out, UTF8_ESCAPE_MAX + 1, "^%c",
		    (char)(cp + '@'));
	if (cp == 0x7f)
		return snprintf(out, UTF8_ESCAPE_MAX + 1, "^?");
	if (utf8_is_unsafe(cp))
		return snprintf(out, UTF8_ESCAPE_MAX + 1, "<U+%04X>",
		    (unsigned)cp);
	out[0] = '\0';
	return 0;
}

int
utf8_width(uint32_t cp)
{
	char esc[UTF8_ESCAPE_MAX + 1];
	int w;

	if (cp >= 0x20 && cp < 0x7f)
		return 1;	/* printable ASCII, most of any text */
	if (utf8_escape(cp, esc) > 0)
		return -1;
	/*
	 * In a UTF-8 locale agree with curses, which asks wcwidth(); under
	 * LANG=C wcwidth() knows nothing beyond ASCII, so use the table.
	 */
	w = wcwidth((wchar_t)cp);
	if (w >= 0)
		return w;
	if (in_ranges(cp, zero_width, sizeof zero_width / sizeof *zero_width))
		return 0;
	if (in_ranges(cp, double_width,
	    sizeof double_width / sizeof *double_width))
		return 2;
	return 1;
}

int
utf8_text_width(const char *s)
{
	const char *end = s + strlen(s);
	char esc[UTF8_ESCAPE_MAX + 1];
	int w = 0;

	while (s < end) {
		uint32_t cp;
		int cw;

		if (*s >= 0x20 && *s < 0x7f) {
			w++;	/* printable ASCII: one byte, one column */
			s++;
			continue;
		}
		cp = utf8_decode(&s, (size_t)(end - s));
		cw = utf8_width(cp);
		w += cw >= 0 ? cw : utf8_escape(cp, esc);
	}
	return w;
}

uint32_t
utf8_compose(uint32_t base, uint32_t mark)
{
	size_t i;

	for (i = 0; i < sizeof compositions / sizeof *compositions; i++) {
		if (compositions[i][0] == base && compositions[i][1] == mark)
			return compositions[i][2];
	}
	return 0;
}
