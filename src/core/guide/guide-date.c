/*
 * Dates typed the long way the wizard shows them: "1. marts 2027" in
 * Danish, "1 March 2027" in English, and "March 1, 2027". Month names
 * are read in both languages whatever the interface speaks, without
 * regard to case, and so is any abbreviation of three letters or more
 * ("jan.", "sept", "okt."): no two months share their first three
 * letters in either language, so an abbreviation never guesses. The
 * numeric forms are date.c's.
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "b2c/date.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "guide-impl.h"

static const char *const guide_months[2][12] = {
	{ "januar", "februar", "marts", "april", "maj", "juni", "juli",
	  "august", "september", "oktober", "november", "december" },
	{ "january", "february", "march", "april", "may", "june", "july",
	  "august", "september", "october", "november", "december" }
};

/* The month (1-12) a word of len letters names, 0 when none. */
static int
guide_month_of(const char *word, size_t len)
{
	size_t lang, m;

	if (len < 3)
		return 0;
	for (lang = 0; lang < 2; lang++)
		for (m = 0; m < 12; m++)
			if (len <= strlen(guide_months[lang][m]) &&
			    strncasecmp(word, guide_months[lang][m], len) == 0)
				return (int)m + 1;
	return 0;
}

static void
guide_skip_spaces(const char **p)
{
	while (**p == ' ' || **p == '\t')
		(*p)++;
}

/* Reads 1 to max digits; -1 when there are none or more. */
static int
guide_date_number(const char **p, int max)
{
	int v = 0, n = 0;

	while (isdigit((unsigned char)**p)) {
		if (++n > max)
			return -1;
		v = v * 10 + (**p - '0');
		(*p)++;
	}
	return n == 0 ? -1 : v;
}

/* A month name with an optional "." after it; 0 when there is none. */
static int
guide_date_month(const char **p)
{
	const char *start = *p;
	int month;

	while (isalpha((unsigned char)**p))
		(*p)++;
	month = guide_month_of(start, (size_t)(*p - start));
	if (**p == '.')
		(*p)++;
	return month;
}

/* "1. marts 2027", "1 March 2027" or "March 1, 2027"; -1 if not. */
static int
guide_scan_long(const char *p, int *day, int *month, int *year)
{
	guide_skip_spaces(&p);
	if (isalpha((unsigned char)*p)) {
		if ((*month = guide_date_month(&p)) == 0)
			return -1;
		guide_skip_spaces(&p);
		if ((*day = guide_date_number(&p, 2)) < 0)
			return -1;
		if (*p == ',')
			p++;
	} else {
		if ((*day = guide_date_number(&p, 2)) < 0)
			return -1;
		if (*p == '.')
			p++;
		guide_skip_spaces(&p);
		if ((*month = guide_date_month(&p)) == 0)
			return -1;
		if (*p == ',')
			p++;
	}
	guide_skip_spaces(&p);
	if (!isdigit((unsigned char)*p) || (*year = guide_date_number(&p,
	    4)) < 1000)
		return -1;
	guide_skip_spaces(&p);
	return *p == '\0' ? 0 : -1;
}

int
guide_read_long_date(const char *text, char iso[DATE_ISO_LEN],
    char **cause)
{
	const char *p;
	int day, month, year;

	for (p = text; *p != '\0' && !isalpha((unsigned char)*p); p++)
		;
	if (*p == '\0')
		return 1;
	if (guide_scan_long(text, &day, &month, &year) != 0) {
		*cause = xasprintf(_("\"%s\" is not a date; write it as "
		    "15-03-2026 or 15 March 2026"), text);
		return -1;
	}
	if (!date_valid(year, month, day)) {
		*cause = xasprintf(_("%s is not a real date"), text);
		return -1;
	}
	snprintf(iso, DATE_ISO_LEN, "%04u-%02u-%02u",
	    (unsigned)year % 10000u, (unsigned)month % 100u,
	    (unsigned)day % 100u);
	return 0;
}
