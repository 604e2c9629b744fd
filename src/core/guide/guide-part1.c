/*
 * Del 1, Interne overvejelser: each party on its own. Every accessor
 * works on the party in ctx->party (the housing organisation when it is
 * not a valid party). The five points are a fixed list: no add or
 * remove, but moving reorders them.
 */
#include "config.h"

#include <string.h>

#include "b2c/i18n.h"
#include "b2c/util.h"
#include "guide-impl.h"

static int
p1_party(const struct guide_ctx *c)
{
	return c != NULL && c->party == PARTY_COMPANY ? PARTY_COMPANY :
	    PARTY_HOUSING;
}

static const struct part1 *
p1_get(const struct session *s, const struct guide_ctx *c)
{
	return &s->part1[p1_party(c)];
}

static struct part1 *
p1_mut(struct session *s, const struct guide_ctx *c)
{
	return &s->part1[p1_party(c)];
}

#define P1_STR(name, member)						\
static char *								\
name##_get(const struct session *s, const struct guide_ctx *c)		\
{									\
	return guide_dup(p1_get(s, c)->member);				\
}									\
static int								\
name##_set(struct session *s, const struct guide_ctx *c,		\
    const char *v, char **cause)					\
{									\
	return guide_put(&p1_mut(s, c)->member, v, cause);		\
}

P1_STR(challenges, challenges)
P1_STR(initiatives, initiatives)
P1_STR(promotion, indicator_promotion)
P1_STR(proposed, proposed_indicators)
P1_STR(interest, interest)

/* Resources: a table of the party's resources, row = ctx->row. */

static const struct resource *
res_get(const struct session *s, const struct guide_ctx *c)
{
	const struct part1 *p = p1_get(s, c);

	return c->row < p->n_resources ? &p->resources[c->row] : NULL;
}

static struct resource *
res_mut(struct session *s, const struct guide_ctx *c)
{
	struct part1 *p = p1_mut(s, c);

	return c->row < p->n_resources ? &p->resources[c->row] : NULL;
}

static const char *const kind_choices[] = {
	N_("Working hours"), N_("Facilities"), N_("Volunteers"),
	N_("Money"), N_("Other"), NULL
};

static char *
res_kind_get(const struct session *s, const struct guide_ctx *c)
{
	const struct resource *r = res_get(s, c);

	return r == NULL ? guide_dup("") : guide_format_choice((int)r->kind);
}

static int
res_kind_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	struct resource *r = res_mut(s, c);
	int i;

	if (r == NULL)
		return guide_no_row(cause);
	if (guide_parse_choice(v, RESOURCE_KIND_COUNT, &i, cause) != 0)
		return -1;
	r->kind = (enum resource_kind)i;
	return 0;
}

static char *
res_amount_get(const struct session *s, const struct guide_ctx *c)
{
	const struct resource *r = res_get(s, c);

	if (r == NULL || r->amount == 0)
		return guide_dup("");
	return guide_format_number(r->amount);
}

static int
res_amount_set(struct session *s, const struct guide_ctx *c,
    const char *v, char **cause)
{
	struct resource *r = res_mut(s, c);
	double d;
	bool empty;

	if (r == NULL)
		return guide_no_row(cause);
	if (guide_parse_number(v, false, &d, &empty, cause) != 0)
		return -1;
	if (d > GUIDE_MAX_AMOUNT) {
		*cause = xasprintf(_("%s is too large"), v);
		return -1;
	}
	r->amount = d;
	return 0;
}

#define RES_STR(name, member)						\
static char *								\
name##_get(const struct session *s, const struct guide_ctx *c)		\
{									\
	const struct resource *r = res_get(s, c);			\
									\
	return guide_dup(r == NULL ? "" : r->member);			\
}									\
static int								\
name##_set(struct session *s, const struct guide_ctx *c,		\
    const char *v, char **cause)					\
{									\
	struct resource *r = res_mut(s, c);				\
									\
	if (r == NULL)							\
		return guide_no_row(cause);			\
	return guide_put(&r->member, v, cause);				\
}

RES_STR(res_unit, unit)
RES_STR(res_note, note)

static size_t
res_count(const struct session *s, const struct guide_ctx *c)
{
	return p1_get(s, c)->n_resources;
}

static size_t
res_add(struct session *s, const struct guide_ctx *c)
{
	struct part1 *p = p1_mut(s, c);

	session_add_resource(p);
	return p->n_resources - 1;
}

static void
res_remove(struct session *s, const struct guide_ctx *c, size_t row)
{
	session_remove_resource(p1_mut(s, c), row);
}

static void
res_move(struct session *s, const struct guide_ctx *c, size_t from,
    size_t to)
{
	struct part1 *p = p1_mut(s, c);

	session_move(p->resources, p->n_resources, sizeof *p->resources,
	    from, to);
}

static const struct guide_field resource_columns[] = {
	{ .key = "part1.resources.kind", .kind = GUIDE_CHOICE,
	  .label = N_("Kind"), .choices = kind_choices,
	  .get = res_kind_get, .set = res_kind_set },
	{ .key = "part1.resources.amount", .kind = GUIDE_NUMBER,
	  .label = N_("Amount"), .hint = N_("A number, e.g. 10"),
	  .get = res_amount_get, .set = res_amount_set },
	{ .key = "part1.resources.unit", .kind = GUIDE_TEXT,
	  .label = N_("Unit"),
	  .hint = N_("E.g. hours a month, square metres, DKK"),
	  .get = res_unit_get, .set = res_unit_set },
	{ .key = "part1.resources.note", .kind = GUIDE_TEXT,
	  .label = N_("Note"), .get = res_note_get, .set = res_note_set },
};

/* Expectations. */

static const char *const expected_choices[] = {
	guide_not_set, N_("A smaller partnership (a single activity)"),
	N_("A larger partnership (a longer collaboration)"), NULL
};

static char *
expected_get(const struct session *s, const struct guide_ctx *c)
{
	return guide_format_choice((int)p1_get(s, c)->expected_size);
}

static int
expected_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	int i;

	if (guide_parse_choice(v, 3, &i, cause) != 0)
		return -1;
	p1_mut(s, c)->expected_size = (enum partnership_size)i;
	return 0;
}

/* The five points: a fixed list of SESSION_POINTS rows. */

static char *
point_get(const struct session *s, const struct guide_ctx *c)
{
	if (c->row >= SESSION_POINTS)
		return guide_dup("");
	return guide_dup(p1_get(s, c)->points[c->row]);
}

static int
point_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	if (c->row >= SESSION_POINTS)
		return guide_no_row(cause);
	return guide_put(&p1_mut(s, c)->points[c->row], v, cause);
}

static size_t
point_count(const struct session *s, const struct guide_ctx *c)
{
	return SESSION_POINTS;
}

static void
point_move(struct session *s, const struct guide_ctx *c, size_t from,
    size_t to)
{
	struct part1 *p = p1_mut(s, c);

	session_move(p->points, SESSION_POINTS, sizeof p->points[0], from,
	    to);
}

static const char *const point_suggestions[] = {
	N_("We want to reduce loneliness."),
	N_("We want to increase safety."),
	N_("We have limited resources."),
	N_("We want to inspire young people to get an education."),
	NULL
};

#define TEXTAREA(k, lbl, hnt, req, name) \
	{ .key = k, .kind = GUIDE_TEXTAREA, .label = lbl, .hint = hnt, \
	  .required = req, .get = name##_get, .set = name##_set }

static const struct guide_field priorities_fields[] = {
	TEXTAREA("part1.challenges",
	    N_("Which challenges or opportunities are in focus in the "
	    "area?"), NULL, true, challenges),
	TEXTAREA("part1.initiatives",
	    N_("Through which initiatives can the partnership tackle the "
	    "challenges and seize the opportunities?"), NULL, true,
	    initiatives),
	TEXTAREA("part1.indicator_promotion",
	    N_("How can the initiatives promote the three indicators?"),
	    N_("Belonging, trust and co-creating"), true, promotion),
	TEXTAREA("part1.proposed_indicators",
	    N_("Are there other site-specific indicators that are important "
	    "for you to add?"),
	    N_("E.g. safety, employment or young people in internships"),
	    false, proposed),
};

static const struct guide_field resources_fields[] = {
	{ .key = "part1.resources", .kind = GUIDE_TABLE,
	  .label = N_("Resources you can allocate to the partnership"),
	  .hint = N_("One row per resource: working hours, facilities, "
	  "volunteers ..."),
	  .required = true, .count = res_count, .add = res_add,
	  .remove = res_remove, .move = res_move,
	  .columns = resource_columns,
	  .n_columns = GUIDE_NELEM(resource_columns) },
};

static const struct guide_field expectations_fields[] = {
	{ .key = "part1.expected_size", .kind = GUIDE_CHOICE,
	  .label = N_("Are you looking for a smaller or a larger "
	  "partnership?"), .choices = expected_choices, .required = true,
	  .get = expected_get, .set = expected_set },
	TEXTAREA("part1.interest",
	    N_("What is your interest in entering a partnership?"),
	    N_("E.g. empty commercial premises that need life, or "
	    "facilities where people can meet"), true, interest),
};

static const struct guide_field points_fields[] = {
	{ .key = "part1.points", .kind = GUIDE_LIST,
	  .label = N_("The five most important points to discuss with a "
	  "partner"),
	  .hint = N_("Number 1 is the most important; move points to "
	  "reorder them"),
	  .suggestions = point_suggestions, .required = true,
	  .get = point_get, .set = point_set, .count = point_count,
	  .move = point_move },
};

static const struct guide_field review_fields[] = {
	{ .key = "part1.review", .kind = GUIDE_REVIEW,
	  .label = N_("Del 1 at a glance") },
};

const struct guide_step guide_part1_steps[] = {
	{ .key = "part1.priorities", .part = GUIDE_PART1, .per_party = true,
	  .title = N_("Own priorities"),
	  .guidance = N_("Before you meet, discuss and decide on your own "
	  "focus on social responsibility. Besides the three indicators, "
	  "consider whether site-specific indicators matter to you."),
	  .help = N_("Write short, plain answers; they are your notes for "
	  "the first meeting. The three indicators are belonging (versus "
	  "isolation), trust (versus suspicion) and co-creating (versus "
	  "non-participant). Site-specific indicators could be safety, "
	  "employment or young people in internships."),
	  .fields = priorities_fields,
	  .n_fields = GUIDE_NELEM(priorities_fields) },
	{ .key = "part1.resources", .part = GUIDE_PART1, .per_party = true,
	  .title = N_("Allocation of resources"),
	  .guidance = N_("Be clear about the resources you can contribute, "
	  "and agree on them internally before you meet a possible "
	  "partner."),
	  .help = N_("Add a row for each resource, e.g. 10 working hours a "
	  "month, access to the common room, volunteers for an event or "
	  "an amount of money. Amount is a number; the unit says what it "
	  "counts."),
	  .fields = resources_fields,
	  .n_fields = GUIDE_NELEM(resources_fields) },
	{ .key = "part1.expectations", .part = GUIDE_PART1, .per_party = true,
	  .title = N_("Expectations of the partnership"),
	  .guidance = N_("A partnership can be a single activity or a longer "
	  "collaboration. Decide which you are looking for and what your "
	  "interest is."),
	  .help = N_("Some housing organisations have empty commercial "
	  "premises and look for a permanent partner who brings more life "
	  "and engagement. A company may want to offer facilities where "
	  "people can meet and get involved."),
	  .fields = expectations_fields,
	  .n_fields = GUIDE_NELEM(expectations_fields) },
	{ .key = "part1.points", .part = GUIDE_PART1, .per_party = true,
	  .title = N_("Five most important points"),
	  .guidance = N_("As a summary of your preparation, write down the "
	  "five most important points you want to discuss with a "
	  "partner."),
	  .help = N_("One point per line, most important first. The "
	  "booklet's examples: \"We want to reduce loneliness.\", \"We "
	  "want to increase safety.\", \"We have limited resources.\", "
	  "\"We want to inspire young people to get an education.\""),
	  .fields = points_fields, .n_fields = GUIDE_NELEM(points_fields) },
	{ .key = "part1.review", .part = GUIDE_PART1, .per_party = true,
	  .title = N_("Review of Del 1"),
	  .guidance = N_("What is filled in and what is missing. With the "
	  "preparation done you have a good basis for meeting a "
	  "partner."),
	  .help = N_("Choose a missing item to jump to its step. Nothing "
	  "here is compulsory, but the first meeting goes better when "
	  "both parties have prepared."),
	  .fields = review_fields, .n_fields = GUIDE_NELEM(review_fields) },
};

const size_t guide_part1_n_steps = GUIDE_NELEM(guide_part1_steps);
