/*
 * Survey responses from CSV, parsed with libcsv. The file is read into
 * per-column tallies first and applied to the session only when every
 * cell was understood, so a bad cell leaves the session as it was.
 *
 * Rows are counted as a spreadsheet shows them: every unquoted line end
 * ends a row (a CRLF pair once), so empty lines count and a quoted field
 * spanning lines stays in its row.
 */
#include "config.h"

#include <csv.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "b2c/date.h"
#include "b2c/i18n.h"
#include "b2c/import.h"
#include "b2c/sha256.h"
#include "b2c/stats.h"
#include "b2c/utf8.h"
#include "b2c/util.h"

#define ANSWER_DONT_KNOW STATS_STEP_DONT_KNOW
#define ANSWER_BLANK	(STATS_STEP_DONT_KNOW + 1)
#define ANSWER_KINDS	(ANSWER_BLANK + 1)
#define CHUNK		(64u * 1024)
#define SHOWN_COLS	40	/* of a bad cell, in messages */

struct column {
	struct indicator *ind;	/* NULL: ignored */
	const char *statement;	/* "" for the indicator itself */
	long	 counts[ANSWER_KINDS];
};

struct reader {
	const char *name;
	struct session *s;
	struct column *cols;
	size_t	 n_cols;
	int	*row;		/* this row's answer per column */
	size_t	 field;		/* fields seen in this row */
	long	 line;		/* 1-based row being read */
	int	 last_end;	/* the previous row's terminator */
	char	 sha256[SHA256_HEX_LEN];	/* of the whole file */
	char	*error;
	struct import_result *res;
};

/* Compares ASCII case-insensitively, independent of the locale. */
static bool
same_ascii(const char *a, const char *b)
{
	for (; *a != '\0' && *b != '\0'; a++, b++) {
		unsigned char x = (unsigned char)*a, y = (unsigned char)*b;

		if (x >= 'A' && x <= 'Z')
			x = (unsigned char)(x - 'A' + 'a');
		if (y >= 'A' && y <= 'Z')
			y = (unsigned char)(y - 'A' + 'a');
		if (x != y)
			return false;
	}
	return *a == *b;
}

/* Removes blanks (and a stray NBSP-free CR) around a cell in place. */
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

int
import_parse_answer(const char *cell)
{
	int i;

	if (cell[0] == '\0')
		return ANSWER_BLANK;
	if (cell[0] >= '1' && cell[0] <= '5' && cell[1] == '\0')
		return cell[0] - '1';
	for (i = 0; i <= STATS_STEP_DONT_KNOW; i++) {
		if (same_ascii(cell, stats_step_name(i)))
			return i;
	}
	/* Survey forms often write "Delvis" for "Delvist". */
	if (same_ascii(cell, "Delvis enig"))
		return 1;
	if (same_ascii(cell, "Delvis uenig"))
		return 3;
	return -1;
}

/* A cell's text as it may be shown in a message: escaped and short. */
static char *
visible(const char *text)
{
	size_t cap = strlen(text) * UTF8_ESCAPE_MAX + 8, len = 0;
	const char *end = text + strlen(text);
	char *out = xmalloc(cap), esc[UTF8_ESCAPE_MAX + 1];
	int cols = 0;

	while (text < end && cols < SHOWN_COLS) {
		uint32_t cp = utf8_decode(&text, (size_t)(end - text));
		int n = utf8_escape(cp, esc);

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

static void reader_fail(struct reader *, size_t, const char *, ...)
    B2C_PRINTF(3, 4);

/* Records the first error; later ones are consequences. */
static void
reader_fail(struct reader *r, size_t col, const char *fmt, ...)
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

/* The indicator and statement a header names, case-insensitively. */
static struct indicator *
find_target(struct session *s, const char *id, const char **statement)
{
	size_t i, k;

	for (i = 0; i < s->n_indicators; i++) {
		struct indicator *ind = &s->indicators[i];

		for (k = 0; k < ind->n_statements; k++) {
			if (same_ascii(ind->statements[k].id, id)) {
				*statement = ind->statements[k].id;
				return ind;
			}
		}
	}
	for (i = 0; i < s->n_indicators; i++) {
		if (same_ascii(s->indicators[i].id, id)) {
			*statement = "";
			return &s->indicators[i];
		}
	}
	return NULL;
}

/* Maps one header cell (1-based col) to its column. */
static void
read_header(struct reader *r, char *cell, size_t col)
{
	struct column *c;
	const char *stmt = "";
	struct indicator *ind;
	size_t i;

	r->cols = xreallocarray(r->cols, col, sizeof *r->cols);
	r->n_cols = col;
	c = &r->cols[col - 1];
	memset(c, 0, sizeof *c);
	cell = trim(cell);
	ind = cell[0] != '\0' ? find_target(r->s, cell, &stmt) : NULL;
	if (ind == NULL) {
		char *shown = visible(cell);

		util_append_line(&r->res->ignored, "%zu: %s", col, shown);
		free(shown);
		return;
	}
	if (ind->kind == INDICATOR_COUNT) {
		reader_fail(r, col, _("\"%s\" is a count, not a survey "
		    "question"), ind->id);
		return;
	}
	for (i = 0; i + 1 < col; i++) {
		if (r->cols[i].ind == ind && strcmp(r->cols[i].statement,
		    stmt) == 0)
			reader_fail(r, col, _("column %zu already holds "
			    "\"%s\""), i + 1, cell);
	}
	c->ind = ind;
	c->statement = stmt;
	r->res->columns++;
}

/* One cell of a respondent's row (1-based col). */
static void
read_cell(struct reader *r, char *cell, size_t col)
{
	char *shown;
	int answer;

	cell = trim(cell);
	if (col > r->n_cols) {
		if (cell[0] != '\0')
			reader_fail(r, col, "%s", _("a value in a column "
			    "without a header"));
		return;
	}
	if (r->cols[col - 1].ind == NULL)
		return;
	answer = import_parse_answer(cell);
	if (answer < 0) {
		shown = visible(cell);
		reader_fail(r, col, _("\"%s\" is not an answer: use 1 (Helt "
		    "enig) to 5 (Helt uenig), or the words Helt enig, Delvist "
		    "enig, Hverken enig eller uenig, Delvist uenig, Helt uenig, "
		    "Ved ikke, or leave it empty"), shown);
		free(shown);
		return;
	}
	r->row[col - 1] = answer;
}

static void
on_field(void *text, size_t len, void *data)
{
	struct reader *r = data;

	(void)len;
	if (r->error != NULL)
		return;
	r->field++;
	if (r->line == 1)
		read_header(r, text, r->field);
	else
		read_cell(r, text, r->field);
}

/* Counts a finished row unless it holds no answer at all. */
static void
count_row(struct reader *r)
{
	bool any = false;
	size_t i;

	for (i = 0; i < r->n_cols; i++) {
		if (r->cols[i].ind != NULL && r->row[i] != ANSWER_BLANK)
			any = true;
	}
	if (!any)
		return;
	r->res->respondents++;
	for (i = 0; i < r->n_cols; i++) {
		if (r->cols[i].ind != NULL)
			r->cols[i].counts[r->row[i]]++;
	}
}

static void
on_row(int end, void *data)
{
	struct reader *r = data;
	size_t i;

	/* The LF of a CRLF ends nothing new. */
	if (end == '\n' && r->last_end == '\r' && r->field == 0) {
		r->last_end = end;
		return;
	}
	r->last_end = end;
	if (r->error == NULL && r->line == 1 && r->field > 0) {
		r->row = xcalloc(r->n_cols ? r->n_cols : 1, sizeof *r->row);
		if (r->res->columns == 0)
			reader_fail(r, 0, "%s", _("no column names a statement "
			    "or indicator of this session"));
	} else if (r->error == NULL && r->field > 0)
		count_row(r);
	for (i = 0; i < r->n_cols && r->row != NULL; i++)
		r->row[i] = ANSWER_BLANK;
	if (r->line > 1 || r->field > 0)
		r->line++;
	r->field = 0;
}

/* Semicolon when the header has more of them than commas (Danish Excel). */
static unsigned char
detect_delimiter(const char *text, size_t len)
{
	size_t i, commas = 0, semicolons = 0;
	bool quoted = false;

	for (i = 0; i < len; i++) {
		if (text[i] == '"')
			quoted = !quoted;
		else if (quoted)
			continue;
		else if (text[i] == '\n' || text[i] == '\r') {
			if (commas + semicolons > 0)
				break;
		} else if (text[i] == ',')
			commas++;
		else if (text[i] == ';')
			semicolons++;
	}
	return semicolons > commas ? ';' : ',';
}

/* Runs libcsv over the text; the first problem lands in r->error. */
static void
reader_parse(struct reader *r, const char *text, size_t len)
{
	struct csv_parser p;
	size_t done = 0, n;

	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL |
	    CSV_REPALL_NL) != 0)
		abort();
	csv_set_delim(&p, detect_delimiter(text, len));
	while (done < len && r->error == NULL) {
		n = len - done < CHUNK ? len - done : CHUNK;
		if (csv_parse(&p, text + done, n, on_field, on_row, r) != n) {
			r->field++;
			reader_fail(r, r->field, "%s", _("a quote inside an "
			    "unquoted field, or text after a closing quote"));
		}
		done += n;
	}
	if (r->error == NULL && csv_fini(&p, on_field, on_row, r) != 0) {
		r->field++;
		reader_fail(r, r->field, "%s", _("a quoted field is not "
		    "closed"));
	}
	csv_free(&p);
}

/* Zeroes the period's tallies of an indicator (for IMPORT_REPLACE). */
static void
clear_tallies(struct measurement *m)
{
	size_t i;

	for (i = 0; i < m->n_tallies; i++) {
		memset(m->tallies[i].steps, 0, sizeof m->tallies[i].steps);
		m->tallies[i].dont_know = 0;
		m->tallies[i].blank = 0;
	}
}

/* Adds one column's counts to its tally in the period. */
/* Records the file a period's answers came from (an audit trail names
 * it); answers added from a second file add its name after the first. */
static void
apply_source(struct measurement *m, const struct reader *r, bool clear)
{
	const char *slash = strrchr(r->name, '/');
	const char *name = slash != NULL ? slash + 1 : r->name;
	char *v;

	/* The name alone, as a report's audit trail gives it: the folder
	 * it was imported from means nothing on another machine. */
	if (clear || *m->source == '\0') {
		session_set_str(&m->source, name);
		session_set_str(&m->source_sha256, r->sha256);
		return;
	}
	if (strcmp(m->source_sha256, r->sha256) == 0)
		return;
	v = xasprintf("%s; %s", m->source, name);
	session_set_str(&m->source, v);
	free(v);
	v = xasprintf("%s; %s", m->source_sha256, r->sha256);
	session_set_str(&m->source_sha256, v);
	free(v);
}

static void
apply_column(const struct reader *r, const struct column *c,
    const char *period, const char *date, bool clear)
{
	struct measurement *m = session_find_measurement(c->ind, period);
	struct tally *t;
	int i;

	if (m == NULL)
		m = session_add_measurement(c->ind, period);
	if (date != NULL && date[0] != '\0')
		session_set_str(&m->date, date);
	if (clear)
		clear_tallies(m);
	apply_source(m, r, clear);
	t = session_tally_for(m, c->statement);
	for (i = 0; i < SESSION_ANSWER_STEPS; i++)
		t->steps[i] += c->counts[i];
	t->dont_know += c->counts[ANSWER_DONT_KNOW];
	t->blank += c->counts[ANSWER_BLANK];
}

/* True when adding the file to the session would pass the store's cap. */
static bool
reader_too_many(struct reader *r, const char *period, int flags)
{
	const struct measurement *m;
	const struct tally *t;
	size_t i, k;
	int a;

	for (i = 0; i < r->n_cols; i++) {
		if (r->cols[i].ind == NULL)
			continue;
		m = session_find_measurement(r->cols[i].ind, period);
		for (k = 0; m != NULL && k < m->n_tallies; k++) {
			t = &m->tallies[k];
			if (strcmp(t->statement, r->cols[i].statement) != 0)
				continue;
			for (a = 0; a < ANSWER_KINDS; a++) {
				long have = (flags & IMPORT_REPLACE) ? 0 :
				    a < SESSION_ANSWER_STEPS ? t->steps[a] :
				    a == ANSWER_DONT_KNOW ? t->dont_know :
				    t->blank;

				if (have > IMPORT_MAX_TALLY -
				    r->cols[i].counts[a])
					return true;
			}
		}
	}
	return false;
}

static void
reader_apply(struct reader *r, const char *period, const char *date,
    int flags)
{
	bool *cleared = xcalloc(r->s->n_indicators + 1, sizeof *cleared);
	size_t i, k;
	int a;

	for (i = 0; i < r->n_cols; i++) {
		struct column *c = &r->cols[i];

		if (c->ind == NULL)
			continue;
		k = (size_t)(c->ind - r->s->indicators);
		apply_column(r, c, period, date, (flags & IMPORT_REPLACE) &&
		    !cleared[k]);
		cleared[k] = true;
		for (a = 0; a < SESSION_ANSWER_STEPS; a++)
			r->res->answers += c->counts[a];
		r->res->dont_know += c->counts[ANSWER_DONT_KNOW];
		r->res->blank += c->counts[ANSWER_BLANK];
	}
	free(cleared);
}

int
import_responses(struct session *s, const char *name, const char *text,
    size_t len, const char *period, const char *date, int flags,
    struct import_result *result, char **cause)
{
	unsigned char digest[SHA256_LEN];
	struct reader r;

	memset(result, 0, sizeof *result);
	if (period == NULL || period[0] == '\0' || (date != NULL &&
	    date[0] != '\0' && !date_valid_iso(date))) {
		if (cause != NULL)
			*cause = xasprintf("%s: %s", name, _("a period label "
			    "and a valid date are needed"));
		return -1;
	}
	memset(&r, 0, sizeof r);
	r.name = name;
	r.s = s;
	r.line = 1;
	r.res = result;
	sha256(text, len, digest);
	sha256_hex(digest, r.sha256);
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) {
		text += 3;
		len -= 3;
	}
	if (len >= 2 && ((unsigned char)text[0] == 0xff ||
	    (unsigned char)text[0] == 0xfe) &&
	    ((unsigned char)text[1] ^ (unsigned char)text[0]) == 0x01)
		reader_fail(&r, 0, "%s", _("the file is UTF-16; save it as "
		    "\"CSV UTF-8\""));
	else
		reader_parse(&r, text, len);
	if (r.error == NULL && r.row == NULL)
		reader_fail(&r, 0, "%s", _("the file has no header row"));
	if (r.error == NULL && reader_too_many(&r, period, flags))
		r.error = xasprintf("%s: %s", name, _("the period would hold "
		    "more answers than a session file can"));
	if (r.error == NULL)
		reader_apply(&r, period, date, flags);
	free(r.cols);
	free(r.row);
	if (r.error == NULL)
		return 0;
	import_result_clear(result);
	if (cause != NULL)
		*cause = r.error;
	else
		free(r.error);
	return -1;
}

void
import_result_clear(struct import_result *res)
{
	free(res->ignored);
	memset(res, 0, sizeof *res);
}

/* Reads a whole regular file; never blocks on a FIFO or device. */
static char *
read_file(const char *path, size_t *len, char **cause)
{
	const char *why = NULL;
	struct stat st;
	char *buf = NULL;
	ssize_t n = 0;
	int fd;

	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st) != 0)
		goto fail;
	if (!S_ISREG(st.st_mode))
		why = _("not a regular file");
	else if ((uintmax_t)st.st_size > IMPORT_MAX_FILE)
		why = _("the file is too large");
	if (why != NULL)
		goto fail;
	buf = xmalloc((size_t)st.st_size + 1);
	*len = 0;
	while (*len < (size_t)st.st_size && (n = read(fd, buf + *len,
	    (size_t)st.st_size - *len)) > 0)
		*len += (size_t)n;
	if (n < 0)
		goto fail;
	buf[*len] = '\0';
	close(fd);
	return buf;
fail:
	if (cause != NULL)
		*cause = xasprintf("%s: %s", path, why ? why : strerror(errno));
	free(buf);
	if (fd >= 0)
		close(fd);
	return NULL;
}

int
import_responses_file(struct session *s, const char *path, const char *period,
    const char *date, int flags, struct import_result *result, char **cause)
{
	size_t len;
	char *text = read_file(path, &len, cause);
	int rc;

	if (text == NULL) {
		memset(result, 0, sizeof *result);
		return -1;
	}
	rc = import_responses(s, path, text, len, period, date, flags, result,
	    cause);
	free(text);
	return rc;
}
