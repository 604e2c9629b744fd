/*
 * Helpers the report, the listing and the Del 1 import share, so they
 * decide and show things the same way. Kept apart from overview.c so
 * that using them does not pull the store into a program.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/overview.h"
#include "b2c/util.h"

bool
overview_part1_used(const struct part1 *p1)
{
	int i;

	if (*p1->challenges != '\0' || *p1->initiatives != '\0' ||
	    *p1->indicator_promotion != '\0' ||
	    *p1->proposed_indicators != '\0' || p1->n_resources != 0 ||
	    p1->expected_size != SIZE_UNSET || *p1->interest != '\0')
		return true;
	for (i = 0; i < SESSION_POINTS; i++)
		if (*p1->points[i] != '\0')
			return true;
	return false;
}

char *
overview_when(const char *ts)
{
	if (strlen(ts) < 16 || ts[10] != 'T')
		return xstrdup(ts);
	return xasprintf("%.10s %.5s UTC", ts, ts + 11);
}

char *
overview_when_local(const char *ts)
{
	char day[11], *date, *when;

	if (strlen(ts) < 16 || ts[10] != 'T')
		return xstrdup(ts);
	snprintf(day, sizeof day, "%.10s", ts);
	date = lang_format_date(day);
	/* TRANSLATORS: a date, then the time of day (UTC). */
	when = xasprintf(_("%s at %.5s UTC"), date, ts + 11);
	free(date);
	return when;
}

char *
overview_new_path(const char *dir, const char *name, char **title)
{
	size_t len = strlen(name);
	bool has_suffix = len > 4 && strcmp(name + len - 4, ".cfg") == 0;

	/* A name, not a path: no '/' and no leading '.'. */
	if (len == 0 || strchr(name, '/') != NULL || name[0] == '.')
		return NULL;
	*title = xstrndup(name, has_suffix ? len - 4 : len);
	return xasprintf("%s/%s%s", dir, name, has_suffix ? "" : ".cfg");
}
