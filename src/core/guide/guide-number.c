/*
 * Numbers as people type them into the wizard, read the way the
 * interface language writes them. Files and CSV never come through here:
 * they stay dot-decimal.
 *
 * Danish writes 1.250.000,75 and English 1,250,000.75, so the same text
 * can mean values a thousand times apart: "3.000" is three thousand to a
 * Dane and three to an English reader. The rules, chosen so that a value
 * is never silently changed by a factor of 1000:
 *
 *  - The language's own grouping is thousands: "3.000", "12.500",
 *    "1.250.000" (Danish), "3,000", "1,250,000" (English); with the
 *    decimal separator after it: "1.250,75" / "1,250.75".
 *  - Spaces group thousands in both languages: "3 000", also the
 *    no-break spaces U+00A0, U+202F and the thin space U+2009.
 *  - A separator that cannot be grouping is the decimal separator,
 *    whichever it is: "2,5" and "2.5" are 2.5, and so are "0.500" and
 *    "1234.5". Only one reading exists, so accepting it guesses nothing;
 *    it also reads back what the wizard shows ("2,5" in Danish; a value
 *    with three decimals is shown with four, "1,1250", for this).
 *  - One separator with one to three digits before it (not a lone 0)
 *    and exactly three after could be either. It is thousands when it is
 *    the language's grouping separator ("3.000" in Danish), and refused
 *    as ambiguous when it is the language's decimal separator ("3.000"
 *    in English, "3,000" in Danish), with a message saying how to write
 *    each meaning ("3000" or "3").
 *  - Groups are one to three digits and then exactly three, with one
 *    kind of grouping only. Anything else is not a number.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/util.h"
#include "guide-impl.h"

#define GUIDE_MAX_DIGITS 15	/* what a double holds exactly */
#define GUIDE_NUM_BUF	 64

/* The typed text reduced to digits, '.', ',' and ' ' (any space). */
struct guide_typed {
	char	 s[GUIDE_NUM_BUF];
	size_t	 len;
	int	 sign;
	size_t	 dec_at;	/* the decimal separator's index, or len */
	char	 grp;		/* the grouping in use: '.', ',', ' ', 0 */
};

/* Bytes of a grouping space starting at p, 0 when there is none. */
static size_t
guide_space_at(const char *p, size_t left)
{
	const unsigned char *u = (const unsigned char *)p;

	if (u[0] == ' ')
		return 1;
	if (left >= 2 && u[0] == 0xc2 && u[1] == 0xa0)
		return 2;
	if (left >= 3 && u[0] == 0xe2 && u[1] == 0x80 &&
	    (u[2] == 0xaf || u[2] == 0x89))
		return 3;
	return 0;
}

/* Drops a trailing "%" and the spaces before it. */
static size_t
guide_strip_percent(const char *p, size_t len)
{
	size_t n;

	if (len == 0 || p[len - 1] != '%')
		return len;
	len--;
	for (;;) {
		if (len >= 1 && guide_space_at(p + len - 1, 1) == 1)
			n = 1;
		else if (len >= 2 && guide_space_at(p + len - 2, 2) == 2)
			n = 2;
		else if (len >= 3 && guide_space_at(p + len - 3, 3) == 3)
			n = 3;
		else
			return len;
		len -= n;
	}
}

/* Copies p into t with every space as ' '; -1 on any other byte. */
static int
guide_reduce(const char *p, size_t len, struct guide_typed *t)
{
	size_t i = 0, n;

	t->len = 0;
	t->sign = 1;
	if (len > 0 && (p[0] == '-' || p[0] == '+'))
		t->sign = p[i++] == '-' ? -1 : 1;
	while (i < len) {
		if (t->len + 1 >= sizeof t->s)
			return -1;
		if ((n = guide_space_at(p + i, len - i)) > 0) {
			t->s[t->len++] = ' ';
			i += n;
		} else if ((p[i] >= '0' && p[i] <= '9') || p[i] == '.' ||
		    p[i] == ',')
			t->s[t->len++] = p[i++];
		else
			return -1;
	}
	t->s[t->len] = '\0';
	return t->len == 0 ? -1 : 0;
}

static size_t
guide_count_char(const char *s, size_t len, char c)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		n += s[i] == c;
	return n;
}

/* The digits of the group that ends just before index at. */
static size_t
guide_group_before(const struct guide_typed *t, size_t at)
{
	size_t i = at;

	while (i > 0 && t->s[i - 1] >= '0' && t->s[i - 1] <= '9')
		i--;
	return at - i;
}

/*
 * One '.' or ',' at index at, and nothing else but digits and spaces:
 * grouping (1), decimal (0), or ambiguous (-1), by the rules above.
 */
static int
guide_single_separator(const struct guide_typed *t, size_t at)
{
	const char *lang_grp = strcmp(lang_current(), LANG_ENGLISH) == 0 ?
	    "," : ".";
	size_t before = guide_group_before(t, at), after = t->len - at - 1;
	bool spaced = memchr(t->s, ' ', at) != NULL;

	/* "0.500" has one reading; "01.000" is not let through as 1. */
	if (after != 3 || before == 0 || before > 3 ||
	    (!spaced && before == 1 && t->s[at - 1] == '0'))
		return 0;
	if (spaced)
		return t->s[at] == *lang_grp ? -1 : 0;
	return t->s[at] == *lang_grp ? 1 : -1;
}

/* Finds the decimal separator and the grouping; -1 ambiguous, -2 bad. */
static int
guide_classify(struct guide_typed *t)
{
	size_t dots = guide_count_char(t->s, t->len, '.');
	size_t commas = guide_count_char(t->s, t->len, ',');
	const char *last_dot = strrchr(t->s, '.');
	const char *last_comma = strrchr(t->s, ',');
	char dec = 0;
	int how;

	t->dec_at = t->len;
	t->grp = memchr(t->s, ' ', t->len) != NULL ? ' ' : 0;
	if (dots > 0 && commas > 0) {
		dec = last_dot > last_comma ? '.' : ',';
		if ((dec == '.' ? dots : commas) != 1 || t->grp == ' ')
			return -2;
		t->grp = dec == '.' ? ',' : '.';
	} else if (dots + commas > 1)
		t->grp = t->grp == ' ' ? 0 : (dots > 0 ? '.' : ',');
	else if (dots + commas == 1) {
		dec = dots > 0 ? '.' : ',';
		how = guide_single_separator(t, (size_t)(strchr(t->s, dec) -
		    t->s));
		if (how < 0)
			return -1;
		if (how == 1) {
			t->grp = dec;
			dec = 0;
		}
	}
	if (t->grp == 0 && dots + commas > 1)
		return -2;
	if (dec != 0)
		t->dec_at = (size_t)(strchr(t->s, dec) - t->s);
	return 0;
}

/* Checks the whole part: plain digits, or groups of 1-3 then 3 each. */
static int
guide_check_groups(const struct guide_typed *t)
{
	size_t i, run = 0, groups = 0;

	for (i = 0; i < t->dec_at; i++)
		if (t->s[i] < '0' || t->s[i] > '9')
			if (t->grp == 0 || t->s[i] != t->grp)
				return -1;
	if (t->grp == 0)
		return 0;
	for (i = 0; i <= t->dec_at; i++) {
		if (i < t->dec_at && t->s[i] != t->grp) {
			run++;
			continue;
		}
		if (groups == 0 ? (run == 0 || run > 3 || t->s[0] == '0') :
		    run != 3)
			return -1;
		groups++;
		run = 0;
	}
	return 0;
}

/* The value of the digits of t; -1 when too long or no digit at all. */
static int
guide_digits_value(const struct guide_typed *t, double *out, bool *whole)
{
	unsigned long long mantissa = 0;
	int digits = 0, frac = 0;
	size_t i;

	*whole = true;
	if (t->dec_at < t->len && t->dec_at + 1 == t->len)
		return -1;	/* "3," */
	for (i = 0; i < t->len; i++) {
		if (t->s[i] < '0' || t->s[i] > '9') {
			if (i > t->dec_at)
				return -1;	/* "2,5 00" */
			continue;
		}
		if (++digits > GUIDE_MAX_DIGITS)
			return -1;
		mantissa = mantissa * 10 + (unsigned long long)(t->s[i] - '0');
		if (i > t->dec_at) {
			frac++;
			if (t->s[i] != '0')
				*whole = false;
		}
	}
	if (digits == 0)
		return -1;
	*out = t->sign * (double)mantissa / pow(10.0, frac);
	return 0;
}

/* The refusal of an ambiguous p: how to write each of its meanings. */
static char *
guide_ambiguous(const char *p, size_t len, const struct guide_typed *t,
    enum guide_number_kind kind)
{
	char thousands[GUIDE_NUM_BUF + 1], decimal[GUIDE_NUM_BUF + 2], *msg;
	size_t i, n = 0, at = (size_t)(strpbrk(t->s, ".,") - t->s);
	bool zeros = strcmp(t->s + at + 1, "000") == 0;

	if (t->sign < 0)
		thousands[n++] = '-';
	for (i = 0; i < t->len; i++)
		if (t->s[i] >= '0' && t->s[i] <= '9')
			thousands[n++] = t->s[i];
	thousands[n] = '\0';
	if (zeros)
		snprintf(decimal, sizeof decimal, "%s%.*s", t->sign < 0 ?
		    "-" : "", (int)at, t->s);
	else
		snprintf(decimal, sizeof decimal, "%s%s0", t->sign < 0 ?
		    "-" : "", t->s);
	if (kind == GUIDE_NUM_WHOLE && !zeros)
		msg = xasprintf(_("\"%.*s\" is ambiguous: write %s if you mean "
		    "thousands; a count has no decimals"), (int)len, p,
		    thousands);
	else
		msg = xasprintf(_("\"%.*s\" is ambiguous: write %s if you mean "
		    "thousands, or %s"), (int)len, p, thousands, decimal);
	return msg;
}

int
guide_read_number(const char *p, size_t len, enum guide_number_kind kind,
    double *out, char **cause)
{
	struct guide_typed t;
	size_t n = kind == GUIDE_NUM_PERCENT ? guide_strip_percent(p, len) :
	    len;
	bool whole;
	int rc;

	rc = guide_reduce(p, n, &t);
	if (rc == 0 && (rc = guide_classify(&t)) == -1) {
		*cause = guide_ambiguous(p, len, &t, kind);
		return -1;
	}
	if (rc != 0 || guide_check_groups(&t) != 0 ||
	    guide_digits_value(&t, out, &whole) != 0) {
		*cause = kind == GUIDE_NUM_DECIMAL ?
		    xasprintf(_("\"%.*s\" is not a number; write it as, e.g., "
		    "2500 or 2.5"), (int)len, p) :
		    xasprintf(_("\"%.*s\" is not a number; write it as, e.g., "
		    "80"), (int)len, p);
		return -1;
	}
	if (kind == GUIDE_NUM_WHOLE && !whole) {
		*cause = xasprintf(_("\"%.*s\" is not a whole number; a count "
		    "has no decimals"), (int)len, p);
		return -1;
	}
	if (*out == 0)
		*out = 0;	/* no "-0" */
	return 0;
}
