/*
 * Survey responses from CSV, parsed with libcsv once the text is UTF-8
 * and its delimiter known (import-decode.c). The file is read into
 * per-column tallies first and applied to the session (import-apply.c)
 * only when every cell was understood, so a bad cell leaves the session
 * as it was.
 *
 * Rows are counted as a spreadsheet shows them: every unquoted line end
 * ends a row (a CRLF pair once), so empty lines count and a quoted field
 * spanning lines stays in its row.
 */
#include "config.h"

#include <csv.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/date.h"
#include "b2c/i18n.h"
#include "b2c/textnorm.h"
#include "b2c/import.h"
#include "b2c/sha256.h"
#include "b2c/utf8.h"
#include "b2c/util.h"
#include "import-private.h"
#include "import-reader.h"

#define CHUNK		(64u * 1024)
#define SHOWN_COLS	40	/* of a cell, in messages */

/* Removes blanks (and a stray CR) around a cell in place. */
static char *
trim(char *s)
{
	char *end;

	while (*s == ' ' || *s == '\t')
		s++;
	end = s + strlen(s);
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' ||
	    end[-1] == '\r'))
		*--end = '\0';
	return s;
}

/* True for spaces that look like nothing, shown escaped in messages. */
static bool
invisible(uint32_t cp)
{
	return cp == 0xa0 || cp == 0xad || (cp >= 0x2000 && cp <= 0x200f) ||
	    cp == 0x202f || cp == 0x2060 || cp == 0xfeff;
}

char *
import_visible(const char *text, int max_cols)
{
	size_t cap = strlen(text) * UTF8_ESCAPE_MAX + 8, len = 0;
	const char *end = text + strlen(text);
	char *out = xmalloc(cap), esc[UTF8_ESCAPE_MAX + 1];
	int cols = 0, n;

	while (text < end && cols < max_cols) {
		uint32_t cp = utf8_decode(&text, (size_t)(end - text));

		n = invisible(cp) ? snprintf(esc, sizeof esc, "<U+%04X>",
		    (unsigned)cp) : utf8_escape(cp, esc);
		if (n > 0) {
			memcpy(out + len, esc, (size_t)n);
			len += (size_t)n;
			cols += n;
		} else {
			len += utf8_encode(cp, out + len);
			cols += utf8_width(cp);
		}
	}
	if (text < end)
		len += utf8_encode(0x2026, out + len);
	out[len] = '\0';
	return out;
}

/* Records the first error; later ones are consequences. */
void
import_reader_fail(struct import_reader *r, size_t col, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	if (r->error != NULL)
		return;
	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	if (col == 0)
		r->error = xasprintf("%s:%ld: %s", r->name, r->line, msg);
	else
		r->error = xasprintf("%s:%ld:%zu: %s", r->name, r->line, col,
		    msg);
	free(msg);
}

/* Refuses a file none of whose columns names a statement or indicator,
 * listing the headers read and the statements expected. */
void
import_reader_refuse_at(struct import_reader *r, long line)
{
	long was = r->line;

	char *expected = NULL, *shown;
	size_t i, k;

	for (i = 0; i < r->s->n_indicators; i++) {
		const struct indicator *ind = &r->s->indicators[i];

		for (k = 0; k < ind->n_statements; k++) {
			shown = import_visible(ind->statements[k].text,
			    IMPORT_SHOWN_LONG);
			util_append_line(&expected, "  %s: %s",
			    ind->statements[k].id, shown);
			free(shown);
		}
	}
	r->line = line;
	import_reader_fail(r, 0, _("no column names a statement or "
	    "indicator of this session.\nHeaders read (%s, %s-separated):\n"
	    "%sStatements expected (id: wording):\n%sName a column by a "
	    "statement's id or wording, or map it: --column "
	    "HEADER=STATEMENT on the command line, or the mapping field of "
	    "the import dialog."), r->res->encoding,
	    import_delimiter_name((char)r->delim), r->headers ? r->headers :
	    "", expected ? expected : _("  (none: write the statements on "
	    "the indicators step first)\n"));
	r->line = was;
	free(expected);
}

/* The target a --column mapping gives a header, if one does. */
static bool
mapped_target(struct import_reader *r, const char *cell,
    struct import_target *t)
{
	char *key = import_key(cell, true), *head;
	const char *spec, *eq;
	bool found = false;
	size_t i;

	for (i = 0; i < r->n_columns && !found; i++) {
		spec = r->columns[i];
		if ((eq = strrchr(spec, '=')) == NULL)
			continue;
		head = xstrndup(spec, (size_t)(eq - spec));
		if (import_key_equal(head, key) &&
		    import_match_header(r->s, eq + 1, t)) {
			r->mapped[i] = true;
			found = true;
		}
		free(head);
	}
	free(key);
	return found;
}

/* Notes an ignored header, with the statement it nearly names. */
static void
ignore_header(struct import_reader *r, const char *cell, size_t col)
{
	const char *near = import_near_header(r->s, cell);
	char *shown = import_visible(cell, SHOWN_COLS);

	if (near != NULL)
		util_append_line(&r->res->ignored, _("%zu: %s (nearly the "
		    "wording of \"%s\": map it if it is that statement)"), col,
		    shown, near);
	else
		util_append_line(&r->res->ignored, "%zu: %s", col, shown);
	free(shown);
}

/* Maps one header cell (1-based col) to its column. */
static void
read_header(struct import_reader *r, char *cell, size_t col)
{
	struct import_column_state *c;
	struct import_target t;
	char *shown;
	size_t i;

	r->cols = xreallocarray(r->cols, col, sizeof *r->cols);
	r->n_cols = col;
	c = &r->cols[col - 1];
	memset(c, 0, sizeof *c);
	cell = trim(cell);
	shown = import_visible(cell, SHOWN_COLS);
	util_append_line(&r->headers, "  %zu: %s", col, shown);
	if (!mapped_target(r, cell, &t) && !import_match_header(r->s, cell,
	    &t)) {
		free(shown);
		ignore_header(r, cell, col);
		return;
	}
	c->shown = shown;
	if (t.ind->kind == INDICATOR_COUNT) {
		import_reader_fail(r, col, _("\"%s\" is a count, not a survey "
		    "question"), t.ind->id);
		return;
	}
	for (i = 0; i + 1 < col; i++) {
		if (r->cols[i].ind == t.ind && strcmp(r->cols[i].statement,
		    t.statement) == 0)
			import_reader_fail(r, col, _("column %zu already holds "
			    "\"%s\""), i + 1, shown);
	}
	c->ind = t.ind;
	c->statement = t.statement;
	r->res->columns++;
}

/* One cell of a respondent's row (1-based col). */
static void
read_cell(struct import_reader *r, char *cell, size_t col)
{
	char *shown;
	int answer;

	cell = trim(cell);
	if (cell[0] != '\0')
		r->row_any = true;
	if (col > r->n_cols) {
		if (cell[0] != '\0')
			import_reader_fail(r, col, "%s", _("a value in a "
			    "column without a header"));
		return;
	}
	if (r->cols[col - 1].ind == NULL)
		return;
	answer = import_codes_answer(&r->codes, cell);
	if (answer < 0) {
		shown = import_visible(cell, SHOWN_COLS);
		if (r->codes.reverse)
			import_reader_fail(r, col, _("\"%s\" is not an answer: "
			    "use 1 (Helt uenig) to 5 (Helt enig), or the words "
			    "Helt enig, Delvist enig, Hverken enig eller uenig, "
			    "Delvist uenig, Helt uenig, Ved ikke, or leave it "
			    "empty"), shown);
		else
			import_reader_fail(r, col, _("\"%s\" is not an answer: "
			    "use 1 (Helt enig) to 5 (Helt uenig), or the words "
			    "Helt enig, Delvist enig, Hverken enig eller uenig, "
			    "Delvist uenig, Helt uenig, Ved ikke, or leave it "
			    "empty"), shown);
		free(shown);
		return;
	}
	r->row[col - 1] = answer;
}

/* Counts a finished row: not at all when every cell is empty (Excel's
 * rows below the data), as a blank respondent when no answer is. */
static void
count_row(struct import_reader *r)
{
	bool any = false;
	size_t i;

	if (!r->row_any)
		return;
	for (i = 0; i < r->n_cols; i++) {
		if (r->cols[i].ind != NULL && r->row[i] != IMPORT_BLANK)
			any = true;
	}
	r->res->respondents++;
	if (!any)
		r->res->empty_respondents++;
	for (i = 0; i < r->n_cols; i++) {
		if (r->cols[i].ind != NULL)
			r->cols[i].counts[r->row[i]]++;
	}
}

static void
on_field(void *text, size_t len, void *data)
{
	struct import_reader *r = data;

	(void)len;
	if (r->error != NULL)
		return;
	r->field++;
	if (r->phase < 2) {
		char ***cells = &r->head[r->phase];
		size_t *n = &r->n_head[r->phase];

		*cells = xreallocarray(*cells, *n + 1, sizeof **cells);
		(*cells)[(*n)++] = xstrdup(text);
	} else
		read_cell(r, text, r->field);
}

/* True for what SurveyMonkey writes under a one-column question in its
 * second header row. */
static bool
is_response_label(const char *cell)
{
	char *key = import_key(cell, true);
	bool yes = strcmp(key, "response") == 0 ||
	    strcmp(key, "open-ended response") == 0;

	free(key);
	return yes;
}

/* Maps header cells to columns (at the header's line); false when
 * nothing matched, the state then reset for another try. */
static bool
settle_header(struct import_reader *r, char **cells, size_t n, bool last)
{
	long line = r->line;
	size_t i;

	free(r->headers);
	r->headers = NULL;
	r->line = r->header_line;
	for (i = 0; i < n && r->error == NULL; i++)
		read_header(r, cells[i], i + 1);
	r->line = line;
	if (r->error != NULL || r->res->columns > 0 || last) {
		r->row = xcalloc(r->n_cols ? r->n_cols : 1, sizeof *r->row);
		for (i = 0; i < r->n_cols; i++)
			r->row[i] = IMPORT_BLANK;
		return true;
	}
	for (i = 0; i < r->n_cols; i++)
		free(r->cols[i].shown);
	r->n_cols = 0;
	free(r->res->ignored);
	r->res->ignored = NULL;
	memset(r->mapped, 0, (r->n_columns + 1) * sizeof *r->mapped);
	return false;
}

/* The second header row SurveyMonkey writes (the statement under each
 * column of a grid question, "Response" under others) joined with the
 * first: the statement where there is one, else the question. */
static char **
joined_header(struct import_reader *r, size_t *n)
{
	size_t i, n1 = r->n_head[0], n2 = r->n_head[1];
	char **out;

	*n = n1 > n2 ? n1 : n2;
	out = xcalloc(*n + 1, sizeof *out);
	for (i = 0; i < *n; i++) {
		const char *a = i < n1 ? r->head[0][i] : "";
		const char *b = i < n2 ? r->head[1][i] : "";

		out[i] = xstrdup(*b != '\0' && !is_response_label(b) ? b : a);
	}
	return out;
}

/* Decides what the first two records are: one header row and the first
 * respondent, or SurveyMonkey's two header rows. */
static void
settle_records(struct import_reader *r)
{
	char **joined;
	size_t i, n;
	bool two = false;

	/* "Response" somewhere and no answer anywhere: a respondent who
	 * wrote "Response" in a comment stays a respondent. */
	for (i = 0; i < r->n_head[1]; i++)
		two = two || is_response_label(r->head[1][i]);
	for (i = 0; two && i < r->n_head[1]; i++) {
		int a = import_codes_answer(&r->codes, r->head[1][i]);

		two = a < 0 || a == IMPORT_BLANK;
	}
	if (!two && settle_header(r, r->head[0], r->n_head[0], false)) {
		/* Record 2 is the first respondent. */
		long line = r->line;

		r->line = r->second_line;
		for (i = 0; i < r->n_head[1] && r->error == NULL; i++)
			read_cell(r, r->head[1][i], i + 1);
		if (r->error == NULL)
			count_row(r);
		for (i = 0; i < r->n_cols; i++)
			r->row[i] = IMPORT_BLANK;
		r->line = line;
	} else {
		joined = joined_header(r, &n);
		if (!settle_header(r, joined, n, false))
			settle_header(r, r->head[0], r->n_head[0], true);
		for (i = 0; i < n; i++)
			free(joined[i]);
		free(joined);
	}
	if (r->error == NULL && r->res->columns == 0)
		import_reader_refuse_at(r, r->header_line);
	r->row_any = false;
}

/* At the end of the file: a header row alone is settled as it is. */
void
import_reader_settle_end(struct import_reader *r)
{
	if (r->phase == 1 && r->error == NULL) {
		settle_header(r, r->head[0], r->n_head[0], true);
		if (r->error == NULL && r->res->columns == 0)
			import_reader_refuse_at(r, r->header_line);
	}
}

static void
on_row(int end, void *data)
{
	struct import_reader *r = data;
	size_t i;

	/* The LF of a CRLF ends nothing new. */
	if (end == '\n' && r->last_end == '\r' && r->field == 0) {
		r->last_end = end;
		return;
	}
	r->last_end = end;
	if (r->error == NULL && r->phase == 0 && r->field > 0) {
		r->header_line = r->line;
		r->phase = 1;
	} else if (r->error == NULL && r->phase == 1 && r->field > 0) {
		r->second_line = r->line;
		r->phase = 2;
		settle_records(r);
	} else if (r->error == NULL && r->phase == 2 && r->field > 0)
		count_row(r);
	for (i = 0; i < r->n_cols && r->row != NULL; i++)
		r->row[i] = IMPORT_BLANK;
	r->row_any = false;
	/* Empty lines count once the header was seen, as a spreadsheet
	 * shows them. */
	if (r->phase > 0 || r->field > 0)
		r->line++;
	r->field = 0;
}

/* Runs libcsv over the text; the first problem lands in r->error. */
static void
reader_parse(struct import_reader *r, const struct import_text *t)
{
	struct csv_parser p;
	size_t done = 0, n;

	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL |
	    CSV_REPALL_NL) != 0)
		abort();
	csv_set_delim(&p, t->delim);
	while (done < t->len && r->error == NULL) {
		n = t->len - done < CHUNK ? t->len - done : CHUNK;
		if (csv_parse(&p, t->text + done, n, on_field, on_row, r) !=
		    n) {
			r->field++;
			import_reader_fail(r, r->field, "%s", _("a quote inside "
			    "an unquoted field, or text after a closing quote"));
		}
		done += n;
	}
	if (r->error == NULL && csv_fini(&p, on_field, on_row, r) != 0) {
		r->field++;
		import_reader_fail(r, r->field, "%s", _("a quoted field is "
		    "not closed"));
	}
	csv_free(&p);
	import_reader_settle_end(r);
}

/* Reads codes and checks the column mappings before the file. */
static void
reader_options(struct import_reader *r)
{
	struct import_target t;
	const char *eq;
	size_t i;

	/* What the options say comes first; what the session kept from the
	 * last import fills in. */
	r->codes.reverse = (r->opt->flags & IMPORT_REVERSE) != 0 ||
	    (r->s->survey_reverse && !(r->opt->flags & IMPORT_FORWARD));
	for (i = 0; i < r->opt->n_codes && r->error == NULL; i++)
		import_codes_add(&r->codes, r->opt->codes[i], &r->error);
	for (i = 0; i < r->s->n_survey_codes && r->error == NULL; i++)
		import_codes_add(&r->codes, r->s->survey_codes[i], &r->error);
	r->n_given = r->opt->n_columns;
	r->n_columns = r->n_given + r->s->n_survey_columns;
	r->columns = xcalloc(r->n_columns + 1, sizeof *r->columns);
	for (i = 0; i < r->n_columns; i++)
		r->columns[i] = i < r->n_given ? r->opt->columns[i] :
		    r->s->survey_columns[i - r->n_given];
	r->mapped = xcalloc(r->n_columns + 1, sizeof *r->mapped);
	for (i = 0; i < r->opt->n_columns && r->error == NULL; i++) {
		eq = strrchr(r->opt->columns[i], '=');
		if (eq == NULL || eq == r->opt->columns[i])
			r->error = xasprintf(_("column \"%s\": write "
			    "HEADER=STATEMENT"), r->opt->columns[i]);
		else if (!import_match_header(r->s, eq + 1, &t))
			r->error = xasprintf(_("column \"%s\": \"%s\" is not a "
			    "statement of this session"), r->opt->columns[i],
			    eq + 1);
	}
}

/* Checks that every mapping found its header. */
static void
reader_check_mapped(struct import_reader *r)
{
	size_t i;

	for (i = r->n_given; i < r->n_columns; i++)
		r->res->saved_used += r->mapped[i];
	for (i = 0; i < r->opt->n_columns && r->error == NULL; i++) {
		if (!r->mapped[i])
			r->error = xasprintf(_("%s: no column is headed as "
			    "\"%s\" says"), r->name, r->opt->columns[i]);
	}
}

int
import_run(struct session *s, const char *name, const char *bytes,
    size_t len, const struct import_options *opt,
    struct import_result *result, char **cause)
{
	struct import_reader r;
	struct import_text t;

	memset(result, 0, sizeof *result);
	memset(&r, 0, sizeof r);
	r.name = name;
	r.s = s;
	r.opt = opt;
	r.res = result;
	if (textnorm_blank(opt->period) || (opt->date !=
	    NULL && opt->date[0] != '\0' && !date_valid_iso(opt->date)))
		r.error = xasprintf("%s: %s", name, _("a period label and a "
		    "valid date are needed"));
	else
		reader_options(&r);
	if (r.error == NULL && import_decode(name, bytes, len, &t,
	    &r.error) == 0) {
		result->encoding = t.encoding;
		result->delimiter = (char)t.delim;
		r.line = t.first_line;
		r.delim = t.delim;
		memcpy(result->fingerprint, "sha256:", 7);
		sha256_hex_of(bytes, len, result->fingerprint + 7);
		reader_parse(&r, &t);
		import_text_clear(&t);
		if (r.error == NULL && r.row == NULL)
			import_reader_fail(&r, 0, "%s", _("the file has no "
			    "header row"));
		reader_check_mapped(&r);
	}
	if (r.error == NULL)
		import_reader_apply(&r);
	if (r.error == NULL && !(opt->flags & IMPORT_DRY_RUN))
		import_reader_remember(&r);
	import_reader_free(&r);
	if (r.error == NULL)
		return 0;
	if (cause != NULL)
		*cause = r.error;
	else
		free(r.error);
	r.error = NULL;
	{
		bool already = result->already;

		import_result_clear(result);
		result->already = already;
	}
	return -1;
}
