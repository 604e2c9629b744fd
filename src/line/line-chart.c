/*
 * The progress step in the line mode: the charts the wizard shows, the
 * overview and one chart per indicator in the order people read them
 * (adoption.h), drawn with ASCII characters only so that nothing but
 * plain text is written; every bar has its figures beside it.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/adoption.h"
#include "b2c/canvas.h"
#include "b2c/chart.h"
#include "b2c/i18n.h"
#include "line-internal.h"

/* Writes a canvas as text, then frees it. */
static void
line_canvas(struct line *l, struct canvas *c)
{
	char *text;

	if (c == NULL)
		return;
	text = canvas_to_text(c);
	line_put(l, text);
	free(text);
	canvas_free(c);
}

/* The charts of the progress step, under the field's label. */
void
line_charts(struct line *l, const struct guide_field *fl)
{
	size_t pos = 0;
	long i;

	line_say(l, "%s", _(fl->label));
	line_canvas(l, chart_overview(l->s, LINE_WIDTH, CHART_ASCII));
	while ((i = adoption_next(l->s, &pos)) >= 0) {
		line_blank(l);
		line_canvas(l, chart_indicator(l->s, &l->s->indicators[i],
		    LINE_WIDTH, CHART_ASCII));
	}
}
