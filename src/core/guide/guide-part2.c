/*
 * Del 2, Fælles rammesætning: both parties together. Shared priorities
 * (the three indicators, the site-specific ones both adopt, the five
 * discussion questions, other resources) and the partnership agreement
 * (actions, årshjul, evaluation meeting dates, the measurement plan).
 * An årshjul activity has a month or a date: a date implies its month,
 * so the month column shows the date's month and cannot contradict it.
 */
#include "config.h"

#include <string.h>

#include "b2c/date.h"
#include "b2c/i18n.h"
#include "b2c/util.h"
#include "guide-impl.h"

#define P2_STR(name, member)						\
static char *								\
name##_get(const struct session *s, const struct guide_ctx *c)		\
{									\
	return guide_dup(s->part2.member);				\
}									\
static int								\
name##_set(struct session *s, const struct guide_ctx *c,		\
    const char *v, char **cause)					\
{									\
	return guide_put(&s->part2.member, v, cause);			\
}

#define P2_BOOL(name, member)						\
static char *								\
name##_get(const struct session *s, const struct guide_ctx *c)		\
{									\
	return guide_format_bool(s->part2.member);			\
}									\
static int								\
name##_set(struct session *s, const struct guide_ctx *c,		\
    const char *v, char **cause)					\
{									\
	return guide_parse_bool(v, &s->part2.member, cause);		\
}

P2_STR(notes, indicator_notes)
P2_STR(q_challenges, q_challenges)
P2_STR(q_actions, q_actions)
P2_STR(q_resources, q_resources)
P2_STR(q_indicators, q_indicators)
P2_STR(q_other, q_other_resources)
P2_STR(other_note, other_resources_note)
P2_STR(plan_scope, plan.scope)
P2_BOOL(use_municipality, use_municipality)
P2_BOOL(use_helhedsplan, use_helhedsplan)
P2_BOOL(use_boligsocial, use_boligsocial)
P2_BOOL(use_companies, use_other_companies)

/* String lists: the agreed actions and the evaluation meeting dates. */

static char *
action_get(const struct session *s, const struct guide_ctx *c)
{
	const struct part2 *p = &s->part2;

	return guide_dup(c->row < p->n_actions ? p->actions[c->row] : "");
}

static int
action_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	struct part2 *p = &s->part2;

	if (c->row >= p->n_actions)
		return guide_no_row(cause);
	return guide_put(&p->actions[c->row], v, cause);
}

static size_t
action_count(const struct session *s, const struct guide_ctx *c)
{
	return s->part2.n_actions;
}

static size_t
action_add(struct session *s, const struct guide_ctx *c)
{
	session_add_action(&s->part2, "");
	return s->part2.n_actions - 1;
}

static void
action_remove(struct session *s, const struct guide_ctx *c, size_t row)
{
	session_remove_action(&s->part2, row);
}

static void
action_move(struct session *s, const struct guide_ctx *c, size_t from,
    size_t to)
{
	session_move_action(&s->part2, from, to);
}

static char *
mdate_get(const struct session *s, const struct guide_ctx *c)
{
	const struct part2 *p = &s->part2;

	return guide_dup(c->row < p->n_meeting_dates ?
	    p->meeting_dates[c->row] : "");
}

static int
mdate_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	struct part2 *p = &s->part2;

	if (c->row >= p->n_meeting_dates)
		return guide_no_row(cause);
	return guide_put_date(&p->meeting_dates[c->row], v, cause);
}

static size_t
mdate_count(const struct session *s, const struct guide_ctx *c)
{
	return s->part2.n_meeting_dates;
}

static size_t
mdate_add(struct session *s, const struct guide_ctx *c)
{
	session_add_meeting_date(&s->part2, "");
	return s->part2.n_meeting_dates - 1;
}

static void
mdate_remove(struct session *s, const struct guide_ctx *c, size_t row)
{
	session_remove_meeting_date(&s->part2, row);
}

static void
mdate_move(struct session *s, const struct guide_ctx *c, size_t from,
    size_t to)
{
	struct part2 *p = &s->part2;

	session_move(p->meeting_dates, p->n_meeting_dates,
	    sizeof *p->meeting_dates, from, to);
}

/* The årshjul: one activity per row. */

static const struct activity *
act_get(const struct session *s, const struct guide_ctx *c)
{
	return c->row < s->part2.n_wheel ? &s->part2.wheel[c->row] : NULL;
}

static struct activity *
act_mut(struct session *s, const struct guide_ctx *c)
{
	return c->row < s->part2.n_wheel ? &s->part2.wheel[c->row] : NULL;
}

static char *
act_month_get(const struct session *s, const struct guide_ctx *c)
{
	const struct activity *a = act_get(s, c);
	int y, m, d;

	if (a == NULL)
		return guide_dup("");
	if (a->month == 0 && date_split(a->date, &y, &m, &d) == 0)
		return guide_format_choice(m);
	return guide_format_choice(a->month);
}

static int
act_month_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	struct activity *a = act_mut(s, c);
	int i, y, m, d;

	if (a == NULL)
		return guide_no_row(cause);
	if (guide_parse_choice(v, 13, &i, cause) != 0)
		return -1;
	if (date_split(a->date, &y, &m, &d) == 0) {
		if (i == m)
			return 0;
		*cause = xstrdup(_("The date already decides the month; "
		    "clear the date first"));
		return -1;
	}
	a->month = i;
	return 0;
}

static char *
act_date_get(const struct session *s, const struct guide_ctx *c)
{
	const struct activity *a = act_get(s, c);

	return guide_dup(a == NULL ? "" : a->date);
}

static int
act_date_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	struct activity *a = act_mut(s, c);

	if (a == NULL)
		return guide_no_row(cause);
	if (guide_put_date(&a->date, v, cause) != 0)
		return -1;
	if (a->date[0] != '\0')
		a->month = 0;
	return 0;
}

#define ACT_STR(name, member)						\
static char *								\
name##_get(const struct session *s, const struct guide_ctx *c)		\
{									\
	const struct activity *a = act_get(s, c);			\
									\
	return guide_dup(a == NULL ? "" : a->member);			\
}									\
static int								\
name##_set(struct session *s, const struct guide_ctx *c,		\
    const char *v, char **cause)					\
{									\
	struct activity *a = act_mut(s, c);				\
									\
	if (a == NULL)							\
		return guide_no_row(cause);				\
	return guide_put(&a->member, v, cause);				\
}

ACT_STR(act_title, title)
ACT_STR(act_role, role)

static const char *const responsible_choices[] = {
	guide_not_set, N_("Housing organisation"), N_("Company"), N_("Both"),
	N_("Someone else"), NULL
};

static char *
act_resp_get(const struct session *s, const struct guide_ctx *c)
{
	const struct activity *a = act_get(s, c);

	return a == NULL ? guide_dup("") :
	    guide_format_choice((int)a->responsible);
}

static int
act_resp_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	struct activity *a = act_mut(s, c);
	int i;

	if (a == NULL)
		return guide_no_row(cause);
	if (guide_parse_choice(v, 5, &i, cause) != 0)
		return -1;
	a->responsible = (enum responsible)i;
	return 0;
}

static size_t
act_count(const struct session *s, const struct guide_ctx *c)
{
	return s->part2.n_wheel;
}

static size_t
act_add(struct session *s, const struct guide_ctx *c)
{
	session_add_activity(&s->part2);
	return s->part2.n_wheel - 1;
}

static void
act_remove(struct session *s, const struct guide_ctx *c, size_t row)
{
	session_remove_activity(&s->part2, row);
}

static void
act_move(struct session *s, const struct guide_ctx *c, size_t from,
    size_t to)
{
	struct part2 *p = &s->part2;

	session_move(p->wheel, p->n_wheel, sizeof *p->wheel, from, to);
}

/* The measurement plan. */

static char *
plan_month_get(const struct session *s, const struct guide_ctx *c)
{
	return guide_format_choice(s->part2.plan.month);
}

static int
plan_month_set(struct session *s, const struct guide_ctx *c,
    const char *v, char **cause)
{
	return guide_parse_choice(v, 13, &s->part2.plan.month, cause);
}

static char *
plan_sample_get(const struct session *s, const struct guide_ctx *c)
{
	int n = s->part2.plan.sample_size;

	return n == 0 ? guide_dup("") : guide_format_long(n);
}

static int
plan_sample_set(struct session *s, const struct guide_ctx *c,
    const char *v, char **cause)
{
	long n;
	bool empty;

	if (guide_parse_count(v, &n, &empty, cause) != 0)
		return -1;
	if (n > 1000000) {
		*cause = xstrdup(_("That is more residents than any estate "
		    "has"));
		return -1;
	}
	s->part2.plan.sample_size = (int)n;
	return 0;
}

#define FIELD(k, kd, lbl, hnt, req, name) \
	{ .key = k, .kind = kd, .label = lbl, .hint = hnt, \
	  .required = req, .get = name##_get, .set = name##_set }
#define CHOICE_FIELD(k, lbl, req, ch, name) \
	{ .key = k, .kind = GUIDE_CHOICE, .label = lbl, .choices = ch, \
	  .required = req, .get = name##_get, .set = name##_set }
#define INFO_FIELD(k, lbl, body) \
	{ .key = k, .kind = GUIDE_INFO, .label = lbl, .hint = body }

static const struct guide_field indicators_fields[] = {
	INFO_FIELD("part2.info.belonging", N_("Belonging (versus isolation)"),
	    N_("The experience of ownership, pride and identification with "
	    "the area. Its opposite is isolation.")),
	INFO_FIELD("part2.info.trust", N_("Trust (versus suspicion)"),
	    N_("The experience of trust in strangers and neighbours. Its "
	    "opposite is suspicion.")),
	INFO_FIELD("part2.info.cocreation",
	    N_("Co-creating (versus non-participant)"),
	    N_("Having the chance to get involved socially and "
	    "organisationally. Its opposite is not taking part.")),
	FIELD("part2.indicator_notes", GUIDE_TEXTAREA,
	    N_("Your notes from going through the three indicators"),
	    N_("What does each indicator mean in your area?"), true, notes),
};

static const struct guide_field questions_fields[] = {
	FIELD("part2.q_challenges", GUIDE_TEXTAREA,
	    N_("Which challenges or opportunities are in focus in the "
	    "area?"), NULL, true, q_challenges),
	FIELD("part2.q_actions", GUIDE_TEXTAREA,
	    N_("Which concrete actions could you do together to address "
	    "them?"), NULL, true, q_actions),
	FIELD("part2.q_resources", GUIDE_TEXTAREA,
	    N_("Which resources will you use?"), NULL, true, q_resources),
	FIELD("part2.q_indicators", GUIDE_TEXTAREA,
	    N_("Are there site-specific social indicators you want to add "
	    "to the three?"), NULL, false, q_indicators),
	FIELD("part2.q_other_resources", GUIDE_TEXTAREA,
	    N_("Are there other resources you can draw in?"),
	    N_("E.g. the municipality, the comprehensive plan, the social "
	    "housing effort or other companies"), false, q_other),
};

static const struct guide_field other_fields[] = {
	FIELD("part2.use_municipality", GUIDE_CHECK, N_("The municipality"),
	    NULL, false, use_municipality),
	FIELD("part2.use_helhedsplan", GUIDE_CHECK,
	    N_("The comprehensive plan (helhedsplan)"), NULL, false,
	    use_helhedsplan),
	FIELD("part2.use_boligsocial", GUIDE_CHECK,
	    N_("The social housing effort (boligsocial indsats)"), NULL,
	    false, use_boligsocial),
	FIELD("part2.use_other_companies", GUIDE_CHECK,
	    N_("Other companies"), NULL, false, use_companies),
	FIELD("part2.other_resources_note", GUIDE_TEXTAREA,
	    N_("How will you draw them in?"), NULL, false, other_note),
};

static const struct guide_field actions_fields[] = {
	{ .key = "part2.actions", .kind = GUIDE_LIST,
	  .label = N_("Actions, initiatives, events or activities of the "
	  "partnership"),
	  .hint = N_("One action per line, e.g. \"Summer party in the "
	  "common house\""),
	  .required = true, .get = action_get, .set = action_set,
	  .count = action_count, .add = action_add, .remove = action_remove,
	  .move = action_move },
	{ .key = "part2.action_status", .kind = GUIDE_TABLE,
	  .label = N_("Where each action stands"),
	  .hint = N_("Planned until you say otherwise; a meeting record in "
	  "Del 3 can mark them too"),
	  .count = guide_status_action_count,
	  .columns = guide_status_action_columns,
	  .n_columns = GUIDE_STATUS_N_COLUMNS },
};

static const struct guide_field wheel_columns[] = {
	CHOICE_FIELD("part2.wheel.month", N_("Month"), false,
	    guide_month_choices, act_month),
	FIELD("part2.wheel.date", GUIDE_DATE, N_("Date"),
	    N_("If you know the exact day, e.g. 15-06-2026"), false,
	    act_date),
	FIELD("part2.wheel.activity", GUIDE_TEXT, N_("Activity"), NULL,
	    false, act_title),
	CHOICE_FIELD("part2.wheel.responsible", N_("Responsible"), false,
	    responsible_choices, act_resp),
	FIELD("part2.wheel.role", GUIDE_TEXT, N_("Roles"),
	    N_("Who does what"), false, act_role),
};

static const struct guide_field wheel_fields[] = {
	{ .key = "part2.wheel", .kind = GUIDE_TABLE,
	  .label = N_("Activities through the year"),
	  .required = true, .count = act_count, .add = act_add,
	  .remove = act_remove, .move = act_move, .columns = wheel_columns,
	  .n_columns = GUIDE_NELEM(wheel_columns) },
	{ .key = "part2.wheel_status", .kind = GUIDE_TABLE,
	  .label = N_("Where each activity stands"),
	  .hint = N_("Planned until you say otherwise; a meeting record in "
	  "Del 3 can mark them too"),
	  .count = guide_status_wheel_count,
	  .columns = guide_status_wheel_columns,
	  .n_columns = GUIDE_STATUS_N_COLUMNS },
};

static const struct guide_field meetings_fields[] = {
	{ .key = "part2.meeting_dates", .kind = GUIDE_LIST,
	  .label = N_("Dates of the quarterly evaluation meetings"),
	  .hint = N_("One date per line, e.g. 15-03-2026"),
	  .required = true, .get = mdate_get, .set = mdate_set,
	  .count = mdate_count, .add = mdate_add, .remove = mdate_remove,
	  .move = mdate_move },
};

static const struct guide_field plan_fields[] = {
	CHOICE_FIELD("part2.plan.month",
	    N_("Month of the annual measurement"), true, guide_month_choices,
	    plan_month),
	FIELD("part2.plan.scope", GUIDE_TEXTAREA,
	    N_("Scope: who is asked, how, and do you measure together or "
	    "separately?"), NULL, true, plan_scope),
	FIELD("part2.plan.sample_size", GUIDE_NUMBER,
	    N_("Target number of respondents"),
	    N_("A good measurement asks 50-100 residents from varied "
	    "groups"), false, plan_sample),
};

static const struct guide_field review_fields[] = {
	{ .key = "part2.review", .kind = GUIDE_REVIEW,
	  .label = N_("Del 2 at a glance") },
};

#define STEP(k, ttl, gd, hp, f) \
	{ .key = k, .part = GUIDE_PART2, .title = ttl, .guidance = gd, \
	  .help = hp, .fields = f, .n_fields = GUIDE_NELEM(f) }

const struct guide_step guide_part2_steps[] = {
	STEP("part2.indicators", N_("Shared priorities"),
	    N_("You are now ready to meet and discuss whether there is a "
	    "good match. Start by going through the three indicators "
	    "together."),
	    N_("The three indicators come from the Danish Health "
	    "Authority's mental health scale. Talk about what each means "
	    "in your area and write down what you agree on."),
	    indicators_fields),
	{ .key = "part2.site_indicators", .part = GUIDE_PART2,
	  .title = N_("Site-specific indicators"),
	  .guidance = N_("Which site-specific indicators do you both want "
	  "to contribute to? Start from what each of you proposed in "
	  "Del 1."),
	  .help = N_("Add an indicator for each local focus, e.g. safety "
	  "(% who feel safe in the neighbourhood) or young people in "
	  "internships (a count). Mark the ones you both adopt: they are "
	  "the ones to measure in Del 3 (one measured without being "
	  "adopted is shown marked as not adopted by both parties)."),
	  .fields = guide_site_indicators_fields, .n_fields = 2 },
	STEP("part2.questions", N_("Discussion questions"),
	    N_("Discuss the questions below, starting from your "
	    "preparation in Del 1."),
	    N_("Write down what you agree on. The answers become the "
	    "basis of the partnership agreement in the next steps."),
	    questions_fields),
	STEP("part2.other_resources", N_("Other resources"),
	    N_("Are there others who can contribute to the partnership?"),
	    N_("Tick the ones you will involve and describe how."),
	    other_fields),
	STEP("part2.actions", N_("Partnership agreement"),
	    N_("Agree on the actions, initiatives, events or activities the "
	    "partnership contains."),
	    N_("A housing organisation looking for help with one specific "
	    "thing, such as a summer party, can bring a concrete proposal "
	    "and see whether it suits the company."),
	    actions_fields),
	STEP("part2.wheel", N_("Annual wheel"),
	    N_("Place each activity in the year, with roles and who is "
	    "responsible."),
	    N_("Give a month, or an exact date if you know it. Choose who "
	    "is responsible and describe the roles."), wheel_fields),
	STEP("part2.meetings", N_("Evaluation meeting dates"),
	    N_("Set the dates of the quarterly evaluation meetings."),
	    N_("Type dates as 15-03-2026, 15 March 2026, 15.03.2026 or "
	    "2026-03-15. Evaluate 2-4 times a year with all partners."),
	    meetings_fields),
	STEP("part2.plan", N_("Measurement plan"),
	    N_("Agree on the scope and timing of an annual impact "
	    "measurement."),
	    N_("The measurement asks residents how they experience the "
	    "indicators. A good measurement needs the right questions and "
	    "a representative sample of 50-100 residents from varied "
	    "groups. Housing organisations may combine it with systems "
	    "such as Almenkompas."), plan_fields),
	STEP("part2.review", N_("Review of Del 2"),
	    N_("What is filled in and what is missing in the shared "
	    "framing and the agreement."),
	    N_("Choose a missing item to jump to its step."), review_fields),
};

const size_t guide_part2_n_steps = GUIDE_NELEM(guide_part2_steps);
