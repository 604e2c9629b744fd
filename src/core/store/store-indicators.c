/*
 * Part 3's indicators: the three core ones (always present, first, in
 * their fixed order whatever order the file lists them in) and the
 * site-specific ones, with their survey statements and measurements.
 * Identifiers are checked for uniqueness with hash sets so that loading
 * stays linear in the size of the file.
 */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "b2c/i18n.h"
#include "store-private.h"

#define STORE_MAX_TALLY 1000000000L	/* answers or a count */

static const char *
kind_key(int v)
{
	return session_kind_key((enum indicator_kind)v);
}

static const struct store_enum enum_kind = {
	session_kind_parse, kind_key, "\"percent\" or \"count\""
};

static const struct store_field kind_field = {
	.name = "kind", .type = ST_ENUM, .offset = 0, .keys = &enum_kind
};

#define F_STEP(key, i) { .name = key, .type = ST_LONG, \
	.offset = offsetof(struct tally, steps) + (i) * sizeof(long), \
	.min = 0, .max = STORE_MAX_TALLY }

static const struct store_field tally_fields[] = {
	{ .name = "statement", .type = ST_STRING,
	  .offset = offsetof(struct tally, statement) },
	F_STEP("strongly_agree", 0),
	F_STEP("agree", 1),
	F_STEP("neutral", 2),
	F_STEP("disagree", 3),
	F_STEP("strongly_disagree", 4),
	{ .name = "dont_know", .type = ST_LONG,
	  .offset = offsetof(struct tally, dont_know), .min = 0,
	  .max = STORE_MAX_TALLY },
	{ .name = "blank", .type = ST_LONG,
	  .offset = offsetof(struct tally, blank), .min = 0,
	  .max = STORE_MAX_TALLY },
	{ .name = NULL }
};

/* True for identifiers: letters, digits, '_' and '-'; lower when strict. */
static bool
valid_id(const char *id, bool lower)
{
	const unsigned char *p = (const unsigned char *)id;

	if (*p == '\0')
		return false;
	for (; *p != '\0'; p++) {
		if (!(isdigit(*p) || *p == '_' || *p == '-' ||
		    (*p >= 'a' && *p <= 'z') || (!lower && *p >= 'A' &&
		    *p <= 'Z')))
			return false;
	}
	return true;
}

/* Reads an element's id member; NULL after reporting a problem. */
static const char *
read_id(struct store_reader *r, const config_setting_t *elem, bool lower)
{
	const config_setting_t *v = config_setting_get_member(elem, "id");
	const char *id;

	if (v == NULL) {
		store_errorf(&r->err, store_line(elem), _("id: missing"));
		return NULL;
	}
	if ((id = store_read_string(r, v)) == NULL)
		return NULL;
	if (!valid_id(id, lower)) {
		store_errorf(&r->err, store_line(v), lower ?
		    _("id: \"%s\" may only hold a-z, 0-9, '_' and '-'") :
		    _("id: \"%s\" may only hold letters, digits, '_' and '-'"),
		    id);
		return NULL;
	}
	return id;
}

static void
read_tally(struct store_reader *r, const config_setting_t *elem,
    struct measurement *m, struct store_set *seen)
{
	struct tally *t;

	m->tallies = util_grow(m->tallies, m->n_tallies, sizeof *m->tallies);
	t = &m->tallies[m->n_tallies++];
	memset(t, 0, sizeof *t);
	t->statement = xstrdup("");
	store_unknown_read_element(r, elem, tally_fields, t, &t->extra);
	if (*t->statement != '\0' && store_set_get(r->statement_ids,
	    t->statement) != r->indicator)
		store_errorf(&r->err, store_line(elem), _("statement: \"%s\" is "
		    "not a statement of this indicator"), t->statement);
	else if (!store_set_add(seen, t->statement, 0))
		store_errorf(&r->err, store_line(elem), _("statement: \"%s\" is "
		    "counted twice in one measurement"), t->statement);
}

static void
read_tallies(struct store_reader *r, const config_setting_t *v, void *base)
{
	struct measurement *m = base;
	struct store_set *seen;
	const config_setting_t *elem;
	int i, n;

	if (!store_check_list(r, v, true))
		return;
	/* An empty list is what a count measurement without its count
	 * is written with. */
	if (r->kind != INDICATOR_PERCENT && config_setting_length(v) > 0) {
		store_errorf(&r->err, store_line(v), _("tallies: only percent "
		    "indicators have answer tallies"));
		return;
	}
	seen = store_set_new();
	n = config_setting_length(v);
	for (i = 0; i < n; i++) {
		elem = config_setting_get_elem(v, (unsigned)i);
		if (config_setting_type(elem) != CONFIG_TYPE_GROUP)
			store_errorf(&r->err, store_line(elem), _("tallies: "
			    "expected a group { ... } in the list"));
		else
			read_tally(r, elem, m, seen);
	}
	store_set_free(seen);
}

static void
write_tallies(config_setting_t *group, const char *name, const void *base)
{
	const struct measurement *m = base;

	if (m->has_count && m->n_tallies == 0)
		return;
	store_write_group_list(group, name, tally_fields, m->tallies,
	    m->n_tallies, sizeof *m->tallies, offsetof(struct tally, extra));
}

static void
read_count(struct store_reader *r, const config_setting_t *v, void *base)
{
	static const struct store_field count_field = { .name = "count",
	    .type = ST_LONG, .offset = 0, .min = 0, .max = STORE_MAX_TALLY };
	struct measurement *m = base;

	if (r->kind != INDICATOR_COUNT) {
		store_errorf(&r->err, store_line(v), _("count: only count "
		    "indicators have a count"));
		return;
	}
	m->count = -1;
	store_read_field(r, &count_field, v, &m->count);
	m->has_count = m->count >= 0;
	if (!m->has_count)
		m->count = 0;
}

static void
write_count(config_setting_t *group, const char *name, const void *base)
{
	const struct measurement *m = base;

	if (m->has_count)
		store_write_long(group, name, m->count);
}

/* The fingerprints of the survey files imported into a measurement:
 * optional, so files without them load as before. */
static void
read_imports(struct store_reader *r, const config_setting_t *v, void *base)
{
	struct measurement *m = base;
	const config_setting_t *elem;
	const char *fp;
	int i, n;

	if (!store_check_list(r, v, false))
		return;
	n = config_setting_length(v);
	for (i = 0; i < n; i++) {
		elem = config_setting_get_elem(v, (unsigned)i);
		if ((fp = store_read_string(r, elem)) != NULL && *fp != '\0')
			session_add_import(m, fp);
	}
}

static void
write_imports(config_setting_t *group, const char *name, const void *base)
{
	const struct measurement *m = base;
	config_setting_t *list;
	size_t i;

	if (m->n_imports == 0)
		return;
	list = store_add(group, name, CONFIG_TYPE_ARRAY);
	for (i = 0; i < m->n_imports; i++)
		config_setting_set_string_elem(list, -1, m->imports[i]);
}

static void
read_base(struct store_reader *r, const config_setting_t *v, void *base)
{
	static const struct store_field f = { .name = "base", .type = ST_BOOL,
	    .offset = offsetof(struct measurement, base) };

	store_read_field(r, &f, v, base);
}

/* Written only when set, so files without base periods stay as they are. */
static void
write_base(config_setting_t *group, const char *name, const void *base)
{
	const struct measurement *m = base;

	if (m->base)
		config_setting_set_bool(store_add(group, name,
		    CONFIG_TYPE_BOOL), 1);
}

/* An optional text, written only when given, so files without it stay
 * as they are. */
#define OPTIONAL_TEXT(fn, member, key) \
static void \
read_##fn(struct store_reader *r, const config_setting_t *v, void *base) \
{ \
	static const struct store_field f = { .name = key, \
	    .type = ST_STRING, .offset = offsetof(struct measurement, \
	    member) }; \
\
	store_read_field(r, &f, v, base); \
} \
\
static void \
write_##fn(config_setting_t *group, const char *name, const void *base) \
{ \
	const struct measurement *m = base; \
\
	if (*m->member != '\0') \
		config_setting_set_string(store_add(group, name, \
		    CONFIG_TYPE_STRING), m->member); \
}

OPTIONAL_TEXT(source, source, "survey_file")
OPTIONAL_TEXT(source_sha256, source_sha256, "survey_file_sha256")
#undef OPTIONAL_TEXT

static const struct store_field measurement_fields[] = {
	{ .name = "period", .type = ST_STRING,
	  .offset = offsetof(struct measurement, period) },
	{ .name = "date", .type = ST_DATE,
	  .offset = offsetof(struct measurement, date) },
	{ .name = "base", .type = ST_CUSTOM, .read = read_base,
	  .write = write_base },
	{ .name = "survey_file", .type = ST_CUSTOM, .read = read_source,
	  .write = write_source },
	{ .name = "survey_file_sha256", .type = ST_CUSTOM,
	  .read = read_source_sha256, .write = write_source_sha256 },
	{ .name = "count", .type = ST_CUSTOM, .read = read_count,
	  .write = write_count },
	{ .name = "tallies", .type = ST_CUSTOM, .read = read_tallies,
	  .write = write_tallies },
	{ .name = "imports", .type = ST_CUSTOM, .read = read_imports,
	  .write = write_imports },
	{ .name = NULL }
};

static void
read_measurements(struct store_reader *r, const config_setting_t *v,
    void *base)
{
	struct indicator *ind = base;
	const config_setting_t *elem;
	struct store_periods periods;
	struct measurement *m;
	int i, n, bases = 0;

	if (!store_check_list(r, v, true))
		return;
	store_periods_init(&periods);
	n = config_setting_length(v);
	for (i = 0; i < n; i++) {
		elem = config_setting_get_elem(v, (unsigned)i);
		if (config_setting_type(elem) != CONFIG_TYPE_GROUP) {
			store_errorf(&r->err, store_line(elem), _("measurements: "
			    "expected a group { ... } in the list"));
			continue;
		}
		m = session_add_measurement(ind, "");
		store_unknown_read_element(r, elem, measurement_fields, m,
		    &m->extra);
		/* Before the period is looked at: a repeated period is merged
		 * into the first and m removed. */
		if (m->base && ++bases == 2)
			store_errorf(&r->err, store_line(elem), _("base: "
			    "only one period can be the base period"));
		store_periods_add(r, &periods, ind, store_line(elem));
	}
	store_periods_free(&periods);
}

static void
write_measurements(config_setting_t *group, const char *name,
    const void *base)
{
	const struct indicator *ind = base;

	store_write_group_list(group, name, measurement_fields,
	    ind->measurements, ind->n_measurements,
	    sizeof *ind->measurements, offsetof(struct measurement, extra));
}

static void
read_target(struct store_reader *r, const config_setting_t *v, void *base)
{
	struct store_field f = { .name = "target", .type = ST_DOUBLE,
	    .offset = 0, .min = 0, .max = 100 };
	struct indicator *ind = base;
	double target = -1;

	if (r->kind == INDICATOR_COUNT)
		f.max = (double)STORE_MAX_TALLY;
	store_read_field(r, &f, v, &target);
	if (target >= 0) {
		ind->has_target = true;
		ind->target = target;
	}
}

static void
write_target(config_setting_t *group, const char *name, const void *base)
{
	const struct indicator *ind = base;

	if (ind->has_target)
		config_setting_set_float(store_add(group, name,
		    CONFIG_TYPE_FLOAT), ind->target);
}

#define STORE_MIN_YEAR 1900
#define STORE_MAX_YEAR 2200

static void
read_target_year(struct store_reader *r, const config_setting_t *v,
    void *base)
{
	static const struct store_field f = { .name = "target_year",
	    .type = ST_INT, .offset = offsetof(struct indicator, target_year),
	    .min = STORE_MIN_YEAR, .max = STORE_MAX_YEAR };

	store_read_field(r, &f, v, base);
}

static void
write_target_year(config_setting_t *group, const char *name,
    const void *base)
{
	const struct indicator *ind = base;

	if (ind->target_year != 0)
		store_write_long(group, name, ind->target_year);
}

/* One milestone { year = 2026; value = 50.0; }, checked like the target. */
static void
read_milestone(struct store_reader *r, const config_setting_t *elem,
    void *base)
{
	struct indicator *ind = base;
	struct store_field fy = { .name = "year", .type = ST_INT,
	    .offset = 0, .min = STORE_MIN_YEAR, .max = STORE_MAX_YEAR };
	struct store_field fv = { .name = "value", .type = ST_DOUBLE,
	    .offset = 0, .min = 0, .max = 100 };
	const config_setting_t *y, *v;
	int year = 0;
	double value = -1;
	size_t i;

	if (r->kind == INDICATOR_COUNT)
		fv.max = (double)STORE_MAX_TALLY;
	y = config_setting_get_member(elem, "year");
	v = config_setting_get_member(elem, "value");
	if (y == NULL || v == NULL) {
		store_errorf(&r->err, store_line(elem), _("milestones: each "
		    "needs a year and a value"));
		return;
	}
	store_read_field(r, &fy, y, &year);
	store_read_field(r, &fv, v, &value);
	if (year == 0 || value < 0)
		return;
	for (i = 0; i < ind->n_milestones; i++)
		if (ind->milestones[i].year == year) {
			store_errorf(&r->err, store_line(elem), _("milestones: "
			    "%d is given twice"), year);
			return;
		}
	session_set_milestone(ind, year, value);
}

static void
read_milestones(struct store_reader *r, const config_setting_t *v,
    void *base)
{
	store_each_group(r, v, read_milestone, base);
}

static void
write_milestones(config_setting_t *group, const char *name,
    const void *base)
{
	const struct indicator *ind = base;
	config_setting_t *list, *m;
	size_t i;

	if (ind->n_milestones == 0)
		return;
	list = store_add(group, name, CONFIG_TYPE_LIST);
	for (i = 0; i < ind->n_milestones; i++) {
		m = store_add(list, NULL, CONFIG_TYPE_GROUP);
		store_write_long(m, "year", ind->milestones[i].year);
		config_setting_set_float(store_add(m, "value",
		    CONFIG_TYPE_FLOAT), ind->milestones[i].value);
	}
}

static void
read_esrs(struct store_reader *r, const config_setting_t *v, void *base)
{
	struct indicator *ind = base;
	const config_setting_t *elem;
	const char *key;
	int i, n;

	if (!store_check_list(r, v, false))
		return;
	ind->esrs_s3 = ind->esrs_s4 = false;
	n = config_setting_length(v);
	for (i = 0; i < n; i++) {
		elem = config_setting_get_elem(v, (unsigned)i);
		if ((key = store_read_string(r, elem)) == NULL)
			continue;
		if (strcmp(key, "S3") == 0)
			ind->esrs_s3 = true;
		else if (strcmp(key, "S4") == 0)
			ind->esrs_s4 = true;
		else
			store_errorf(&r->err, store_line(elem), _("%s: unknown "
			    "value \"%s\" (expected %s)"), "esrs", key,
			    "\"S3\" or \"S4\"");
	}
}

static void
write_esrs(config_setting_t *group, const char *name, const void *base)
{
	const struct indicator *ind = base;
	config_setting_t *list = store_add(group, name, CONFIG_TYPE_ARRAY);

	if (ind->esrs_s3)
		config_setting_set_string_elem(list, -1, "S3");
	if (ind->esrs_s4)
		config_setting_set_string_elem(list, -1, "S4");
}

static void
write_id(config_setting_t *group, const char *name, const void *base)
{
	const struct indicator *ind = base;

	config_setting_set_string(store_add(group, name, CONFIG_TYPE_STRING),
	    ind->id);
}

static void
write_kind(config_setting_t *group, const char *name, const void *base)
{
	const struct indicator *ind = base;

	config_setting_set_string(store_add(group, name, CONFIG_TYPE_STRING),
	    session_kind_key(ind->kind));
}

static void
write_statement_id(config_setting_t *group, const char *name,
    const void *base)
{
	const struct statement *st = base;

	config_setting_set_string(store_add(group, name, CONFIG_TYPE_STRING),
	    st->id);
}

static const struct store_field statement_fields[] = {
	{ .name = "id", .type = ST_SKIP, .write = write_statement_id },
	{ .name = "text", .type = ST_STRING,
	  .offset = offsetof(struct statement, text) },
	{ .name = NULL }
};

/* The statements list, read before the rest so tallies can refer to it. */
static void
read_statements(struct store_reader *r, const config_setting_t *v,
    struct indicator *ind)
{
	const config_setting_t *elem;
	struct statement *st;
	const char *id;
	int i, n;

	if (!store_check_list(r, v, true))
		return;
	n = config_setting_length(v);
	for (i = 0; i < n; i++) {
		elem = config_setting_get_elem(v, (unsigned)i);
		if (config_setting_type(elem) != CONFIG_TYPE_GROUP) {
			store_errorf(&r->err, store_line(elem), _("statements: "
			    "expected a group { ... } in the list"));
			continue;
		}
		if ((id = read_id(r, elem, false)) == NULL)
			continue;
		st = session_add_statement(ind, id, "");
		if (!store_set_add(r->statement_ids, st->id, r->indicator)) {
			store_errorf(&r->err, store_line(elem), _("id: statement "
			    "id \"%s\" is used twice"), id);
			session_remove_statement(ind, ind->n_statements - 1);
			continue;
		}
		store_unknown_read_element(r, elem, statement_fields, st,
		    &st->extra);
	}
}

static void
write_statements(config_setting_t *group, const char *name,
    const void *base)
{
	const struct indicator *ind = base;

	store_write_group_list(group, name, statement_fields,
	    ind->statements, ind->n_statements, sizeof *ind->statements,
	    offsetof(struct statement, extra));
}

static const struct store_field indicator_fields[] = {
	{ .name = "id", .type = ST_SKIP, .write = write_id },
	{ .name = "name", .type = ST_STRING,
	  .offset = offsetof(struct indicator, name) },
	{ .name = "opposite", .type = ST_STRING,
	  .offset = offsetof(struct indicator, opposite) },
	{ .name = "kpi", .type = ST_STRING,
	  .offset = offsetof(struct indicator, kpi) },
	{ .name = "kind", .type = ST_SKIP, .write = write_kind },
	{ .name = "adopted", .type = ST_BOOL,
	  .offset = offsetof(struct indicator, adopted) },
	{ .name = "target", .type = ST_CUSTOM, .read = read_target,
	  .write = write_target },
	{ .name = "target_year", .type = ST_CUSTOM, .read = read_target_year,
	  .write = write_target_year },
	{ .name = "milestones", .type = ST_CUSTOM, .read = read_milestones,
	  .write = write_milestones },
	{ .name = "comment", .type = ST_STRING,
	  .offset = offsetof(struct indicator, comment) },
	{ .name = "esrs", .type = ST_CUSTOM, .read = read_esrs,
	  .write = write_esrs },
	{ .name = "statements", .type = ST_SKIP, .write = write_statements },
	{ .name = "measurements", .type = ST_CUSTOM, .read = read_measurements,
	  .write = write_measurements },
	{ .name = NULL }
};

/* The indicator id names: a core slot, or a new site-specific one. */
static struct indicator *
indicator_slot(struct store_reader *r, const char *id,
    const config_setting_t *elem)
{
	struct session *s = r->s;
	size_t i;

	if (!store_set_add(r->indicator_ids, id, 0)) {
		store_errorf(&r->err, store_line(elem), _("id: indicator id "
		    "\"%s\" is used twice"), id);
		return NULL;
	}
	for (i = 0; i < s->n_indicators && s->indicators[i].core; i++) {
		if (strcmp(s->indicators[i].id, id) == 0) {
			r->indicator = (int)i;
			return &s->indicators[i];
		}
	}
	r->indicator = (int)s->n_indicators;
	return session_add_indicator(s, id, "");
}

/* One indicator of the list; the session is the reader's (r->s). */
static void
read_indicator(struct store_reader *r, const config_setting_t *elem,
    void *session)
{
	const config_setting_t *v;
	struct indicator *ind;
	const char *id;

	if ((id = read_id(r, elem, true)) == NULL ||
	    (ind = indicator_slot(r, id, elem)) == NULL)
		return;
	r->kind = INDICATOR_PERCENT;
	if ((v = config_setting_get_member(elem, "kind")) != NULL)
		store_read_field(r, &kind_field, v, &r->kind);
	if (ind->core && r->kind != INDICATOR_PERCENT) {
		store_errorf(&r->err, store_line(v), _("kind: the core "
		    "indicator \"%s\" is always measured in percent"), id);
		r->kind = INDICATOR_PERCENT;
	}
	ind->kind = (enum indicator_kind)r->kind;
	if ((v = config_setting_get_member(elem, "statements")) != NULL)
		read_statements(r, v, ind);
	store_unknown_read_element(r, elem, indicator_fields, ind,
	    &ind->extra);
	if (ind->core)
		ind->adopted = true;
}

void
store_read_indicators(struct store_reader *r, const config_setting_t *v,
    void *session)
{
	store_each_group(r, v, read_indicator, session);
}

void
store_write_indicators(config_setting_t *group, const char *name,
    const void *session)
{
	const struct session *s = session;

	store_write_group_list(group, name, indicator_fields, s->indicators,
	    s->n_indicators, sizeof *s->indicators,
	    offsetof(struct indicator, extra));
}
