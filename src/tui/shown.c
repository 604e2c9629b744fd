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
		if (draw_str_columns(out) <= cols) {
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
