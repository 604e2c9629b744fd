/*
 * The questions of a step, or of one record (a meeting, an indicator, a
 * measurement), asked in the order the guide declares them, each
 * numbered "[2/4]" among the questions that apply to it.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/guide-extra.h"
#include "b2c/guide-follow.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "line-internal.h"

#define LINE_MEASUREMENT_INDICATOR	"part3.measurement.indicator"

/* The context of row in a collection: ctx.row, or ctx.sub in a record. */
void
line_row_ctx(const struct guide_ctx *base, bool in_record, size_t row,
    struct guide_ctx *out)
{
	*out = *base;
	if (in_record)
		out->sub = row;
	else
		out->row = row;
}

/* Whether the field is a question (not a paragraph or a review). */
static bool
line_is_question(const struct guide_field *fl)
{
	return fl->kind != GUIDE_INFO && fl->kind != GUIDE_REVIEW &&
	    fl->kind != GUIDE_CHART;
}

/*
 * Del 3's measurements are one list (guide-follow.h): choosing another
 * indicator moves the measurement, so its row changes. With before set,
 * notes where it is; after, moves ctx->row after it.
 */
static void
line_follow(struct line *l, struct guide_ctx *ctx, bool before)
{
	static struct guide_follow mark;
	long row;

	if (before)
		guide_follow_mark(l->s, ctx->row, &mark);
	else if ((row = guide_follow_find(l->s, &mark)) >= 0)
		ctx->row = (size_t)row;
}

/* Asks the n fields in order; LINE_ANSWER when all were asked. */
enum line_act
line_form(struct line *l, const struct guide_field *fields, size_t n,
    const struct guide_ctx *base)
{
	struct guide_ctx ctx = *base;
	size_t i, q = 0, nq = 0;
	enum line_act act;
	char number[48];
	bool follow;

	for (i = 0; i < n; i++)
		if (line_is_question(&fields[i]) &&
		    guide_field_applies(l->s, &fields[i], &ctx))
			nq++;
	for (i = 0; i < n; i++) {
		if (!guide_field_applies(l->s, &fields[i], &ctx))
			continue;
		number[0] = '\0';
		if (line_is_question(&fields[i]))
			snprintf(number, sizeof number, "[%zu/%zu]", ++q, nq);
		follow = l->in_record && strcmp(fields[i].key,
		    LINE_MEASUREMENT_INDICATOR) == 0;
		if (follow)
			line_follow(l, &ctx, true);
		act = line_field(l, &fields[i], &ctx, number);
		if (follow)
			line_follow(l, &ctx, false);
		if (act != LINE_ANSWER)
			return act;
		/* A choice of path (a small partnership's full Del 2) put
		 * another step in this one's place: it comes next. */
		if (!l->in_record && guide_step_at(l->s, l->step, NULL) !=
		    l->gs) {
			l->go_to = l->step;
			return LINE_GOTO;
		}
	}
	return LINE_ANSWER;
}

/* The form of record *row of coll; *row follows the record should it
 * move. */
enum line_act
line_record(struct line *l, const struct guide_field *coll,
    const struct guide_ctx *ctx, size_t *row)
{
	struct guide_ctx rc = *ctx;
	bool was = l->in_record;
	enum line_act act;

	rc.row = *row;
	rc.sub = 0;
	line_blank(l);
	line_say(l, "%s, %zu:", _(coll->label), *row + 1);
	l->in_record = true;
	act = line_form(l, coll->columns, coll->n_columns, &rc);
	l->in_record = was;
	line_blank(l);
	return act;
}
