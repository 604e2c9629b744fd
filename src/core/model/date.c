/*
 * Date parsing and validation. Files hold ISO dates; people type several
 * Danish and international forms, all read day-first unless the year
 * comes first.
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "b2c/date.h"
#include "b2c/i18n.h"
#include "b2c/util.h"

bool
date_valid(int year, int month, int day)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };
	int max;

	if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1)
		return false;
	max = days[month - 1];
	if (month == 2 && ((year % 4 == 0 && year % 100 != 0) ||
	    year % 400 == 0))
		max = 29;
	return day <= max;
}

/* Reads up to maxdigits digits; returns the count read (0 = none). */
static int
date_read_number(const char **p, int maxdigits, int *value)
{
	int n = 0;

	*value = 0;
	while (n < maxdigits && isdigit((unsigned char)**p)) {
		*value = *value * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	return n;
}

static bool
date_is_separator(char c)
{
	return c == '-' || c == '.' || c == '/';
}

/* Splits "a SEP b SEP c" into three numbers with their digit counts. */
static int
date_scan(const char *s, int v[3], int digits[3])
{
	const char *p = s;
	int i;

	while (*p == ' ')
		p++;
	for (i = 0; i < 3; i++) {
		if (i > 0) {
			if (!date_is_separator(*p))
				return -1;
			p++;
		}
		digits[i] = date_read_number(&p, 4, &v[i]);
		if (digits[i] == 0)
			return -1;
	}
	while (*p == ' ')
		p++;
	return *p == '\0' ? 0 : -1;
}

int
date_parse(const char *typed, char iso[DATE_ISO_LEN], char **cause)
{
	int v[3], digits[3], year, month, day;

	if (date_scan(typed, v, digits) != 0) {
		if (cause != NULL)
			*cause = xasprintf(_("\"%s\" is not a date; write "
			    "it as 15-03-2026 or 2026-03-15"), typed);
		return -1;
	}
	if (digits[0] == 4) {
		year = v[0];
		month = v[1];
		day = v[2];
	} else if (digits[2] == 4 && digits[0] <= 2 && digits[1] <= 2) {
		day = v[0];
		month = v[1];
		year = v[2];
	} else {
		if (cause != NULL)
			*cause = xasprintf(_("\"%s\" needs a four-digit "
			    "year, as in 15-03-2026"), typed);
		return -1;
	}
	if (!date_valid(year, month, day)) {
		if (cause != NULL)
			*cause = xasprintf(_("%s is not a real date"), typed);
		return -1;
	}
	snprintf(iso, DATE_ISO_LEN, "%04d-%02d-%02d", year, month, day);
	return 0;
}

/* True when s matches pattern, where '9' stands for any digit. */
static bool
date_match(const char *s, const char *pattern)
{
	for (; *pattern != '\0'; s++, pattern++) {
		if (*pattern == '9') {
			if (!isdigit((unsigned char)*s))
				return false;
		} else if (*s != *pattern)
			return false;
	}
	return *s == '\0';
}

/* The number the n digits at s spell (date_match has checked them). */
static int
date_digits(const char *s, int n)
{
	int v = 0;

	while (n-- > 0)
		v = v * 10 + (*s++ - '0');
	return v;
}

/* Splits "YYYY-MM-DD" when it is a real calendar date. Digits are read
 * by hand: reports and the store split thousands of dates, and sscanf
 * costs more than everything else about a date. */
static bool
date_parse_iso(const char *s, int *y, int *m, int *d)
{
	if (s == NULL || !date_match(s, "9999-99-99"))
		return false;
	*y = date_digits(s, 4);
	*m = date_digits(s + 5, 2);
	*d = date_digits(s + 8, 2);
	return date_valid(*y, *m, *d);
}

int
date_split(const char *iso, int *year, int *month, int *day)
{
	int y, m, d;

	if (!date_parse_iso(iso, &y, &m, &d))
		return -1;
	*year = y;
	*month = m;
	*day = d;
	return 0;
}


bool
date_valid_iso(const char *s)
{
	int y, m, d;

	return date_parse_iso(s, &y, &m, &d);
}

bool
date_valid_timestamp(const char *s)
{
	char day[DATE_ISO_LEN];
	int h, mi, se;

	if (s == NULL || !date_match(s, "9999-99-99T99:99:99Z"))
		return false;
	memcpy(day, s, 10);
	day[10] = '\0';
	h = date_digits(s + 11, 2);
	mi = date_digits(s + 14, 2);
	se = date_digits(s + 17, 2);
	return date_valid_iso(day) && h < 24 && mi < 60 && se < 61;
}

void
date_now_timestamp(char buf[21])
{
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(buf, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}
