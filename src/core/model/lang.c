/*
 * Which language the interface speaks, and dates and numbers the way a
 * Danish or an English reader expects them. Pure: no locale is consulted
 * for formatting, so the result never depends on what the server has
 * installed, and files (which never come through here) stay ISO and
 * dot-decimal.
 */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "b2c/date.h"
#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/util.h"

static const char *lang_in_use = LANG_DANISH;

static const char *const lang_months_da[12] = {
	"januar", "februar", "marts", "april", "maj", "juni", "juli",
	"august", "september", "oktober", "november", "december"
};
static const char *const lang_months_en[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

const char *
lang_parse(const char *name)
{
	static const char *const danish[] = { "da", "dansk", "danish" };
	static const char *const english[] = { "en", "english", "engelsk" };
	size_t i;

	if (name == NULL)
		return NULL;
	for (i = 0; i < sizeof danish / sizeof danish[0]; i++) {
		if (strcasecmp(name, danish[i]) == 0)
			return LANG_DANISH;
		if (strcasecmp(name, english[i]) == 0)
			return LANG_ENGLISH;
	}
	return NULL;
}

/* The language of one locale name ("da_DK.UTF-8@euro" -> "da"). */
static const char *
lang_from_one_locale(const char *value, size_t len)
{
	size_t n = 0;

	while (n < len && isalpha((unsigned char)value[n]))
		n++;
	if (n == 0 || (n == 1 && value[0] == 'C') ||
	    (n == 5 && strncmp(value, "POSIX", 5) == 0))
		return NULL;
	if (n == 2 && strncasecmp(value, "da", 2) == 0)
		return LANG_DANISH;
	return LANG_ENGLISH;
}

const char *
lang_from_locale(const char *value)
{
	const char *p, *end, *lang, *other = NULL;

	if (value == NULL)
		return NULL;
	/* A LANGUAGE list such as "sv:da:en": gettext takes the first
	 * entry it has a catalogue for; b2c has Danish and (as msgids)
	 * English, and any other language falls through to English. */
	for (p = value; *p != '\0'; p = (*end == ':') ? end + 1 : end) {
		end = strchr(p, ':');
		if (end == NULL)
			end = p + strlen(p);
		lang = lang_from_one_locale(p, (size_t)(end - p));
		if (lang == NULL)
			continue;
		if (strncasecmp(p, "en", 2) == 0 || strcmp(lang, LANG_DANISH) == 0)
			return lang;
		other = LANG_ENGLISH;
	}
	return other;
}

const char *
lang_from_environment(void)
{
	const char *value, *lang;

	value = getenv("LANGUAGE");
	if (value != NULL && *value != '\0' &&
	    (lang = lang_from_locale(value)) != NULL)
		return lang;
	/* POSIX: the first of these that is set decides. */
	if ((value = getenv("LC_ALL")) != NULL && *value != '\0')
		return lang_from_locale(value);
	if ((value = getenv("LC_MESSAGES")) != NULL && *value != '\0')
		return lang_from_locale(value);
	if ((value = getenv("LANG")) != NULL && *value != '\0')
		return lang_from_locale(value);
	return NULL;
}

int
lang_choose(const char *option, const char *configured, const char **lang,
    char **cause)
{
	const char *asked = (option != NULL) ? option : configured;

	if (asked != NULL && *asked != '\0') {
		if ((*lang = lang_parse(asked)) != NULL)
			return 0;
		if (cause != NULL)
			*cause = xasprintf(_("unknown language '%s' (use da or "
			    "en)"), asked);
		*lang = LANG_DANISH;
		return -1;
	}
	*lang = lang_from_environment();
	if (*lang == NULL)
		*lang = LANG_DANISH;
	return 0;
}

void
lang_set(const char *lang)
{
	lang_in_use = (lang != NULL && strcmp(lang, LANG_ENGLISH) == 0) ?
	    LANG_ENGLISH : LANG_DANISH;
}

const char *
lang_current(void)
{
	return lang_in_use;
}

static int
lang_is_danish(void)
{
	return strcmp(lang_in_use, LANG_DANISH) == 0;
}

const char *
lang_month_name(int month)
{
	if (month < 1 || month > 12)
		return "";
	return lang_is_danish() ? lang_months_da[month - 1] :
	    lang_months_en[month - 1];
}

char *
lang_format_date(const char *iso)
{
	int year, month, day;

	if (iso == NULL)
		return xstrdup("");
	if (date_split(iso, &year, &month, &day) != 0)
		return xstrdup(iso);
	if (lang_is_danish())
		return xasprintf("%d. %s %d", day, lang_month_name(month),
		    year);
	return xasprintf("%d %s %d", day, lang_month_name(month), year);
}

/* Inserts the grouping mark every three digits of the integer part. */
static char *
lang_group_digits(const char *plain, char group, char point)
{
	const char *dot = strchr(plain, '.');
	size_t start = (plain[0] == '-') ? 1 : 0;
	size_t digits = (dot != NULL ? (size_t)(dot - plain) :
	    strlen(plain)) - start;
	char *out = xmalloc(strlen(plain) + digits / 3 + 1);
	char *o = out;
	size_t i;

	if (start)
		*o++ = '-';
	for (i = 0; i < digits; i++) {
		if (i > 0 && (digits - i) % 3 == 0)
			*o++ = group;
		*o++ = plain[start + i];
	}
	if (dot != NULL) {
		*o++ = point;
		strcpy(o, dot + 1);
	} else
		*o = '\0';
	return out;
}

/*
 * printf's "%.*f" for the numbers a report is full of (percentages,
 * counts, amounts), without printf's exact long arithmetic: the value
 * scaled by 10^decimals and rounded to the nearest whole number gives
 * the same digits unless it lies within a hair of a half, where the
 * scaling's own rounding could tip it; those, and values too large to
 * scale exactly, are left to printf (false).
 */
static bool
lang_plain_number(char *out, size_t size, double value, int decimals)
{
	static const double scale[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6 };
	double scaled = fabs(value) * scale[decimals], whole, frac;
	unsigned long long n;
	char digits[32];
	int len = 0, i, o = 0;

	if (!(scaled < 1e9))
		return false;
	whole = floor(scaled);
	frac = scaled - whole;
	if (fabs(frac - 0.5) < 1e-6)
		return false;
	n = (unsigned long long)whole + (frac > 0.5);
	/* The digits from the last, at least one before the point. */
	do {
		digits[len++] = (char)('0' + n % 10);
		n /= 10;
	} while (n > 0 || len <= decimals);
	if (size < (size_t)len + 3)
		return false;
	if (signbit(value))
		out[o++] = '-';
	for (i = len - 1; i >= 0; i--) {
		out[o++] = digits[i];
		if (i == decimals && decimals > 0)
			out[o++] = '.';
	}
	out[o] = '\0';
	return true;
}

char *
lang_format_number(double value, int decimals)
{
	char plain[400];

	if (!isfinite(value))
		return xstrdup("-");
	if (decimals < 0)
		decimals = 0;
	if (decimals > 6)
		decimals = 6;
	/* LC_NUMERIC is "C" for the whole process, so this is a dot. */
	if (!lang_plain_number(plain, sizeof plain, value, decimals))
		snprintf(plain, sizeof plain, "%.*f", decimals, value);
	if (strspn(plain, "-0.") == strlen(plain) && plain[0] == '-')
		memmove(plain, plain + 1, strlen(plain));	/* "-0.0" */
	if (lang_is_danish())
		return lang_group_digits(plain, '.', ',');
	return lang_group_digits(plain, ',', '.');
}

char *
lang_format_percent(double value)
{
	char *number, *out;

	if (!isfinite(value))
		return xstrdup("-");
	number = lang_format_number(value, 1);
	out = xasprintf(lang_is_danish() ? "%s %%" : "%s%%", number);
	free(number);
	return out;
}
