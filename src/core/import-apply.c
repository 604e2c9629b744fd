/*
 * The second half of a survey import: once every cell of the file was
 * understood (import-csv.c), checks that the period can take it (not the
 * same file twice, no tally past the store's cap) and adds or replaces
 * the period's tallies. Also the refusal of a file that names nothing,
 * and reading a file from disk.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "b2c/date.h"
#include "b2c/i18n.h"
#include "b2c/import.h"
#include "b2c/period.h"
#include "b2c/textnorm.h"
#include "b2c/util.h"
#include "import-reader.h"

const char *
import_delimiter_name(char d)
{
	switch (d) {
	case ';': return _("semicolon");
	case ',': return _("comma");
	case '\t': return _("tab");
	case '|': return _("vertical bar");
	default: return "?";
	}
}

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

/* True when adding the file to the session would pass the store's cap. */
static bool
too_many(const struct import_reader *r)
{
	const struct measurement *m;
	const struct tally *t;
	size_t i, k;
	int a;

	for (i = 0; i < r->n_cols; i++) {
		if (r->cols[i].ind == NULL)
			continue;
		m = session_find_measurement(r->cols[i].ind, r->opt->period);
		for (k = 0; m != NULL && k < m->n_tallies; k++) {
			t = &m->tallies[k];
			if (strcmp(t->statement, r->cols[i].statement) != 0)
				continue;
			for (a = 0; a < IMPORT_KINDS; a++) {
				long have = (r->opt->flags & IMPORT_REPLACE) ?
				    0 : a < SESSION_ANSWER_STEPS ? t->steps[a] :
				    a == SESSION_ANSWER_STEPS ? t->dont_know :
				    t->blank;

				if (have > IMPORT_MAX_TALLY -
				    r->cols[i].counts[a])
					return true;
			}
		}
	}
	return false;
}

/* Whether the period is new to every indicator the file holds, and
 * whether one of them has this very file already. */
static void
period_state(const struct import_reader *r, bool *fresh, bool *already)
{
	const struct measurement *m;
	size_t i;

	*fresh = true;
	*already = false;
	for (i = 0; i < r->n_cols; i++) {
		if (r->cols[i].ind == NULL)
			continue;
		m = session_find_measurement(r->cols[i].ind, r->opt->period);
		if (m == NULL)
			continue;
		*fresh = false;
		if (session_has_import(m, r->res->fingerprint))
			*already = true;
	}
}

/* Zeroes a period's tallies and forgets its files (IMPORT_REPLACE). */
static void
clear_measurement(struct measurement *m)
{
	size_t i;

	for (i = 0; i < m->n_tallies; i++) {
		memset(m->tallies[i].steps, 0, sizeof m->tallies[i].steps);
		m->tallies[i].dont_know = 0;
		m->tallies[i].blank = 0;
	}
	for (i = 0; i < m->n_imports; i++)
		free(m->imports[i]);
	m->n_imports = 0;
}

/* Records the file a period's answers came from (an audit trail names
 * it); answers added from a second file add its name after the first. */
static void
apply_source(struct measurement *m, const struct import_reader *r,
    bool clear)
{
	const char *slash = strrchr(r->name, '/');
	const char *name = slash != NULL ? slash + 1 : r->name;
	const char *sha = r->res->fingerprint + 7;	/* after "sha256:" */
	char *v;

	/* The name alone, as a report's audit trail gives it: the folder
	 * it was imported from means nothing on another machine. */
	if (clear || *m->source == '\0') {
		session_set_str(&m->source, name);
		session_set_str(&m->source_sha256, sha);
		return;
	}
	if (strstr(m->source_sha256, sha) != NULL)
		return;
	v = xasprintf("%s; %s", m->source, name);
	session_set_str(&m->source, v);
	free(v);
	v = xasprintf("%s; %s", m->source_sha256, sha);
	session_set_str(&m->source_sha256, v);
	free(v);
}

/* Adds one column's counts to its tally in the period. */
static void
apply_column(const struct import_reader *r,
    const struct import_column_state *c, bool clear)
{
	struct measurement *m = session_find_measurement(c->ind,
	    r->opt->period);
	struct tally *t;
	int i;

	if (m == NULL)
		m = session_add_measurement(c->ind, r->opt->period);
	if (r->opt->date != NULL && r->opt->date[0] != '\0')
		session_set_str(&m->date, r->opt->date);
	if (clear)
		clear_measurement(m);
	apply_source(m, r, clear);
	t = session_tally_for(m, c->statement);
	for (i = 0; i < SESSION_ANSWER_STEPS; i++)
		t->steps[i] += c->counts[i];
	t->dont_know += c->counts[SESSION_ANSWER_STEPS];
	t->blank += c->counts[IMPORT_BLANK];
	session_add_import(m, r->res->fingerprint);
}

/* The result's totals and per-column counts. */
static void
sum_columns(struct import_reader *r)
{
	struct import_result *res = r->res;
	struct import_column *out;
	size_t i;
	int a;

	res->cols = xcalloc(res->columns + 1, sizeof *res->cols);
	for (i = 0; i < r->n_cols; i++) {
		const struct import_column_state *c = &r->cols[i];

		if (c->ind == NULL)
			continue;
		out = &res->cols[res->n_cols++];
		out->column = i + 1;
		out->header = xstrdup(c->shown);
		out->indicator = xstrdup(c->ind->name);
		out->statement = xstrdup(c->statement);
		memcpy(out->counts, c->counts, sizeof out->counts);
		for (a = 0; a < SESSION_ANSWER_STEPS; a++)
			res->answers += c->counts[a];
		res->dont_know += c->counts[SESSION_ANSWER_STEPS];
		res->blank += c->counts[IMPORT_BLANK];
	}
}

void
import_reader_apply(struct import_reader *r)
{
	bool *cleared, fresh, already;
	int flags = r->opt->flags;
	size_t i, k;

	period_state(r, &fresh, &already);
	r->res->period_state = fresh ? IMPORT_PERIOD_NEW :
	    (flags & IMPORT_REPLACE) ? IMPORT_PERIOD_REPLACED :
	    IMPORT_PERIOD_ADDED;
	if (already && !(flags & (IMPORT_AGAIN | IMPORT_REPLACE))) {
		char *key = period_key(r->opt->period);

		r->res->already = true;
		r->error = xasprintf(_("%s: this file was imported into \"%s\" "
		    "already; importing it again would count its respondents "
		    "twice"), r->name, period_label(key));
		free(key);
		return;
	}
	if (too_many(r)) {
		r->error = xasprintf("%s: %s", r->name, _("the period would "
		    "hold more answers than a session file can"));
		return;
	}
	sum_columns(r);
	if (flags & IMPORT_DRY_RUN)
		return;
	cleared = xcalloc(r->s->n_indicators + 1, sizeof *cleared);
	for (i = 0; i < r->n_cols; i++) {
		if (r->cols[i].ind == NULL)
			continue;
		k = (size_t)(r->cols[i].ind - r->s->indicators);
		apply_column(r, &r->cols[i], (flags & IMPORT_REPLACE) &&
		    !cleared[k]);
		cleared[k] = true;
	}
	free(cleared);
}

/* True when two "A=B" pairs have the same A, compared as headers are. */
static bool
same_header(const char *a, const char *b)
{
	char *ka = xstrndup(a, (size_t)(strrchr(a, '=') - a));
	char *kb = import_key(b, true), *end = strrchr(kb, '=');
	bool same;

	*end = '\0';
	same = import_key_equal(ka, kb);
	free(ka);
	free(kb);
	return same;
}

/* True when two "CODE=ANSWER" pairs have the same code. */
static bool
same_code(const char *a, const char *b)
{
	char *ka = import_key(a, false), *kb = import_key(b, false);
	bool same;

	*strchr(ka, '=') = '\0';
	*strchr(kb, '=') = '\0';
	same = strcmp(ka, kb) == 0;
	free(ka);
	free(kb);
	return same;
}

void
import_reader_remember(struct import_reader *r)
{
	struct session *s = r->s;
	struct import_target t;
	const char *spec, *eq;
	char *pair;
	size_t i;

	for (i = 0; i < r->n_given; i++) {
		spec = r->columns[i];
		eq = strrchr(spec, '=');
		if (!r->mapped[i] || !import_match_header(s, eq + 1, &t))
			continue;
		/* By id: the wording may be edited before next year. */
		pair = xasprintf("%.*s=%s", (int)(eq - spec), spec,
		    t.statement[0] != '\0' ? t.statement : t.ind->id);
		session_set_pair(&s->survey_columns, &s->n_survey_columns,
		    pair, same_header);
		free(pair);
		r->res->remembered = true;
	}
	for (i = 0; i < r->opt->n_codes; i++) {
		session_set_pair(&s->survey_codes, &s->n_survey_codes,
		    r->opt->codes[i], same_code);
		r->res->remembered = true;
	}
	if ((r->opt->flags & IMPORT_REVERSE) && !s->survey_reverse) {
		s->survey_reverse = true;
		r->res->remembered = true;
	} else if ((r->opt->flags & IMPORT_FORWARD) && s->survey_reverse) {
		s->survey_reverse = false;
		r->res->remembered = true;
	}
}

void
import_reader_free(struct import_reader *r)
{
	size_t i;
	int k;

	for (i = 0; i < r->n_cols; i++)
		free(r->cols[i].shown);
	free(r->cols);
	free(r->row);
	free(r->mapped);
	free(r->columns);
	for (k = 0; k < 2; k++) {
		for (i = 0; i < r->n_head[k]; i++)
			free(r->head[k][i]);
		free(r->head[k]);
	}
	free(r->headers);
	import_codes_clear(&r->codes);
}

void
import_result_clear(struct import_result *res)
{
	size_t i;

	for (i = 0; i < res->n_cols; i++) {
		free(res->cols[i].header);
		free(res->cols[i].indicator);
		free(res->cols[i].statement);
	}
	free(res->cols);
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
import_run_file(struct session *s, const char *path,
    const struct import_options *opt, struct import_result *result,
    char **cause)
{
	size_t len;
	char *text = read_file(path, &len, cause);
	int rc;

	if (text == NULL) {
		memset(result, 0, sizeof *result);
		return -1;
	}
	rc = import_run(s, path, text, len, opt, result, cause);
	free(text);
	return rc;
}

/* Options of the plain calls; NULL with *cause when they are bad. */
static const struct import_options *
plain_options(struct import_options *o, const char *name, const char *period,
    const char *date, int flags, char **cause)
{
	memset(o, 0, sizeof *o);
	o->period = period;
	o->date = date;
	o->flags = flags;
	if (!textnorm_blank(period) && (date == NULL ||
	    date[0] == '\0' || date_valid_iso(date)))
		return o;
	if (cause != NULL)
		*cause = xasprintf("%s: %s", name, _("a period label and a "
		    "valid date are needed"));
	return NULL;
}

int
import_responses(struct session *s, const char *name, const char *text,
    size_t len, const char *period, const char *date, int flags,
    struct import_result *result, char **cause)
{
	struct import_options o;

	memset(result, 0, sizeof *result);
	if (plain_options(&o, name, period, date, flags, cause) == NULL)
		return -1;
	return import_run(s, name, text, len, &o, result, cause);
}

int
import_responses_file(struct session *s, const char *path,
    const char *period, const char *date, int flags,
    struct import_result *result, char **cause)
{
	struct import_options o;

	memset(result, 0, sizeof *result);
	if (plain_options(&o, path, period, date, flags, cause) == NULL)
		return -1;
	return import_run_file(s, path, &o, result, cause);
}
