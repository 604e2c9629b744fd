/*
 * The guide's start: the session's title and area, the two parties and
 * the size of the partnership (which decides whether the company does
 * Del 1 too), and a short introduction to B2C for staff who have not
 * read the booklet.
 */
#include "config.h"

#include "b2c/i18n.h"
#include "b2c/util.h"
#include "guide-impl.h"

/* Accessors of a plain string member of the session. */
#define START_STR(name, member)						\
static char *								\
name##_get(const struct session *s, const struct guide_ctx *c)		\
{									\
	return guide_dup(s->member);					\
}									\
static int								\
name##_set(struct session *s, const struct guide_ctx *c,		\
    const char *v, char **cause)					\
{									\
	return guide_put(&s->member, v, cause);				\
}

START_STR(title, title)
START_STR(area, area)
START_STR(housing_name, parties[PARTY_HOUSING].name)
START_STR(housing_contact, parties[PARTY_HOUSING].contact)
START_STR(housing_role, parties[PARTY_HOUSING].role)
START_STR(company_name, parties[PARTY_COMPANY].name)
START_STR(company_contact, parties[PARTY_COMPANY].contact)
START_STR(company_role, parties[PARTY_COMPANY].role)

static const char *const size_choices[] = {
	N_("Small partnership (a single activity)"),
	N_("Large partnership (a longer collaboration)"),
	NULL
};

static char *
size_get(const struct session *s, const struct guide_ctx *c)
{
	return guide_format_choice(s->large ? 1 : 0);
}

static int
size_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	int i;

	if (guide_parse_choice(v, 2, &i, cause) != 0)
		return -1;
	s->large = i == 1;
	return 0;
}

#define STR_FIELD(k, lbl, hnt, req, name) \
	{ .key = k, .kind = GUIDE_TEXT, .label = lbl, .hint = hnt, \
	  .required = req, .get = name##_get, .set = name##_set }

static const struct guide_field parties_fields[] = {
	STR_FIELD("start.title", N_("Session title"),
	    N_("A name you will recognise, e.g. \"Hedemarken and Nortec "
	    "2026\""), true, title),
	STR_FIELD("start.area", N_("Area or estate"),
	    N_("The neighbourhood or housing estate (afdeling) the "
	    "partnership is about"), true, area),
	STR_FIELD("start.housing.name", N_("Housing organisation"),
	    N_("The name of the housing organisation"), true, housing_name),
	STR_FIELD("start.housing.contact", N_("Contact person (housing)"),
	    NULL, true, housing_contact),
	STR_FIELD("start.housing.role", N_("Role (housing)"),
	    N_("E.g. social housing coordinator"), false, housing_role),
	STR_FIELD("start.company.name", N_("Company"),
	    N_("The name of the local company"), true, company_name),
	STR_FIELD("start.company.contact", N_("Contact person (company)"),
	    NULL, true, company_contact),
	STR_FIELD("start.company.role", N_("Role (company)"),
	    N_("E.g. head of sustainability, HR or managing director"),
	    false, company_role),
	{ .key = "start.size", .kind = GUIDE_CHOICE,
	  .label = N_("Size of the partnership"),
	  .hint = N_("Large: both parties do Del 1 on their own before the "
	  "first meeting. Small: only the housing organisation does Del 1, "
	  "and Del 2 is a concrete proposal and an agreement on one page."),
	  .choices = size_choices, .get = size_get, .set = size_set },
};

#define INFO_FIELD(k, lbl, body) \
	{ .key = k, .kind = GUIDE_INFO, .label = lbl, .hint = body }

static const struct guide_field intro_fields[] = {
	INFO_FIELD("start.intro.what", N_("What is Business2Community?"),
	    N_("A dialogue tool that guides a housing organisation and a "
	    "local company step by step into a partnership that "
	    "strengthens social cohesion in the area where the company "
	    "is. It is local engagement, not philanthropy: the company "
	    "expects both business value and a social effect.")),
	INFO_FIELD("start.intro.parts", N_("The three parts"),
	    N_("Del 1, Internal considerations: each party prepares its "
	    "priorities and the resources it can offer. Del 2, Shared "
	    "framing: you meet, agree on shared priorities and make a "
	    "partnership agreement. Del 3, Evaluation and impact "
	    "measurement: you evaluate the actions and measure their "
	    "effect once a year.")),
	INFO_FIELD("start.intro.cohesion", N_("Social cohesion"),
	    N_("Social cohesion is the force that binds a local community "
	    "together. Living in a cohesive neighbourhood reduces "
	    "loneliness, builds loyalty and solidarity and gives people a "
	    "sense of belonging.")),
	INFO_FIELD("start.intro.indicators", N_("The three indicators"),
	    N_("Belonging (versus isolation): ownership, pride and "
	    "identification with the area. Trust (versus suspicion): "
	    "trust in strangers and neighbours. Co-creating (versus "
	    "non-participant): the chance to get involved socially and "
	    "organisationally. You may add site-specific indicators such "
	    "as safety or employment.")),
	INFO_FIELD("start.intro.esg", N_("Documentation for ESG (S3 and S4)"),
	    N_("Both parties can use the results in the S of their ESG "
	    "report: ESRS S3 (affected communities) and S4 (consumers and "
	    "end-users). The annual measurement shows whether the actions "
	    "strengthen social cohesion over time.")),
};

const struct guide_step guide_start_steps[] = {
	{ .key = "start.parties", .part = GUIDE_START,
	  .title = N_("The partnership"),
	  .guidance = N_("Name the session and the two parties. Choose a "
	  "large partnership if both parties will prepare on their own "
	  "before meeting; choose a small one if the housing organisation "
	  "asks the company for one concrete thing, such as help with a "
	  "summer party."),
	  .help = N_("Everything you type is saved automatically. The "
	  "title and area help you find the session again. The contact "
	  "persons are the people who take part in the meetings. You can "
	  "change the size of the partnership later; in a large "
	  "partnership the company also gets the Del 1 steps."),
	  .fields = parties_fields, .n_fields = GUIDE_NELEM(parties_fields) },
	{ .key = "start.intro", .part = GUIDE_START,
	  .title = N_("About the dialogue tool"),
	  .guidance = N_("Before Del 1: what B2C is, the three parts and the "
	  "three indicators you will work with."),
	  .help = N_("The guide follows the Business2Community booklet by "
	  "AlmenNet, Neighborhood Lab, KAB and Himmerland Boligforening. "
	  "Use the step map to jump to any step; nothing has to be done "
	  "in order."),
	  .fields = intro_fields, .n_fields = GUIDE_NELEM(intro_fields) },
};

const size_t guide_start_n_steps = GUIDE_NELEM(guide_start_steps);
