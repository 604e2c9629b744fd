/*
 * Lists, tables and record lists: the rows are printed numbered, and
 * the answer is one of add, edit N, delete N, move N M or done (Enter),
 * in English or Danish (tilføj, ret N, slet N, flyt N M, færdig). A list's line can follow
 * the word ("add Vi vil øge tryghed."); a table's new or edited row is
 * asked column by column, a record's as a form of its own.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/guide-extra.h"
#include "b2c/i18n.h"
#include "b2c/textbuf.h"
#include "b2c/util.h"
#include "line-internal.h"

enum line_row_op {
	ROW_DONE, ROW_ADD, ROW_EDIT, ROW_DELETE, ROW_MOVE, ROW_BAD
};


static size_t
line_rows_count(struct line *l, const struct guide_field *coll,
    const struct guide_ctx *base)
{
	struct guide_ctx ctx;

	line_row_ctx(base, l->in_record, 0, &ctx);
	return coll->count != NULL ? coll->count(l->s, &ctx) : 0;
}

/* One table row as "Label: value; Label: value". */
static char *
line_table_row(struct line *l, const struct guide_field *coll,
    const struct guide_ctx *ctx)
{
	struct textbuf tb;
	char *v;
	size_t c;

	textbuf_init(&tb);
	textbuf_adds(&tb, "");
	for (c = 0; c < coll->n_columns; c++) {
		const struct guide_field *col = &coll->columns[c];

		if (!guide_field_applies(l->s, col, ctx))
			continue;
		v = line_shown(l->s, col, ctx);
		textbuf_addf(&tb, "%s%s: %s", tb.len > 0 ? "; " : "",
		    _(col->label), v);
		free(v);
	}
	return textbuf_detach(&tb);
}

/* Prints the rows, numbered from 1. */
static void
line_rows_print(struct line *l, const struct guide_field *coll,
    const struct guide_ctx *base)
{
	struct guide_ctx ctx;
	size_t n = line_rows_count(l, coll, base), i;
	char *v;

	if (n == 0)
		line_say(l, "   %s", _("(none yet)"));
	for (i = 0; i < n; i++) {
		line_row_ctx(base, l->in_record, i, &ctx);
		if (coll->kind == GUIDE_LIST)
			v = line_shown(l->s, coll, &ctx);
		else if (coll->kind == GUIDE_TABLE)
			v = line_table_row(l, coll, &ctx);
		else
			v = coll->summary != NULL ? coll->summary(l->s, &ctx) :
			    xstrdup("");
		fprintf(l->out, "   %zu. ", i + 1);
		line_value(l, "", *v != '\0' ? v : _("(empty)"));
		free(v);
	}
}

/* What the rows take, said after them. */
static void
line_rows_usage(struct line *l, const struct guide_field *coll)
{
	const char *const *sug = coll->suggestions;

	if (sug != NULL && sug[0] != NULL && !l->cfg.read_only) {
		line_say(l, "   %s", _("Examples:"));
		for (; *sug != NULL; sug++)
			line_say(l, "     - %s", _(*sug));
	}
	if (l->cfg.read_only)
		return;
	if (coll->add != NULL && coll->remove != NULL)
		line_say(l, "   %s", coll->move != NULL ? _("Answer add, edit "
		    "N, delete N, move N M, or done (or Enter).") : _("Answer "
		    "add, edit N, delete N, or done (or Enter)."));
	else
		line_say(l, "   %s", coll->move != NULL ? _("Answer edit N, "
		    "move N M, or done (or Enter).") : _("Answer edit N, or "
		    "done (or Enter)."));
}

/* Parses an answer to the rows: the operation, its row (0-based) and
 * any text after it (pointing into answer). */
static enum line_row_op
line_rows_parse(const char *answer, size_t n, size_t *row,
    const char **text)
{
	size_t len;
	char *word, *end;
	enum line_row_op op = ROW_BAD;
	long v;

	while (*answer == ' ')
		answer++;
	len = strcspn(answer, " \t");
	word = xstrndup(answer, len);
	*text = answer + len + strspn(answer + len, " \t");
	if (*answer == '\0' || line_word(word, "done", "færdig"))
		op = ROW_DONE;
	else if (line_word(word, "add", "tilføj"))
		op = ROW_ADD;
	else if (line_word(word, "edit", "ret"))
		op = ROW_EDIT;
	else if (line_word(word, "delete", "slet"))
		op = ROW_DELETE;
	else if (line_word(word, "move", "flyt"))
		op = ROW_MOVE;
	else if (strtol(word, &end, 10) > 0 && *end == '\0') {
		op = ROW_EDIT;		/* "3" edits line 3 */
		*text = answer;
	}
	free(word);
	if (op != ROW_EDIT && op != ROW_DELETE && op != ROW_MOVE)
		return op;
	v = strtol(*text, &end, 10);
	if (end == *text || v < 1 || (size_t)v > n)
		return ROW_BAD;
	*row = (size_t)v - 1;
	*text = end + strspn(end, " \t");
	if (op != ROW_MOVE)
		return op;
	/* move N M: *text is where M is. */
	v = strtol(*text, &end, 10);
	if (end == *text || v < 1 || (size_t)v > n ||
	    end[strspn(end, " \t")] != '\0')
		return ROW_BAD;
	return op;
}

/* move N M: line from becomes line to, one place at a time (as the
 * wizard moves lines, which every collection's move() supports). */
static enum line_act
line_rows_move(struct line *l, const struct guide_field *coll,
    const struct guide_ctx *base, size_t from, const char *text)
{
	struct guide_ctx ctx;
	size_t to = (size_t)strtol(text, NULL, 10) - 1, r = from;

	if (coll->move == NULL) {
		line_say(l, "   %s", _("These lines cannot be moved."));
		return LINE_AGAIN;
	}
	while (r != to) {
		line_row_ctx(base, l->in_record, r, &ctx);
		coll->move(l->s, &ctx, r, r < to ? r + 1 : r - 1);
		r = r < to ? r + 1 : r - 1;
	}
	if (from != to)
		line_changed(l);
	return LINE_AGAIN;
}

/* Asks the cells of a table row, or a record's form. */
static enum line_act
line_rows_edit(struct line *l, const struct guide_field *coll,
    const struct guide_ctx *base, size_t row, const char *text)
{
	struct guide_ctx ctx;
	char *cause = NULL;
	enum line_act act;

	line_row_ctx(base, l->in_record, row, &ctx);
	if (coll->kind == GUIDE_RECORDS)
		return line_record(l, coll, &ctx, &row);
	if (coll->kind == GUIDE_TABLE)
		return line_form(l, coll->columns, coll->n_columns, &ctx);
	if (*text == '\0')
		return line_scalar(l, coll, &ctx, "");
	if (coll->set(l->s, &ctx, strcmp(text, ".") == 0 ? "" : text,
	    &cause) != 0) {
		line_say(l, "   %s", cause != NULL ? cause :
		    _("Invalid value"));
		act = LINE_AGAIN;
	} else {
		line_changed(l);
		act = LINE_ANSWER;
	}
	free(cause);
	return act;
}

/* add: a new row, then its content; a list's line left empty or
 * refused takes the row away again. */
static enum line_act
line_rows_add(struct line *l, const struct guide_field *coll,
    const struct guide_ctx *base, const char *text)
{
	struct guide_ctx ctx;
	enum line_act act;
	char *got = NULL;
	size_t row;

	if (coll->add == NULL) {
		line_say(l, "   %s", _("These lines are fixed; answer edit N "
		    "to change one."));
		return LINE_AGAIN;
	}
	if (coll->kind == GUIDE_LIST && *text == '\0') {
		line_say(l, "   %s", _("The new line (Enter: none):"));
		while ((act = line_ask(l, "> ", &got)) == LINE_AGAIN)
			;
		if (act != LINE_ANSWER)
			return act;
		text = got;
		if (*text == '\0') {
			free(got);
			return LINE_AGAIN;
		}
	}
	line_row_ctx(base, l->in_record, 0, &ctx);
	row = coll->add(l->s, &ctx);
	line_changed(l);
	act = line_rows_edit(l, coll, base, row, text);
	if (coll->kind == GUIDE_LIST && act == LINE_AGAIN) {
		line_row_ctx(base, l->in_record, row, &ctx);
		coll->remove(l->s, &ctx, row);
	}
	free(got);
	return act;
}

/* One answer to the rows; LINE_AGAIN to print them and ask again. */
static enum line_act
line_rows_answer(struct line *l, const struct guide_field *coll,
    const struct guide_ctx *base, const char *answer)
{
	struct guide_ctx ctx;
	size_t n = line_rows_count(l, coll, base), row = 0;
	const char *text;
	enum line_act act;

	switch (line_rows_parse(answer, n, &row, &text)) {
	case ROW_DONE:
		return LINE_ANSWER;
	case ROW_ADD:
		act = line_rows_add(l, coll, base, text);
		break;
	case ROW_EDIT:
		act = line_rows_edit(l, coll, base, row, text);
		break;
	case ROW_DELETE:
		if (coll->remove == NULL) {
			line_say(l, "   %s", _("These lines cannot be "
			    "deleted; answer edit N and \".\" to empty one."));
			return LINE_AGAIN;
		}
		line_row_ctx(base, l->in_record, row, &ctx);
		coll->remove(l->s, &ctx, row);
		line_changed(l);
		line_say(l, _("   Line %zu deleted."), row + 1);
		return LINE_AGAIN;
	case ROW_MOVE:
		return line_rows_move(l, coll, base, row, text);
	default:
		line_say(l, "   %s", n == 0 ? _("There are no lines yet; "
		    "answer add, or done.") : _("Answer add, edit N, delete N, "
		    "move N M (N and M from the numbers above), or done."));
		return LINE_AGAIN;
	}
	return act == LINE_ANSWER ? LINE_AGAIN : act;
}

/* A list, table or record list: printed, then edited row by row until
 * done (or a command leaves). */
enum line_act
line_rows(struct line *l, const struct guide_field *coll,
    const struct guide_ctx *base, const char *number)
{
	enum line_act act;
	char *got;

	line_say(l, "%s%s%s", number, *number != '\0' ? " " : "",
	    _(coll->label));
	if (coll->hint != NULL && *coll->hint != '\0')
		line_para(l, "   ", _(coll->hint));
	line_rows_print(l, coll, base);
	line_rows_usage(l, coll);
	if (l->cfg.read_only)
		return LINE_ANSWER;
	for (;;) {
		act = line_ask(l, "> ", &got);
		if (act == LINE_ANSWER) {
			act = line_rows_answer(l, coll, base, got);
			free(got);
			if (act == LINE_AGAIN) {
				line_say(l, "%s", _(coll->label));
				line_rows_print(l, coll, base);
			}
		}
		if (act != LINE_AGAIN)
			return act;
	}
}
