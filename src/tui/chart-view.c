/*
 * The progress screen of Del 3: per indicator, its target and each
 * measured period with respondents and the share answering the two most
 * positive steps (or the count). Shown as figures, with text marks for
 * whether the target is met, so nothing depends on colour.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/i18n.h"
#include "b2c/util.h"
#include "tui-internal.h"

/* Respondents and positive answers of a measurement, over its tallies. */
static void
chart_totals(const struct measurement *m, long *n, long *pos)
{
	size_t t;
	int k;

	*n = *pos = 0;
	for (t = 0; t < m->n_tallies; t++) {
		for (k = 0; k < SESSION_ANSWER_STEPS; k++)
			*n += m->tallies[t].steps[k];
		*pos += m->tallies[t].steps[0] + m->tallies[t].steps[1];
	}
}

static char *
chart_line(const struct indicator *ind, const struct measurement *m)
{
	long n, pos;
	double v;
	bool met;

	if (ind->kind == INDICATOR_COUNT) {
		if (!m->has_count)
			return xasprintf("%-10s  -", m->period);
		met = ind->has_target && m->count >= ind->target;
		return xasprintf("%-10s  %ld %s", m->period, m->count,
		    ind->has_target ? (met ? _("[target met]") :
		    _("[below target]")) : "");
	}
	chart_totals(m, &n, &pos);
	if (n == 0)
		return xasprintf("%-10s  %s", m->period, _("no answers"));
	v = 100.0 * (double)pos / (double)n;
	met = ind->has_target && v >= ind->target;
	return xasprintf("%-10s  %5.1f%%  (n=%ld) %s", m->period, v, n,
	    ind->has_target ? (met ? _("[target met]") :
	    _("[below target]")) : "");
}

/* Lays out the figures of every adopted indicator at y. */
int
chart_build(struct tui *tui, const struct guide_field *fl, int y)
{
	const struct session *s = tui->s;
	int w = form_body_width(tui) - 6;
	size_t i, j;
	char *line;

	form_add_deco(&tui->form, y++, 2, w, THEME_LABEL, _(fl->label));
	for (i = 0; i < s->n_indicators; i++) {
		const struct indicator *ind = &s->indicators[i];
		if (!ind->core && !ind->adopted)
			continue;
		line = ind->has_target ? xasprintf("%s (%s %g%s)", ind->name,
		    _("target"), ind->target, ind->kind == INDICATOR_PERCENT ?
		    "%" : "") : xstrdup(ind->name);
		form_add_deco(&tui->form, y++, 4, w, THEME_LABEL, line);
		free(line);
		if (ind->n_measurements == 0)
			form_add_deco(&tui->form, y++, 6, w - 2, THEME_HINT,
			    _("no measurements yet"));
		for (j = 0; j < ind->n_measurements; j++) {
			line = chart_line(ind, &ind->measurements[j]);
			form_add_deco(&tui->form, y++, 6, w - 2, THEME_NORMAL,
			    line);
			free(line);
		}
	}
	return y;
}
