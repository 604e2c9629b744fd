/*
 * Where a merge conflict shows in the guide (guide-conflict.h): every
 * field's value, row by row, in the session and in the session with the
 * other side's value; the first that differs is the spot.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/guide-conflict.h"
#include "b2c/guide-extra.h"

/* True when a scalar field shows a and b differently. */
static bool
spot_scalar(const struct session *a, const struct session *b,
    const struct guide_field *fl, const struct guide_ctx *ctx)
{
	char *x, *y;
	bool differ;

	if (fl->get == NULL || guide_field_readonly(fl) ||
	    !guide_field_applies(a, fl, ctx))
		return false;
	x = fl->get(a, ctx);
	y = fl->get(b, ctx);
	differ = strcmp(x != NULL ? x : "", y != NULL ? y : "") != 0;
	free(x);
	free(y);
	return differ;
}

static size_t
spot_count(const struct session *s, const struct guide_field *fl,
    const struct guide_ctx *ctx)
{
	return fl->count != NULL ? fl->count(s, ctx) : 0;
}

/* The first row of a list or table (rows at ctx->row, or ctx->sub when
 * sub) that differs, or GUIDE_NO_ROW; *col its column (NULL: a list
 * item, or a row only one side has). */
static size_t
spot_rows(const struct session *a, const struct session *b,
    const struct guide_field *fl, struct guide_ctx ctx, bool sub,
    const struct guide_field **col)
{
	size_t na = spot_count(a, fl, &ctx), nb = spot_count(b, fl, &ctx);
	size_t r, c, n = na < nb ? na : nb;

	*col = NULL;
	for (r = 0; r < n; r++) {
		*(sub ? &ctx.sub : &ctx.row) = r;
		if (fl->kind == GUIDE_LIST && spot_scalar(a, b, fl, &ctx))
			return r;
		for (c = 0; fl->kind != GUIDE_LIST && c < fl->n_columns; c++)
			if (spot_scalar(a, b, &fl->columns[c], &ctx)) {
				*col = &fl->columns[c];
				return r;
			}
	}
	return na != nb ? n : GUIDE_NO_ROW;
}

/* The first record of a record list that differs, and its field. */
static size_t
spot_records(const struct session *a, const struct session *b,
    const struct guide_field *fl, struct guide_ctx ctx,
    const struct guide_field **col)
{
	size_t na = spot_count(a, fl, &ctx), nb = spot_count(b, fl, &ctx);
	size_t r, c, n = na < nb ? na : nb;
	const struct guide_field *cf, *inner;

	for (r = 0; r < n; r++) {
		ctx.row = r;
		for (c = 0; c < fl->n_columns; c++) {
			cf = &fl->columns[c];
			*col = cf;
			if (cf->kind == GUIDE_LIST || cf->kind == GUIDE_TABLE ?
			    spot_rows(a, b, cf, ctx, true, &inner) !=
			    GUIDE_NO_ROW : spot_scalar(a, b, cf, &ctx)) {
				/* A record only one side has is the whole
				 * record's business. */
				if (na != nb)
					*col = NULL;
				return r;
			}
		}
	}
	*col = NULL;
	return na != nb ? n : GUIDE_NO_ROW;
}

/* Fills sp when field fl of a step shows a and b differently. */
static bool
spot_field(const struct session *a, const struct session *b,
    const struct guide_field *fl, const struct guide_ctx *ctx,
    struct guide_spot *sp)
{
	sp->field = fl;
	sp->row = GUIDE_NO_ROW;
	sp->column = NULL;
	switch (fl->kind) {
	case GUIDE_LIST:
	case GUIDE_TABLE:
		sp->row = spot_rows(a, b, fl, *ctx, false, &sp->column);
		return sp->row != GUIDE_NO_ROW;
	case GUIDE_RECORDS:
		sp->row = spot_records(a, b, fl, *ctx, &sp->column);
		return sp->row != GUIDE_NO_ROW;
	case GUIDE_INFO:
	case GUIDE_REVIEW:
	case GUIDE_CHART:
		return false;
	default:
		return spot_scalar(a, b, fl, ctx);
	}
}

bool
guide_spot_diff(const struct session *a, const struct session *b,
    struct guide_spot *sp)
{
	const struct guide_step *gs;
	struct guide_ctx ctx;
	size_t i, f, n = guide_step_count(a);

	for (i = 0; i < n; i++) {
		memset(&ctx, 0, sizeof ctx);
		gs = guide_step_at(a, i, &ctx);
		if (guide_step_is_review(gs))
			continue;
		for (f = 0; f < gs->n_fields; f++)
			if (spot_field(a, b, &gs->fields[f], &ctx, sp)) {
				sp->step = i;
				sp->party = ctx.party;
				return true;
			}
	}
	return false;
}
