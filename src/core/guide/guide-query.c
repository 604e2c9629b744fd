/*
 * What screens ask of a field beyond guide.h: choices that depend on the
 * session, whether a field can be edited or applies to its row, and the
 * parties' Del 1 proposals shown while agreeing on indicators in Del 2.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/adoption.h"
#include "b2c/guide-extra.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "guide-impl.h"

char **
guide_field_choices(const struct session *s, const struct guide_field *f,
    const struct guide_ctx *ctx)
{
	char **out;
	size_t i, n;

	if (f->choices != NULL) {
		n = guide_count_strings(f->choices);
		out = xcalloc(n + 1, sizeof *out);
		for (i = 0; i < n; i++)
			out[i] = xstrdup(_(f->choices[i]));
		return out;
	}
	/* The only dynamic choice: which indicator a measurement is of;
	 * one not adopted says so before it is chosen. */
	out = xcalloc(s->n_indicators + 1, sizeof *out);
	for (i = 0; i < s->n_indicators; i++)
		out[i] = s->indicators[i].name[0] == '\0' ?
		    xstrdup(s->indicators[i].id) :
		    adoption_name(&s->indicators[i], false);
	return out;
}

void
guide_choices_free(char **list)
{
	size_t i;

	if (list == NULL)
		return;
	for (i = 0; list[i] != NULL; i++)
		free(list[i]);
	free(list);
}

bool
guide_field_readonly(const struct guide_field *f)
{
	return f->set == guide_set_readonly;
}

bool
guide_field_applies(const struct session *s, const struct guide_field *f,
    const struct guide_ctx *ctx)
{
	if (strncmp(f->key, "part3.measurement.", 18) == 0)
		return guide_measure_applies(s, f, ctx);
	/* A small partnership was chosen at the start: Del 1 does not ask
	 * "smaller or larger?" a second time. */
	if (strcmp(f->key, "part1.expected_size") == 0)
		return s->large;
	return true;
}

char *
guide_party_label(const struct session *s, int party)
{
	if (party == PARTY_COMPANY)
		return xstrdup(s->parties[PARTY_COMPANY].name[0] != '\0' ?
		    s->parties[PARTY_COMPANY].name : _("Company"));
	return xstrdup(s->parties[PARTY_HOUSING].name[0] != '\0' ?
	    s->parties[PARTY_HOUSING].name : _("Housing organisation"));
}

char *
guide_proposed_indicators(const struct session *s)
{
	char *out = xstrdup(""), *next, *name;
	const char *text;
	int p;

	for (p = 0; p < PARTY_COUNT; p++) {
		text = s->part1[p].proposed_indicators;
		if (text[0] == '\0' || (p == PARTY_COMPANY && !s->large))
			continue;
		name = guide_party_label(s, p);
		next = xasprintf("%s%s%s:\n%s\n", out, out[0] != '\0' ? "\n" :
		    "", name, text);
		free(name);
		free(out);
		out = next;
	}
	return out;
}
