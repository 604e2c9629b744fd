/*
 * Values in the interface language (guide-shown.h): dates and numbers
 * as the wizard and the line mode show them.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/date.h"
#include "b2c/guide-shown.h"
#include "b2c/lang.h"
#include "b2c/util.h"

static bool
guide_shown_danish(void)
{
	return strcmp(lang_current(), LANG_DANISH) == 0;
}

bool
guide_shown_is_date(const struct guide_field *fl)
{
	return fl->kind == GUIDE_DATE || (fl->kind == GUIDE_LIST &&
	    strcmp(fl->key, "part2.meeting_dates") == 0);
}

/* An ISO date in words, or as a Danish user types it. */
static char *
guide_shown_date(char *iso, bool long_form)
{
	int y, m, d;

	if (date_split(iso, &y, &m, &d) != 0)
		return iso;
	if (long_form) {
		char *out = lang_format_date(iso);

		free(iso);
		return out;
	}
	if (!guide_shown_danish())
		return iso;
	free(iso);
	return xasprintf("%02d-%02d-%04d", d, m, y);
}

char *
guide_shown_value(const struct guide_field *fl, char *value, bool long_form)
{
	char *p;

	if (fl == NULL)
		return value;
	if (guide_shown_is_date(fl))
		return guide_shown_date(value, long_form);
	if (fl->kind == GUIDE_NUMBER && guide_shown_danish())
		for (p = value; (p = strchr(p, '.')) != NULL; p++)
			*p = ',';
	return value;
}
