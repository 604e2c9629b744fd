/*
 * Indicators as records: Del 2 edits the site-specific ones (row r is
 * the r-th indicator that is not one of the three core ones), Del 3 all
 * of them with their survey statements. The same accessors serve both;
 * only the mapping from row to indicator differs.
 *
 * Ids are made from names (guide_indicator_id) and follow the name while
 * nothing refers to them yet; once statements or measurements hang off an
 * indicator, its id stays put so files and CSV headers stay valid.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/adoption.h"
#include "b2c/guide-extra.h"
#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/util.h"
#include "guide-impl.h"

/* The index in s->indicators of the row-th non-core one, or -1. */
static long
ind_site_index(const struct session *s, size_t row)
{
	size_t i;

	for (i = 0; i < s->n_indicators; i++) {
		if (s->indicators[i].core)
			continue;
		if (row-- == 0)
			return (long)i;
	}
	return -1;
}

static long
ind_all_index(const struct session *s, size_t row)
{
	return row < s->n_indicators ? (long)row : -1;
}

/* Each accessor has a reader/writer on the indicator itself... */

static char *
ind_name_read(const struct indicator *i)
{
	return guide_dup(i->name);
}

static int
ind_name_write(struct session *s, long idx, const char *v, char **cause)
{
	struct indicator *i = &s->indicators[idx];
	char *old;

	if (i->core) {
		*cause = xstrdup(_("The three core indicators keep their "
		    "names"));
		return -1;
	}
	if (guide_put(&i->name, v, cause) != 0)
		return -1;
	if (i->n_measurements == 0) {
		old = i->id;
		i->id = guide_indicator_id(s, v, idx);
		guide_stmt_follow_id(s, i, old);
		free(old);
	}
	return 0;
}

static char *
ind_kpi_read(const struct indicator *i)
{
	return guide_dup(i->kpi);
}

static int
ind_kpi_write(struct session *s, long idx, const char *v, char **cause)
{
	return guide_put(&s->indicators[idx].kpi, v, cause);
}

static char *
ind_comment_read(const struct indicator *i)
{
	return guide_dup(i->comment);
}

static int
ind_comment_write(struct session *s, long idx, const char *v, char **cause)
{
	return guide_put(&s->indicators[idx].comment, v, cause);
}

static char *
ind_kind_read(const struct indicator *i)
{
	return guide_format_choice((int)i->kind);
}

/* True when a measurement holds a count or answers. */
static bool
ind_has_results(const struct indicator *i)
{
	size_t j;

	for (j = 0; j < i->n_measurements; j++)
		if (i->measurements[j].has_count ||
		    i->measurements[j].n_tallies > 0)
			return true;
	return false;
}

static int
ind_kind_write(struct session *s, long idx, const char *v, char **cause)
{
	struct indicator *i = &s->indicators[idx];
	int k;

	if (guide_parse_choice(v, 2, &k, cause) != 0)
		return -1;
	if (i->core && k != INDICATOR_PERCENT) {
		*cause = xstrdup(_("The three core indicators are measured as "
		    "percentages"));
		return -1;
	}
	if (k != (int)i->kind && ind_has_results(i)) {
		*cause = xstrdup(_("This indicator already has results; "
		    "remove its measurements before changing the kind"));
		return -1;
	}
	if (k == INDICATOR_PERCENT && i->has_target && i->target > 100) {
		*cause = xstrdup(_("The target is above 100; change it "
		    "first"));
		return -1;
	}
	i->kind = (enum indicator_kind)k;
	return 0;
}

static char *
ind_target_read(const struct indicator *i)
{
	return i->has_target ? guide_format_number(i->target) : guide_dup("");
}

static int
ind_target_write(struct session *s, long idx, const char *v, char **cause)
{
	struct indicator *i = &s->indicators[idx];
	double d;
	bool empty;

	if ((i->kind == INDICATOR_PERCENT ?
	    guide_parse_percent(v, &d, &empty, cause) :
	    guide_parse_number(v, false, &d, &empty, cause)) != 0)
		return -1;
	if (i->kind == INDICATOR_PERCENT && d > 100) {
		*cause = xasprintf(_("%s is more than 100%%"), v);
		return -1;
	}
	if (d > GUIDE_MAX_COUNT) {
		*cause = xasprintf(_("%s is too large"), v);
		return -1;
	}
	i->has_target = !empty;
	i->target = d;
	return 0;
}

#define IND_BOOL(name, member)						\
static char *								\
ind_##name##_read(const struct indicator *i)				\
{									\
	return guide_format_bool(i->member);				\
}									\
static int								\
ind_##name##_write(struct session *s, long idx, const char *v,		\
    char **cause)							\
{									\
	return guide_parse_bool(v, &s->indicators[idx].member, cause);	\
}

IND_BOOL(s3, esrs_s3)
IND_BOOL(s4, esrs_s4)
IND_BOOL(adopted, adopted)

/* ... and is wrapped once per row mapping (site, all). */
#define IND_ACCESS(map, name)						\
static char *								\
map##_##name##_get(const struct session *s, const struct guide_ctx *c)	\
{									\
	long idx = ind_##map##_index(s, c->row);			\
									\
	return idx < 0 ? guide_dup("") :				\
	    ind_##name##_read(&s->indicators[idx]);			\
}									\
static int								\
map##_##name##_set(struct session *s, const struct guide_ctx *c,	\
    const char *v, char **cause)					\
{									\
	long idx = ind_##map##_index(s, c->row);			\
									\
	if (idx < 0)							\
		return guide_no_row(cause);				\
	return ind_##name##_write(s, idx, v, cause);			\
}

IND_ACCESS(site, name)
IND_ACCESS(site, kpi)
IND_ACCESS(site, kind)
IND_ACCESS(site, target)
IND_ACCESS(site, adopted)
IND_ACCESS(site, s3)
IND_ACCESS(site, s4)
IND_ACCESS(site, comment)
IND_ACCESS(all, name)
IND_ACCESS(all, kpi)
IND_ACCESS(all, kind)
IND_ACCESS(all, target)
IND_ACCESS(all, s3)
IND_ACCESS(all, s4)
IND_ACCESS(all, comment)

/* A new site-specific indicator, adopted, with a provisional id. */
static void
ind_new(struct session *s)
{
	char *id = guide_indicator_id(s, "", -1);
	struct indicator *i = session_add_indicator(s, id, "");

	free(id);
	i->adopted = true;
	i->esrs_s3 = true;
}

static size_t
site_count(const struct session *s, const struct guide_ctx *c)
{
	size_t i, n = 0;

	for (i = 0; i < s->n_indicators; i++)
		if (!s->indicators[i].core)
			n++;
	return n;
}

static size_t
site_add(struct session *s, const struct guide_ctx *c)
{
	ind_new(s);
	return site_count(s, c) - 1;
}

static void
site_remove(struct session *s, const struct guide_ctx *c, size_t row)
{
	long idx = ind_site_index(s, row);

	if (idx >= 0)
		session_remove_indicator(s, (size_t)idx);
}

static void
site_move(struct session *s, const struct guide_ctx *c, size_t from,
    size_t to)
{
	long f = ind_site_index(s, from), t = ind_site_index(s, to);

	if (f >= 0 && t >= 0)
		session_move(s->indicators, s->n_indicators,
		    sizeof *s->indicators, (size_t)f, (size_t)t);
}

static size_t
all_count(const struct session *s, const struct guide_ctx *c)
{
	return s->n_indicators;
}

static size_t
all_add(struct session *s, const struct guide_ctx *c)
{
	ind_new(s);
	return s->n_indicators - 1;
}

static void
all_remove(struct session *s, const struct guide_ctx *c, size_t row)
{
	if (row < s->n_indicators)
		session_remove_indicator(s, row);	/* refuses core ones */
}

/* The core indicators stay first, in their order. */
static void
all_move(struct session *s, const struct guide_ctx *c, size_t from,
    size_t to)
{
	if (from >= s->n_indicators || to >= s->n_indicators ||
	    s->indicators[from].core || s->indicators[to].core)
		return;
	session_move(s->indicators, s->n_indicators, sizeof *s->indicators,
	    from, to);
}

/* "Tryghed · min. 80% · adopted" */
static char *
ind_summary(const struct indicator *i, bool show_adopted)
{
	char *target, *out;
	const char *name = i->name[0] != '\0' ? i->name : _("(no name)");

	if (!i->has_target)
		target = xstrdup(_("no target yet"));
	else {
		/* Percent targets are whole or one decimal; the number
		 * and the percent sign follow the interface language. */
		char *n = lang_format_number(i->target,
		    i->target == (double)(long)i->target ? 0 : 1);

		target = xasprintf(i->kind == INDICATOR_PERCENT ?
		    _("min. %s%%") : _("min. %s"), n);
		free(n);
	}
	if (show_adopted)
		out = xasprintf("%s · %s · %s", name, target, i->adopted ?
		    _("adopted") : _("not adopted"));
	else	/* Del 3 lists every indicator: mark the ones not adopted. */
		out = xasprintf("%s · %s · %s %zu%s%s", name, target,
		    _("statements:"), i->n_statements,
		    adoption_adopted(i) ? "" : " · ",
		    adoption_adopted(i) ? "" : _("not adopted"));
	free(target);
	return out;
}

static char *
site_summary(const struct session *s, const struct guide_ctx *c)
{
	long idx = ind_site_index(s, c->row);

	return idx < 0 ? guide_dup("") :
	    ind_summary(&s->indicators[idx], true);
}

static char *
all_summary(const struct session *s, const struct guide_ctx *c)
{
	long idx = ind_all_index(s, c->row);

	return idx < 0 ? guide_dup("") :
	    ind_summary(&s->indicators[idx], false);
}

static const char *const kind_choices[] = {
	N_("Percentage (from survey answers)"), N_("Count (a number)"), NULL
};

#define IFIELD(k, kd, lbl, hnt, req, name) \
	{ .key = k, .kind = kd, .label = lbl, .hint = hnt, \
	  .required = req, .get = name##_get, .set = name##_set }
#define IKIND(k, name) \
	{ .key = k, .kind = GUIDE_CHOICE, .label = N_("Kind of KPI"), \
	  .choices = kind_choices, .get = name##_get, .set = name##_set }

static const struct guide_field site_columns[] = {
	IFIELD("part2.indicator.name", GUIDE_TEXT, N_("Name"),
	    N_("E.g. Safety or Young people in internships"), true,
	    site_name),
	IFIELD("part2.indicator.kpi", GUIDE_TEXT, N_("KPI definition"),
	    N_("E.g. % who feel safe in the neighbourhood"), true, site_kpi),
	IKIND("part2.indicator.kind", site_kind),
	IFIELD("part2.indicator.target", GUIDE_NUMBER, N_("Target"),
	    N_("At least this percentage or number"), false, site_target),
	IFIELD("part2.indicator.adopted", GUIDE_CHECK,
	    N_("Adopted by both parties"), NULL, false, site_adopted),
	IFIELD("part2.indicator.esrs_s3", GUIDE_CHECK,
	    N_("ESRS S3: affected communities"), NULL, false, site_s3),
	IFIELD("part2.indicator.esrs_s4", GUIDE_CHECK,
	    N_("ESRS S4: consumers and end-users"), NULL, false, site_s4),
	IFIELD("part2.indicator.comment", GUIDE_TEXT, N_("Comment"),
	    N_("E.g. qualitative analysis"), false, site_comment),
};

static const struct guide_field all_columns[] = {
	IFIELD("part3.indicator.name", GUIDE_TEXT, N_("Name"), NULL, true,
	    all_name),
	IFIELD("part3.indicator.kpi", GUIDE_TEXT, N_("KPI definition"),
	    N_("E.g. % who trust their neighbours"), true, all_kpi),
	IKIND("part3.indicator.kind", all_kind),
	IFIELD("part3.indicator.target", GUIDE_NUMBER, N_("Target"),
	    N_("E.g. 80 for at least 80%"), true, all_target),
	IFIELD("part3.indicator.comment", GUIDE_TEXT, N_("Comment"),
	    N_("E.g. quantitative and qualitative analysis"), false,
	    all_comment),
	IFIELD("part3.indicator.esrs_s3", GUIDE_CHECK,
	    N_("ESRS S3: affected communities"), NULL, false, all_s3),
	IFIELD("part3.indicator.esrs_s4", GUIDE_CHECK,
	    N_("ESRS S4: consumers and end-users"), NULL, false, all_s4),
	{ .key = "part3.indicator.statements", .kind = GUIDE_TABLE,
	  .label = N_("Survey statements"),
	  .hint = N_("Statements residents answer from Strongly agree to "
	  "Strongly disagree"),
	  .count = guide_stmt_count, .add = guide_stmt_add,
	  .remove = guide_stmt_remove, .move = guide_stmt_move,
	  .columns = guide_stmt_columns,
	  .n_columns = GUIDE_STMT_N_COLUMNS },
};

/* What the parties proposed in Del 1, shown while they agree. */
static char *
proposals_get(const struct session *s, const struct guide_ctx *c)
{
	char *text = guide_proposed_indicators(s);

	if (text[0] != '\0')
		return text;
	free(text);
	return xstrdup(_("(no proposals in Del 1)"));
}

const struct guide_field guide_site_indicators_fields[2] = {
	{ .key = "part2.proposals", .kind = GUIDE_TEXTAREA,
	  .label = N_("Proposed in Del 1"),
	  .hint = N_("What each party proposed under own priorities; read "
	  "only"),
	  .get = proposals_get, .set = guide_set_readonly },
	{ .key = "part2.site_indicators", .kind = GUIDE_RECORDS,
	  .label = N_("Site-specific indicators"),
	  .hint = N_("Start from the parties' proposals from Del 1 above"),
	  .count = site_count, .add = site_add, .remove = site_remove,
	  .move = site_move, .summary = site_summary,
	  .columns = site_columns, .n_columns = GUIDE_NELEM(site_columns) },
};

const struct guide_field guide_all_indicators_fields[1] = {
	{ .key = "part3.indicators", .kind = GUIDE_RECORDS,
	  .label = N_("Indicators and their survey statements"),
	  .hint = N_("The three core indicators cannot be removed"),
	  .required = true, .count = all_count, .add = all_add,
	  .remove = all_remove, .move = all_move, .summary = all_summary,
	  .columns = all_columns, .n_columns = GUIDE_NELEM(all_columns) },
};
