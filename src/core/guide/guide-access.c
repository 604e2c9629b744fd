/*
 * Conversions between typed text and model values, shared by every
 * accessor of the guide, so a number or a date is accepted and refused
 * the same way on every screen. Numbers are parsed by hand rather than
 * with strtod: the program runs under the user's locale, and a Danish
 * LC_NUMERIC would make strtod refuse "2.5"; people type both "2,5" and
 * "2.5", so both are accepted whatever the locale.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/date.h"
#include "b2c/i18n.h"
#include "b2c/store.h"
#include "b2c/textnorm.h"
#include "b2c/util.h"
#include "guide-impl.h"

const char guide_not_set[] = N_("Not set");

const char *const guide_month_choices[] = {
	guide_not_set, N_("January"), N_("February"), N_("March"),
	N_("April"), N_("May"), N_("June"), N_("July"), N_("August"),
	N_("September"), N_("October"), N_("November"), N_("December"),
	NULL
};

char *
guide_dup(const char *s)
{
	return xstrdup(s == NULL ? "" : s);
}

/* Text is stored trimmed: white space alone is empty (textnorm.h). */
int
guide_put(char **field, const char *value, char **cause)
{
	char *trimmed;

	if (value != NULL && strlen(value) > STORE_MAX_STRING) {
		*cause = xasprintf(_("The text is longer than %u bytes"),
		    STORE_MAX_STRING);
		return -1;
	}
	trimmed = textnorm_trim(value);
	free(*field);
	*field = trimmed;
	return 0;
}

/* Skips leading and trailing blanks: returns the start, sets *len. */
static const char *
guide_trim(const char *value, size_t *len)
{
	size_t n;

	if (value == NULL)
		value = "";
	while (*value == ' ' || *value == '\t')
		value++;
	n = strlen(value);
	while (n > 0 && (value[n - 1] == ' ' || value[n - 1] == '\t'))
		n--;
	*len = n;
	return value;
}

int
guide_put_date(char **field, const char *value, char **cause)
{
	char iso[DATE_ISO_LEN], *copy;
	const char *p;
	size_t len;
	int rc;

	p = guide_trim(value, &len);
	if (len == 0) {
		session_set_str(field, "");
		return 0;
	}
	copy = xstrndup(p, len);
	rc = guide_parse_date(copy, iso, cause);
	free(copy);
	if (rc != 0)
		return -1;
	session_set_str(field, iso);
	return 0;
}

int
guide_parse_date(const char *typed, char iso[DATE_ISO_LEN], char **cause)
{
	int rc = guide_read_long_date(typed, iso, cause);

	return rc > 0 ? date_parse(typed, iso, cause) : rc;
}

/* A number of the given kind; the rules are in guide-number.c. */
static int
guide_parse_kind(const char *value, enum guide_number_kind kind,
    bool allow_negative, double *out, bool *empty, char **cause)
{
	const char *p;
	size_t len;
	double v;

	p = guide_trim(value, &len);
	*empty = len == 0;
	*out = 0;
	if (len == 0)
		return 0;
	if (guide_read_number(p, len, kind, &v, cause) != 0)
		return -1;
	if (v < 0 && !allow_negative) {
		*cause = xasprintf(_("\"%.*s\" is negative; write 0 or more"),
		    (int)len, p);
		return -1;
	}
	*out = v;
	return 0;
}

int
guide_parse_number(const char *value, bool allow_negative, double *out,
    bool *empty, char **cause)
{
	return guide_parse_kind(value, GUIDE_NUM_DECIMAL, allow_negative, out,
	    empty, cause);
}

int
guide_parse_percent(const char *value, double *out, bool *empty,
    char **cause)
{
	return guide_parse_kind(value, GUIDE_NUM_PERCENT, false, out, empty,
	    cause);
}

int
guide_parse_count(const char *value, long *out, bool *empty, char **cause)
{
	double v;
	const char *p;
	size_t len;

	if (guide_parse_kind(value, GUIDE_NUM_WHOLE, false, &v, empty,
	    cause) != 0)
		return -1;
	p = guide_trim(value, &len);
	if (v > GUIDE_MAX_COUNT) {
		*cause = xasprintf(_("%.*s is too large"), (int)len, p);
		return -1;
	}
	*out = (long)v;
	return 0;
}

char *
guide_format_number(double v)
{
	long long scaled, whole, part;
	char buf[64];
	size_t n;

	if (v == floor(v) && fabs(v) < 1e15)
		return xasprintf("%lld", (long long)v);
	/* Six decimals are more than any amount or target needs. */
	scaled = llround(fabs(v) * 1e6);
	whole = scaled / 1000000;
	part = scaled % 1000000;
	snprintf(buf, sizeof buf, "%s%lld.%06lld", v < 0 ? "-" : "", whole,
	    part);
	n = strlen(buf);
	while (buf[n - 1] == '0')
		buf[--n] = '\0';
	if (buf[n - 1] == '.')
		buf[--n] = '\0';
	/* "1.125" could be read back as thousands (guide-number.c); with a
	 * fourth decimal it has one reading only. */
	if (whole >= 1 && whole <= 999 && n > 4 && buf[n - 4] == '.') {
		buf[n++] = '0';
		buf[n] = '\0';
	}
	return xstrdup(buf);
}

char *
guide_format_long(long v)
{
	return xasprintf("%ld", v);
}

char *
guide_format_bool(bool b)
{
	return xstrdup(b ? "1" : "0");
}

int
guide_parse_bool(const char *value, bool *out, char **cause)
{
	size_t len;
	const char *p = guide_trim(value, &len);

	if (len == 0 || (len == 1 && p[0] == '0')) {
		*out = false;
		return 0;
	}
	if (len == 1 && p[0] == '1') {
		*out = true;
		return 0;
	}
	*cause = xasprintf(_("%.*s is neither yes (1) nor no (0)"), (int)len,
	    p);
	return -1;
}

int
guide_parse_choice(const char *value, size_t n, int *out, char **cause)
{
	double v;
	bool empty;

	if (guide_parse_number(value, false, &v, &empty, cause) != 0)
		return -1;
	if (empty) {
		*out = 0;
		return 0;
	}
	if (v != floor(v) || v >= (double)n) {
		*cause = xasprintf(_("%s is not one of the choices"), value);
		return -1;
	}
	*out = (int)v;
	return 0;
}

char *
guide_format_choice(int index)
{
	return xasprintf("%d", index);
}

int
guide_no_row(char **cause)
{
	*cause = xstrdup(_("That row does not exist"));
	return -1;
}

size_t
guide_count_strings(const char *const *list)
{
	size_t n = 0;

	while (list != NULL && list[n] != NULL)
		n++;
	return n;
}

/* Read-only columns refuse every edit (guide-query.c tells which are).
 * Tables of every part use it, so it sits below them all. */
int
guide_set_readonly(struct session *s, const struct guide_ctx *c,
    const char *v, char **cause)
{
	*cause = xstrdup(_("This column cannot be changed here"));
	return -1;
}
