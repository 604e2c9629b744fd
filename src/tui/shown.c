/*
 * Values as people read and type them in the interface language: dates
 * "15. marts 2026" (or 15-03-2026 where a column is narrow, and while a
 * Danish user types), numbers with a decimal comma in Danish. The model,
 * the files and CSV keep ISO dates and dot decimals; the guide's setters
 * accept both forms, so what is shown can be typed back.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/date.h"
#include "b2c/lang.h"
#include "b2c/util.h"
#include "tui-internal.h"

static bool
shown_danish(void)
{
	return strcmp(lang_current(), LANG_DANISH) == 0;
}

static int
shown_width(const char *utf8)
{
	size_t len;
	wchar_t *w = draw_decode(utf8, &len);
	int cols = draw_columns(w, 0, len);

	free(w);
	return cols;
}

/*
 * Date fields, and the items of the list of meeting dates: the guide
 * gives a list no kind for its items, so that one list is named here.
 */
static bool
shown_is_date(const struct guide_field *fl)
{
	return fl->kind == GUIDE_DATE || (fl->kind == GUIDE_LIST &&
	    strcmp(fl->key, "part2.meeting_dates") == 0);
}

/* An ISO date for a field width cols (0: as typed when editing). */
static char *
shown_date(char *iso, int cols)
{
	char *out;
	int y, m, d;

	if (date_split(iso, &y, &m, &d) != 0)
		return iso;
	if (cols > 0) {
		out = lang_format_date(iso);
		if (shown_width(out) <= cols) {
			free(iso);
			return out;
		}
		free(out);
	}
	if (!shown_danish())
		return iso;
	free(iso);
	return xasprintf("%02d-%02d-%04d", d, m, y);
}

/*
 * The value of a slot for the screen: cols is the room it has, or 0 for
 * the form it takes in the edit buffer.
 */
char *
shown_value(const struct tui *tui, const struct slot *sl, int cols)
{
	char *v = form_value(tui, sl), *p;

	if (sl->field == NULL)
		return v;
	if (shown_is_date(sl->field))
		return shown_date(v, cols);
	if (sl->field->kind == GUIDE_NUMBER && shown_danish())
		for (p = v; (p = strchr(p, '.')) != NULL; p++)
			*p = ',';
	return v;
}

/* True for a DD-MM-YYYY date starting at p, not inside a longer number. */
static bool
shown_is_short_date(const char *text, const char *p)
{
	static const char shape[] = "99-99-9999";
	size_t i;

	if (p > text && p[-1] >= '0' && p[-1] <= '9')
		return false;
	for (i = 0; shape[i] != '\0'; i++) {
		if (shape[i] == '9' ? !(p[i] >= '0' && p[i] <= '9') :
		    p[i] != shape[i])
			return false;
	}
	return !(p[i] >= '0' && p[i] <= '9');
}

/* "80.5%" at p as "80,5 %" in Danish; *len gets what it replaces. */
static char *
shown_percent_at(const char *text, const char *p, size_t *len)
{
	size_t n = strspn(p, "0123456789"), frac = 0;
	char *out, *dot;

	if (n == 0 || (p > text && ((p[-1] >= '0' && p[-1] <= '9') ||
	    p[-1] == '.' || p[-1] == ',')) || !shown_danish())
		return NULL;
	if (p[n] == '.' && (frac = strspn(p + n + 1, "0123456789")) > 0)
		n += 1 + frac;
	if (p[n] != '%')
		return NULL;
	out = xasprintf("%.*s %%", (int)n, p);
	if ((dot = strchr(out, '.')) != NULL)
		*dot = ',';
	*len = n + 1;
	return out;
}

/* A DD-MM-YYYY date at p for people; *len gets what it replaces. */
static char *
shown_date_at(const char *text, const char *p, size_t *len)
{
	char iso[DATE_ISO_LEN];

	if (!shown_is_short_date(text, p))
		return NULL;
	snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", p + 6, p + 3, p);
	if (!date_valid_iso(iso))
		return NULL;
	*len = 10;
	return lang_format_date(iso);
}

/*
 * A record's summary line with its DD-MM-YYYY dates and its percentages
 * in the interface language ("Tilhørsforhold · Baseline · 15. november
 * 2025", "min. 85 %"). Takes text over; returns allocated text.
 */
char *
shown_summary(char *text)
{
	const char *p, *start = text;
	char *rep, *tmp, *out;
	size_t len = 0;

	if (text == NULL)
		return NULL;
	out = xstrdup("");
	for (p = text; *p != '\0'; p++) {
		if ((rep = shown_date_at(text, p, &len)) == NULL &&
		    (rep = shown_percent_at(text, p, &len)) == NULL)
			continue;
		tmp = xasprintf("%s%.*s%s", out, (int)(p - start), start, rep);
		free(out);
		free(rep);
		out = tmp;
		p += len - 1;
		start = p + 1;
	}
	tmp = xasprintf("%s%s", out, start);
	free(out);
	free(text);
	return tmp;
}
