/*
 * The one-page agreement of a small partnership, to print and sign: the
 * sections of the guide's agreement step (guide_agreement), in the same
 * order and words as the wizard shows them, through the report formats'
 * own renderers. It holds nothing but the parties, what is asked and
 * when, what is offered, the contact and the lines to sign on, so it
 * fits one A4 page; the HTML keeps the report's print style.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/guide-extra.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "report-private.h"

char *
report_agreement(const struct session *s, enum report_format format,
    int width, int flags)
{
	static const struct report_ops *const ops[] = { &report_text_ops,
	    &report_markdown_ops, &report_html_ops };
	const struct guide_step *gs = guide_agreement();
	const struct guide_ctx ctx = { -1, 0, 0 };
	const struct guide_field *f;
	struct report r;
	char *title, *v;
	size_t i;

	memset(&r, 0, sizeof r);
	textbuf_init(&r.out);
	r.s = s;
	r.width = width < REPORT_MIN_WIDTH ? REPORT_MIN_WIDTH : width;
	r.flags = flags;
	r.ops = ops[(unsigned)format < REPORT_CSV ? format : 0];
	/* TRANSLATORS: the heading of the printed one-page agreement; %s
	 * is the session's title. */
	title = *s->title != '\0' ? xasprintf(_("Agreement: %s"), s->title) :
	    xstrdup(_("Agreement"));
	r.ops->begin(&r, title);
	free(title);
	for (i = 0; i < gs->n_fields; i++) {
		f = &gs->fields[i];
		if (f->kind != GUIDE_INFO || f->get == NULL)
			continue;
		v = f->get(s, &ctx);
		r.ops->field(&r, _(f->label), v);
		free(v);
	}
	r.ops->end(&r);
	return textbuf_detach(&r.out);
}
