/*
 * The whole session on one scrollable page (F4 / Ctrl-W, and the main
 * page of b2c view): every step with its answers, written out from the
 * guide's fields, so it always matches the screens.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/guide-extra.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "tui-internal.h"

static void whole_fields(struct tui *, const struct guide_field *, size_t,
    const struct guide_ctx *, bool nested, int indent);

/* A scalar's value as shown to a reader (choices by label). */
static char *
whole_value(const struct session *s, const struct guide_field *fl,
    const struct guide_ctx *ctx)
{
	char *v = fl->get != NULL ? fl->get(s, ctx) : xstrdup("");
	char **labels;
	long i;
	size_t n = 0;

	if (v == NULL)
		return xstrdup("");
	if (fl->kind == GUIDE_CHOICE && *v != '\0') {
		i = strtol(v, NULL, 10);
		labels = guide_field_choices(s, fl, ctx);
		while (labels != NULL && labels[n] != NULL)
			n++;
		if (i >= 0 && (size_t)i < n) {
			free(v);
			v = xstrdup(labels[i]);
		}
		guide_choices_free(labels);
	}
	if (fl->kind == GUIDE_CHECK) {
		bool on = strcmp(v, "1") == 0;
		free(v);
		return xstrdup(on ? _("yes") : _("no"));
	}
	return v;
}

static void
whole_row(struct tui *tui, const struct guide_field *fl,
    const struct guide_ctx *ctx, size_t row, int indent)
{
	char *line = xasprintf("%zu.", row + 1), *v, *tmp;
	size_t c;

	if (fl->kind == GUIDE_LIST) {
		v = whole_value(tui->s, fl, ctx);
		tmp = xasprintf("%s %s", line, v);
		free(v);
		free(line);
		line = tmp;
	}
	for (c = 0; fl->kind == GUIDE_TABLE && c < fl->n_columns; c++) {
		v = whole_value(tui->s, &fl->columns[c], ctx);
		tmp = xasprintf("%s%s %s", line, c > 0 ? " |" : "", v);
		free(v);
		free(line);
		line = tmp;
	}
	if (fl->kind == GUIDE_RECORDS && fl->summary != NULL) {
		v = fl->summary(tui->s, ctx);
		tmp = xasprintf("%s %s", line, v != NULL ? v : "");
		free(v);
		free(line);
		line = tmp;
	}
	page_add(tui, line, indent);
	free(line);
	if (fl->kind == GUIDE_RECORDS)
		whole_fields(tui, fl->columns, fl->n_columns, ctx, true,
		    indent + 3);
}

static void
whole_collection(struct tui *tui, const struct guide_field *fl,
    const struct guide_ctx *base, bool nested, int indent)
{
	struct guide_ctx ctx = *base;
	size_t n = fl->count != NULL ? fl->count(tui->s, base) : 0, i;

	page_add(tui, _(fl->label), indent);
	for (i = 0; i < n; i++) {
		if (nested)
			ctx.sub = i;
		else
			ctx.row = i;
		whole_row(tui, fl, &ctx, i, indent + 2);
	}
}

static void
whole_fields(struct tui *tui, const struct guide_field *fields, size_t n,
    const struct guide_ctx *ctx, bool nested, int indent)
{
	size_t i;
	char *v, *line;

	for (i = 0; i < n; i++) {
		const struct guide_field *fl = &fields[i];
		if (!guide_field_applies(tui->s, fl, ctx))
			continue;
		switch (fl->kind) {
		case GUIDE_LIST:
		case GUIDE_TABLE:
		case GUIDE_RECORDS:
			whole_collection(tui, fl, ctx, nested, indent);
			break;
		case GUIDE_INFO:
		case GUIDE_REVIEW:
		case GUIDE_CHART:
			break;
		case GUIDE_TEXTAREA:
			v = whole_value(tui->s, fl, ctx);
			page_add(tui, _(fl->label), indent);
			if (*v != '\0')
				page_add(tui, v, indent + 2);
			free(v);
			break;
		default:
			v = whole_value(tui->s, fl, ctx);
			line = xasprintf("%s: %s", _(fl->label), v);
			page_add(tui, line, indent);
			free(line);
			free(v);
			break;
		}
	}
}

/* Builds the page of the whole session and shows it. */
void
whole_open(struct tui *tui)
{
	size_t n = guide_step_count(tui->s), i;
	struct guide_ctx ctx;
	const struct guide_step *gs;
	char *title, *head;

	page_free(tui);
	tui->mode = MODE_WHOLE;
	tui->page_top = 0;
	for (i = 0; i < n; i++) {
		memset(&ctx, 0, sizeof ctx);
		gs = guide_step_at(tui->s, i, &ctx);
		title = review_step_title(tui->s, i);
		head = xasprintf("%s%s%s", _(guide_part_name(gs->part)),
		    theme_mark(4), title);
		page_add(tui, head, 0);
		whole_fields(tui, gs->fields, gs->n_fields, &ctx, false, 2);
		page_add(tui, "", 0);
		free(head);
		free(title);
	}
	tui->need_full = true;
}
