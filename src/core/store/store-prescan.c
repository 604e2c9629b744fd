/*
 * The pre-scan: what a session file must not contain before libconfig 1.5
 * parses it. libconfig cannot switch @include off (it can exit the process,
 * hang on a FIFO or read other files), is quadratic in one long string
 * literal and in the number of settings in one group, is slow over
 * millions of list elements, and silently truncates unsuffixed integers
 * to 32 bits. One linear pass over the bytes finds all of these, NUL bytes
 * and directive lines included, wherever they are (in strings and comments
 * too); the scanner only needs to know strings, comments, names and
 * numbers, not the grammar. Bytes are classified by a table, not by the
 * C library, so the scan is the same in every locale (libconfig's own
 * scanner reads bytes, not characters).
 */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/sha256.h"
#include "store-private.h"

#define PC_SPACE	0x01	/* a blank other than '\n' */
#define PC_ALPHA	0x02	/* starts a name */
#define PC_DIGIT	0x04
#define PC_NAME		0x08	/* continues a name: letters, digits, _ - * */
#define PC_NUM		0x10	/* continues a number: letters, digits, . */
#define PC_STR		0x20	/* ends a run of plain string bytes: " \\ \n NUL */
#define PC_EOL		0x40	/* ends a run of comment bytes: \n NUL */
#define PC_LEAD		0x80	/* a blank allowed before a directive */

/* The class of each byte; bytes from 0x80 (UTF-8) are in none. */
static const unsigned char prescan_class[256] = {
	0x60, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,	/* 00 */
	0x00, 0x81, 0x60, 0x81, 0x81, 0x81, 0x00, 0x00,	/* 08 */
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,	/* 10 */
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,	/* 18 */
	0x81, 0x00, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00,	/* 20 */
	0x00, 0x00, 0x08, 0x00, 0x00, 0x08, 0x10, 0x00,	/* 28 */
	0x1c, 0x1c, 0x1c, 0x1c, 0x1c, 0x1c, 0x1c, 0x1c,	/* 30 */
	0x1c, 0x1c, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,	/* 38 */
	0x00, 0x1a, 0x1a, 0x1a, 0x1a, 0x1a, 0x1a, 0x1a,	/* 40 */
	0x1a, 0x1a, 0x1a, 0x1a, 0x1a, 0x1a, 0x1a, 0x1a,	/* 48 */
	0x1a, 0x1a, 0x1a, 0x1a, 0x1a, 0x1a, 0x1a, 0x1a,	/* 50 */
	0x1a, 0x1a, 0x1a, 0x00, 0x20, 0x00, 0x00, 0x08,	/* 58 */
	0x00, 0x1a, 0x1a, 0x1a, 0x1a, 0x1a, 0x1a, 0x1a,	/* 60 */
	0x1a, 0x1a, 0x1a, 0x1a, 0x1a, 0x1a, 0x1a, 0x1a,	/* 68 */
	0x1a, 0x1a, 0x1a, 0x1a, 0x1a, 0x1a, 0x1a, 0x1a,	/* 70 */
	0x1a, 0x1a, 0x1a, 0x00, 0x00, 0x00, 0x00, 0x00,	/* 78 */
};

#define PRESCAN_IS(c, bits)	(prescan_class[(unsigned char)(c)] & (bits))

struct prescan {
	struct store_errors *err;
	const char	*p, *end;
	int		 line;
	char		 stack[STORE_MAX_DEPTH + 1];	/* 'g', 'l', 'a' */
	unsigned	 settings[STORE_MAX_DEPTH + 1];	/* or elements */
	unsigned	 depth;
	size_t		 nodes;		/* settings and list elements */
	size_t		 work;		/* name comparisons libconfig makes */
	bool		 work_reported;
	size_t		 run;		/* bytes of adjacent string literals */
	bool		 run_reported;
	bool		 strings_unsure; /* a text may not be UTF-8 */
	size_t		 found;
	struct sha256_ctx *sha;		/* or NULL */
	const char	*hashed;	/* the bytes before it are in sha */
};

/* How far the digest runs ahead of the scan: the bytes are mixed while
 * the scan still has them in the cache (one pass over a large file from
 * memory, not two). */
#define PRESCAN_HASH_AHEAD	16384

/* Gives the digest the bytes up to a little beyond p, or to the end. */
static void
prescan_hash_to(struct prescan *ps, const char *p)
{
	const char *to;

	if (ps->sha == NULL || p < ps->hashed)
		return;
	to = (size_t)(ps->end - p) > PRESCAN_HASH_AHEAD ?
	    p + PRESCAN_HASH_AHEAD : ps->end;
	sha256_update(ps->sha, ps->hashed, (size_t)(to - ps->hashed));
	ps->hashed = to;
}

#define PRESCAN_ERROR(ps, line, ...) do {				\
	store_errorf((ps)->err, (line), __VA_ARGS__);			\
	(ps)->found++;							\
} while (0)

/* A line starting with blanks then '@' (libconfig's directives); where
 * the blanks end. */
static const char *
prescan_line_start(struct prescan *ps, const char *p)
{
	while (p < ps->end && PRESCAN_IS(*p, PC_LEAD))
		p++;
	if (p < ps->end && *p == '@')
		PRESCAN_ERROR(ps, ps->line, _("directives such as @include "
		    "are not allowed in a session file"));
	return p;
}

/* A byte that stopped a fast scan: a line end, a NUL, or neither. */
static void
prescan_byte(struct prescan *ps, const char *p)
{
	if (*p == '\n') {
		ps->line++;
		(void)prescan_line_start(ps, p + 1);
	} else if (*p == '\0')
		PRESCAN_ERROR(ps, ps->line, _("the file contains a NUL "
		    "byte"));
}

/* Skips a comment at p (# or // to the line end, or slash-star). */
static bool
prescan_comment(struct prescan *ps)
{
	const char *p = ps->p;

	if (*p == '#' || (*p == '/' && p + 1 < ps->end && p[1] == '/')) {
		for (;;) {
			while (p < ps->end && !PRESCAN_IS(*p, PC_EOL))
				p++;
			if (p == ps->end || *p == '\n')
				break;
			prescan_byte(ps, p++);	/* a NUL */
		}
	} else if (*p == '/' && p + 1 < ps->end && p[1] == '*') {
		for (p += 2; p < ps->end; p++) {
			if (*p == '*' && p + 1 < ps->end && p[1] == '/') {
				p += 2;
				break;
			}
			prescan_byte(ps, p);
		}
	} else
		return false;
	ps->p = p;
	return true;
}

/* Whether none of the eight bytes at p ends a run of plain string bytes
 * ('"', '\\', '\n', NUL) or is outside ASCII, tested as one word: a byte
 * is zero after the xor with its own value, and (v - 1) & ~v sets the top
 * bit of a zero byte (a borrow starts only at a zero byte, so the answer
 * is exact). */
static bool
prescan_plain8(const char *p)
{
	const uint64_t ones = 0x0101010101010101u, high = ones << 7;
	uint64_t x, hit;

	memcpy(&x, p, sizeof x);
	hit = x & high;
#define PRESCAN_HAS(v)	(((v) - ones) & ~(v) & high)
	hit |= PRESCAN_HAS(x ^ (ones * '"')) | PRESCAN_HAS(x ^ (ones * '\\')) |
	    PRESCAN_HAS(x ^ (ones * '\n')) | PRESCAN_HAS(x);
#undef PRESCAN_HAS
	return hit == 0;
}

/*
 * A string literal; adjacent literals are joined, so they add up. On the
 * way, whether every text of the file is valid UTF-8 as it stands: its
 * bytes are, and no escape can make a byte of its own (libconfig's \x
 * can; \n, \r, \t, \f, \\ and \" make ASCII). When so, the reader
 * need not check each text again.
 */
static void
prescan_string(struct prescan *ps)
{
	const char *p = ps->p + 1;
	int line = ps->line;
	size_t n;

	for (;;) {
		while (ps->end - p >= 8 && prescan_plain8(p))
			p += 8;
		while (p < ps->end && !PRESCAN_IS(*p, PC_STR) &&
		    (unsigned char)*p < 0x80)
			p++;
		if (p == ps->end || *p == '"')
			break;
		if ((unsigned char)*p >= 0x80) {
			if ((n = store_utf8_char(p, (size_t)(ps->end - p))) != 0) {
				p += n;
				continue;
			}
			ps->strings_unsure = true;
			p++;
			continue;
		}
		if (*p == '\\' && p + 1 < ps->end) {
			if (strchr("nrtf\\\"", p[1]) == NULL || p[1] == '\0')
				ps->strings_unsure = true;
			p++;	/* the escaped byte is checked like any */
		}
		prescan_byte(ps, p++);
	}
	ps->run += (size_t)(p - ps->p) + 1;
	if (ps->run > STORE_MAX_LITERAL && !ps->run_reported) {
		PRESCAN_ERROR(ps, line, _("a text is longer than %u bytes"),
		    STORE_MAX_STRING);
		ps->run_reported = true;
	}
	ps->p = p < ps->end ? p + 1 : p;
}

/* True when a decimal or hex integer token would not fit libconfig's int. */
static bool
prescan_int_too_large(const char *tok, size_t len)
{
	char buf[32];
	long long v;
	size_t i = 0, digits;
	char *endp;

	if (tok[len - 1] == 'L')	/* 64-bit: libconfig keeps it */
		return false;
	if (tok[0] == '-' || tok[0] == '+')
		i = 1;
	if (len - i > 2 && tok[i] == '0' && (tok[i + 1] == 'x' ||
	    tok[i + 1] == 'X'))
		return len - i - 2 > 8;
	for (digits = i; digits < len; digits++)
		if (!PRESCAN_IS(tok[digits], PC_DIGIT))
			return false;	/* a float or not a number */
	if (len - i <= 9)	/* at most 999,999,999: no need to convert */
		return false;
	if (len >= sizeof buf)
		return true;
	memcpy(buf, tok, len);
	buf[len] = '\0';
	errno = 0;
	v = strtoll(buf, &endp, 10);
	return errno == ERANGE || v > INT32_MAX || v < INT32_MIN;
}

/* A number token (sign included when it is part of the number). */
static void
prescan_number(struct prescan *ps)
{
	const char *start = ps->p, *p = ps->p + 1;

	while (p < ps->end && (PRESCAN_IS(*p, PC_NUM) ||
	    ((*p == '+' || *p == '-') && (p[-1] == 'e' || p[-1] == 'E'))))
		p++;
	if (prescan_int_too_large(start, (size_t)(p - start)))
		PRESCAN_ERROR(ps, ps->line, _("the number %.*s is too large "
		    "(64-bit values need an L suffix)"), (int)(p - start),
		    start);
	ps->p = p;
}

/* Counts a setting or list element against the file's total. */
static void
prescan_node(struct prescan *ps)
{
	if (++ps->nodes == STORE_MAX_NODES + 1)
		PRESCAN_ERROR(ps, ps->line, _("the file holds more than %u "
		    "settings and list elements"), STORE_MAX_NODES);
}

/* Brackets and assignments: nesting depth and settings per group. */
static bool
prescan_structure(struct prescan *ps, char c)
{
	if (c == '{' || c == '(' || c == '[') {
		if (ps->depth == STORE_MAX_DEPTH) {
			PRESCAN_ERROR(ps, ps->line, _("groups and lists are "
			    "nested deeper than %u levels"), STORE_MAX_DEPTH);
			return false;
		}
		ps->depth++;
		ps->stack[ps->depth] = c == '{' ? 'g' : c == '(' ? 'l' : 'a';
		prescan_node(ps);
		ps->settings[ps->depth] = 0;
	} else if (c == '}' || c == ')' || c == ']') {
		if (ps->depth > 0)
			ps->depth--;
	} else if (c == ',' && ps->stack[ps->depth] != 'g') {
		prescan_node(ps);
		if (++ps->settings[ps->depth] == STORE_MAX_LIST)
			PRESCAN_ERROR(ps, ps->line, _("more than %u elements "
			    "in one list"), STORE_MAX_LIST);
	} else if ((c == '=' || c == ':') && ps->stack[ps->depth] == 'g') {
		prescan_node(ps);
		if (++ps->settings[ps->depth] == STORE_MAX_GROUP + 1)
			PRESCAN_ERROR(ps, ps->line, _("more than %u settings "
			    "in one group"), STORE_MAX_GROUP);
		ps->work += ps->settings[ps->depth];
		if (ps->work > STORE_MAX_GROUP_WORK && !ps->work_reported) {
			PRESCAN_ERROR(ps, ps->line, _("the groups in this file "
			    "hold too many settings to be read quickly"));
			ps->work_reported = true;
		}
	}
	return true;
}

/* One step of the token scan; false stops it. */
static bool
prescan_step(struct prescan *ps)
{
	char c = *ps->p;

	if (PRESCAN_IS(c, PC_SPACE)) {
		while (++ps->p < ps->end && PRESCAN_IS(*ps->p, PC_SPACE))
			continue;
	} else if (c == '\n') {
		/* The next line's indentation is skipped once, on the way
		 * to a directive there. */
		ps->line++;
		ps->p = prescan_line_start(ps, ps->p + 1);
	} else if (c == '"') {
		prescan_string(ps);
	} else if ((c == '#' || c == '/') && prescan_comment(ps)) {
		/* comments between joined literals keep the run */
	} else {
		ps->run = 0;
		ps->run_reported = false;
		if (PRESCAN_IS(c, PC_ALPHA) || c == '*') {
			while (++ps->p < ps->end && PRESCAN_IS(*ps->p, PC_NAME))
				continue;
		} else if (PRESCAN_IS(c, PC_DIGIT) || ((c == '-' ||
		    c == '+') && ps->p + 1 < ps->end &&
		    PRESCAN_IS(ps->p[1], PC_DIGIT))) {
			prescan_number(ps);
		} else {
			prescan_byte(ps, ps->p++);	/* a NUL */
			return prescan_structure(ps, c);
		}
	}
	return true;
}

size_t
store_prescan(struct store_errors *err, const char *text, size_t len,
    bool *strings_utf8, struct sha256_ctx *sha)
{
	struct prescan ps;

	memset(&ps, 0, sizeof ps);
	ps.err = err;
	ps.p = text;
	ps.end = text + len;
	ps.line = 1;
	ps.stack[0] = 'g';	/* the file itself is a group */
	ps.sha = sha;
	ps.hashed = text;
	ps.p = prescan_line_start(&ps, text);
	while (ps.p < ps.end) {
		prescan_hash_to(&ps, ps.p);
		if (!prescan_step(&ps))
			break;
	}
	/* Past nesting too deep to scan: still every NUL and directive. */
	for (; ps.p < ps.end; ps.p++)
		prescan_byte(&ps, ps.p);
	prescan_hash_to(&ps, ps.end);
	/* Only a file with no error was scanned to its end. */
	if (strings_utf8 != NULL)
		*strings_utf8 = ps.found == 0 && !ps.strings_unsure;
	return ps.found;
}
