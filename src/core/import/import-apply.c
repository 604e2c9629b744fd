/*
 * The second half of a survey import: once every cell of the file was
 * understood (import-csv.c), checks that the period can take it (not the
 * same file twice, no tally past the store's cap) and adds or replaces
 * the period's tallies. It never calls the reading side back: import-csv.c
 * calls it, and import-file.c (reading from disk, the plain calls) calls
 * both.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/import.h"
#include "b2c/period.h"
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
