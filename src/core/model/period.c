/*
 * Period keys and labels (period.h). Recognised labels: "baseline",
 * "basislinje", "nulmåling", "0-måling" for the baseline; "year N",
 * "år N", "aar N" (with or without the space) for year N; case and white
 * space do not matter. The label of a year is formatted once per language
 * and year and kept, so callers can borrow it like a translation.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/period.h"
#include "b2c/textnorm.h"
#include "b2c/util.h"

static const char *const baseline_names[] = {
	"baseline", "basislinje", "nulmåling", "0-måling", NULL
};
static const char *const year_prefixes[] = { "year", "år", "aar", NULL };

/* The number after prefix in s ("år 2", "år2"), or -1. */
static int
period_number_after(const char *s, const char *prefix)
{
	size_t len = strlen(prefix);
	char *head = xstrndup(s, len);
	const char *p = s + len;
	int same = strlen(head) == len && textnorm_casecmp(head, prefix) == 0;
	long n = 0;

	free(head);
	if (!same)
		return -1;
	if (*p == ' ')
		p++;
	if (*p < '0' || *p > '9')
		return -1;
	while (*p >= '0' && *p <= '9' && n <= PERIOD_MAX_YEAR)
		n = n * 10 + (*p++ - '0');
	return *p == '\0' && n >= 1 && n <= PERIOD_MAX_YEAR ? (int)n : -1;
}

/* 0 for a baseline name, N for year N, -1 otherwise (s collapsed). */
static int
period_parse(const char *s)
{
	int i, n;

	for (i = 0; baseline_names[i] != NULL; i++)
		if (textnorm_casecmp(s, baseline_names[i]) == 0)
			return 0;
	for (i = 0; year_prefixes[i] != NULL; i++)
		if ((n = period_number_after(s, year_prefixes[i])) > 0)
			return n;
	return -1;
}

char *
period_key(const char *label)
{
	char *s = textnorm_collapse(label);
	int n = period_parse(s);

	if (n < 0)
		return s;
	free(s);
	return n == 0 ? xstrdup(PERIOD_BASELINE) : xasprintf("year %d", n);
}

int
period_year(const char *key)
{
	char *s = textnorm_collapse(key);
	int n = period_parse(s);

	free(s);
	return n;
}

/* One formatted year label: valid while the translation is the same. */
struct period_cached {
	const char *fmt;	/* the translated format it was made with */
	int	 n;
	char	*text;
};

static struct period_cached *cache;
static size_t n_cache;

const char *
period_label(const char *key)
{
	const char *fmt;
	int n;
	size_t i;

	if (key == NULL)
		return "";
	if ((n = period_year(key)) < 0)
		return key;
	if (n == 0)
		return _("Baseline");
	fmt = _("Year %zu");
	for (i = 0; i < n_cache; i++)
		if (cache[i].n == n && cache[i].fmt == fmt)
			return cache[i].text;
	cache = xreallocarray(cache, n_cache + 1, sizeof *cache);
	cache[n_cache].fmt = fmt;
	cache[n_cache].n = n;
	cache[n_cache].text = xasprintf(fmt, (size_t)n);
	return cache[n_cache++].text;
}

bool
period_same(const char *a, const char *b)
{
	char *ka = period_key(a), *kb = period_key(b);
	bool same = textnorm_casecmp(ka, kb) == 0;

	free(ka);
	free(kb);
	return same;
}

/* Appends label to the list unless a label of the same period is there. */
static void
period_offer_add(char ***list, size_t *n, const char *label)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (period_same((*list)[i], label))
			return;
	*list = xreallocarray(*list, *n + 2, sizeof **list);
	(*list)[(*n)++] = xstrdup(label);
	(*list)[*n] = NULL;
}

/*
 * The last year the session measures, or spans with the evaluation
 * meetings of the plan (meetings in 2026, 2027 and 2028: three years).
 */
static int
period_last_year(const struct session *s)
{
	int last = 0, y, lo = 0, hi = 0;
	size_t i, j;

	for (i = 0; i < s->n_indicators; i++)
		for (j = 0; j < s->indicators[i].n_measurements; j++)
			if ((y = period_year(s->indicators[i].
			    measurements[j].period)) > last)
				last = y;
	for (i = 0; i < s->part2.n_meeting_dates; i++) {
		if ((y = atoi(s->part2.meeting_dates[i])) <= 0)
			continue;
		if (lo == 0 || y < lo)
			lo = y;
		if (y > hi)
			hi = y;
	}
	if (lo > 0 && hi - lo + 1 > last)
		last = hi - lo + 1;
	return last;
}

char **
period_choices(const struct session *s)
{
	char **list = xcalloc(1, sizeof *list);
	size_t n = 0, i, j;
	int y, last = period_last_year(s) + 1;

	if (last < 3)
		last = 3;
	if (last > PERIOD_MAX_YEAR)
		last = PERIOD_MAX_YEAR;
	period_offer_add(&list, &n, period_label(PERIOD_BASELINE));
	for (y = 1; y <= last; y++) {
		char key[16];

		snprintf(key, sizeof key, "year %d", y);
		period_offer_add(&list, &n, period_label(key));
	}
	for (i = 0; i < s->n_indicators; i++)
		for (j = 0; j < s->indicators[i].n_measurements; j++)
			period_offer_add(&list, &n, period_label(s->indicators[i].
			    measurements[j].period));
	return list;
}

void
period_choices_free(char **list)
{
	size_t i;

	for (i = 0; list != NULL && list[i] != NULL; i++)
		free(list[i]);
	free(list);
}

char *
period_offer(const struct session *s)
{
	char **offer = period_choices(s), *list = xstrdup(""), *more;
	size_t i;

	for (i = 0; offer[i] != NULL; i++) {
		more = xasprintf("%s%s%s", list, i > 0 ? ", " : "", offer[i]);
		free(list);
		list = more;
	}
	period_choices_free(offer);
	return list;
}
