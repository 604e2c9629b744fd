/*
 * Del 3, Evaluering & effektmåling: the evaluation meetings as records,
 * the indicators with their statements, the measurements (in
 * guide-indicators.c and guide-measure.c), the progress charts and the
 * booklet's word on documentation for ESG.
 */
#include "config.h"

#include <stdlib.h>

#include "b2c/due.h"
#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/util.h"
#include "guide-impl.h"

static const struct meeting *
mtg_get(const struct session *s, const struct guide_ctx *c)
{
	return c->row < s->n_meetings ? &s->meetings[c->row] : NULL;
}

static struct meeting *
mtg_mut(struct session *s, const struct guide_ctx *c)
{
	return c->row < s->n_meetings ? &s->meetings[c->row] : NULL;
}

#define MTG_STR(name, member)						\
static char *								\
name##_get(const struct session *s, const struct guide_ctx *c)		\
{									\
	const struct meeting *m = mtg_get(s, c);			\
									\
	return guide_dup(m == NULL ? "" : m->member);			\
}									\
static int								\
name##_set(struct session *s, const struct guide_ctx *c,		\
    const char *v, char **cause)					\
{									\
	struct meeting *m = mtg_mut(s, c);				\
									\
	if (m == NULL)							\
		return guide_no_row(cause);				\
	return guide_put(&m->member, v, cause);				\
}

MTG_STR(participants, participants)
MTG_STR(experience, experience)
MTG_STR(learnings, learnings)
MTG_STR(adjust, adjust)
MTG_STR(decisions, decisions)

static char *
mdate_get(const struct session *s, const struct guide_ctx *c)
{
	const struct meeting *m = mtg_get(s, c);

	return guide_dup(m == NULL ? "" : m->date);
}

static int
mdate_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	struct meeting *m = mtg_mut(s, c);

	if (m == NULL)
		return guide_no_row(cause);
	return guide_put_date(&m->date, v, cause);
}

static size_t
mtg_count(const struct session *s, const struct guide_ctx *c)
{
	return s->n_meetings;
}

static char *
mplanned_get(const struct session *s, const struct guide_ctx *c)
{
	const struct meeting *m = mtg_get(s, c);

	return guide_dup(m == NULL ? "" : m->planned);
}

static int
mplanned_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	struct meeting *m = mtg_mut(s, c);

	if (m == NULL)
		return guide_no_row(cause);
	return guide_put_date(&m->planned, v, cause);
}

/* A new record offers the first meeting date agreed in Del 2 that no
 * record holds yet (b2c/due.h), as its date and the date it fulfils. */
static size_t
mtg_add(struct session *s, const struct guide_ctx *c)
{
	const char *planned = due_meeting_unheld(s);
	struct meeting *m = session_add_meeting(s);

	if (planned != NULL) {
		session_set_str(&m->date, planned);
		session_set_str(&m->planned, planned);
	}
	return s->n_meetings - 1;
}

static void
mtg_remove(struct session *s, const struct guide_ctx *c, size_t row)
{
	session_remove_meeting(s, row);
}

static void
mtg_move(struct session *s, const struct guide_ctx *c, size_t from,
    size_t to)
{
	session_move(s->meetings, s->n_meetings, sizeof *s->meetings, from,
	    to);
}

/* "15. marts 2026 · Anna, Bo" */
static char *
mtg_summary(const struct session *s, const struct guide_ctx *c)
{
	const struct meeting *m = mtg_get(s, c);
	char *date, *out;

	if (m == NULL)
		return guide_dup("");
	date = lang_format_date(m->date);
	out = xasprintf("%s · %s", date[0] != '\0' ? date : _("no date"),
	    m->participants[0] != '\0' ? m->participants :
	    _("no participants yet"));
	free(date);
	return out;
}

bool
guide_part3_indicators_content(const struct session *s)
{
	size_t i;

	for (i = 0; i < s->n_indicators; i++) {
		const struct indicator *ind = &s->indicators[i];

		if (ind->has_target || ind->n_statements > 0 ||
		    ind->comment[0] != '\0' || !ind->core)
			return true;
	}
	return false;
}

/* Every adopted indicator has a target, and a survey statement unless
 * it is a count. */
bool
guide_part3_indicators_filled(const struct session *s)
{
	size_t i;

	for (i = 0; i < s->n_indicators; i++) {
		const struct indicator *ind = &s->indicators[i];

		if (!ind->adopted)
			continue;
		if (!ind->has_target || (ind->kind == INDICATOR_PERCENT &&
		    ind->n_statements == 0))
			return false;
	}
	return true;
}

#define MFIELD(k, kd, lbl, hnt, req, name) \
	{ .key = k, .kind = kd, .label = lbl, .hint = hnt, \
	  .required = req, .get = name##_get, .set = name##_set }

static const struct guide_field meeting_columns[] = {
	MFIELD("part3.meeting.date", GUIDE_DATE, N_("Date"),
	    N_("E.g. 15-03-2026"), true, mdate),
	MFIELD("part3.meeting.participants", GUIDE_TEXT, N_("Participants"),
	    N_("Who took part"), true, participants),
	MFIELD("part3.meeting.experience", GUIDE_TEXTAREA,
	    N_("How do the company, the housing organisation and the "
	    "residents experience the new actions?"), NULL, false,
	    experience),
	MFIELD("part3.meeting.learnings", GUIDE_TEXTAREA,
	    N_("What have you learned since last time, and does it call for "
	    "changes?"), NULL, false, learnings),
	MFIELD("part3.meeting.adjust", GUIDE_TEXTAREA,
	    N_("Should you adjust the actions or re-allocate resources?"),
	    NULL, false, adjust),
	MFIELD("part3.meeting.decisions", GUIDE_TEXTAREA,
	    N_("Decisions: adjustments and re-allocations"),
	    N_("What you decided to change, and who does it"), false,
	    decisions),
	MFIELD("part3.meeting.planned", GUIDE_DATE,
	    N_("The meeting date agreed in Del 2 that this meeting fulfils"),
	    N_("Empty when it was not one of them; a date agreed and never "
	    "fulfilled shows as missed"), false, mplanned),
	{ .key = "part3.meeting.status", .kind = GUIDE_TABLE,
	  .label = N_("Where the actions and activities stand"),
	  .hint = N_("Mark what is done, postponed or cancelled; a status "
	  "given without a date takes the meeting's date"),
	  .count = guide_status_all_count,
	  .columns = guide_status_meeting_columns,
	  .n_columns = GUIDE_STATUS_N_COLUMNS },
};

static const struct guide_field meetings_fields[] = {
	{ .key = "part3.meetings", .kind = GUIDE_RECORDS,
	  .label = N_("Evaluation meetings"),
	  .hint = N_("Add a record for each meeting"),
	  .required = true, .count = mtg_count, .add = mtg_add,
	  .remove = mtg_remove, .move = mtg_move, .summary = mtg_summary,
	  .columns = meeting_columns,
	  .n_columns = GUIDE_NELEM(meeting_columns) },
	{ .key = "part3.ledger", .kind = GUIDE_RECORDS,
	  .label = N_("Resources given, per party and year"),
	  .hint = N_("What each party actually put in, beside what it "
	  "promised in Del 1"),
	  .count = guide_ledger_count, .add = guide_ledger_add,
	  .remove = guide_ledger_remove, .move = guide_ledger_move,
	  .summary = guide_ledger_summary, .columns = guide_ledger_columns,
	  .n_columns = GUIDE_LEDGER_N_COLUMNS },
};

static const struct guide_field progress_fields[] = {
	{ .key = "part3.progress", .kind = GUIDE_CHART,
	  .label = N_("Progress of the indicators") },
};

#define INFO_FIELD(k, lbl, body) \
	{ .key = k, .kind = GUIDE_INFO, .label = lbl, .hint = body }

static const struct guide_field esg_fields[] = {
	INFO_FIELD("part3.esg.report", N_("Documentation for ESG (S3 and S4)"),
	    N_("The social effects of the partnership can be reported under "
	    "the ESG standards S3 (affected communities) and S4 (consumers "
	    "and end-users). Report each indicator with its KPI definition, "
	    "target, baseline, the results of each year and a comment on "
	    "the analysis.")),
	INFO_FIELD("part3.esg.example", N_("The booklet's example"),
	    N_("Belonging: % who feel they belong to their neighbourhood, "
	    "target at least 85%, baseline 41%, year 1 43%. Trust: % who "
	    "trust their neighbours, target at least 80%, baseline 45%, "
	    "year 1 54%. Co-creating: % who feel heard and involved, target "
	    "at least 75%, baseline 22%, year 1 31%.")),
	INFO_FIELD("part3.esg.beboerdata",
	    N_("Resident data from Landsbyggefonden"),
	    N_("The housing organisation can check whether similar data is "
	    "available in Beboerdata on Landsbyggefonden's self-service "
	    "platform. Every second year Landsbyggefonden carries out a "
	    "safety survey in 198 estates across the country.")),
	INFO_FIELD("part3.esg.report_cmd", N_("Getting the report"),
	    N_("Your own documentation table (every indicator with its "
	    "target, baseline and each year's result, respondents and "
	    "uncertainty) is printed outside the wizard by the command "
	    "b2c report FILE; add --format html for a page to print or "
	    "--format csv for a spreadsheet. F4 shows the whole session "
	    "here, figures included.")),
};

static const struct guide_field review_fields[] = {
	{ .key = "part3.review", .kind = GUIDE_REVIEW,
	  .label = N_("Del 3 at a glance") },
};

#define STEP(k, ttl, gd, hp, f, n) \
	{ .key = k, .part = GUIDE_PART3, .title = ttl, .guidance = gd, \
	  .help = hp, .fields = f, .n_fields = n }

const struct guide_step guide_part3_steps[] = {
	STEP("part3.meetings", N_("Evaluation meetings"),
	    N_("Evaluate the actions 2-4 times a year with all partners: "
	    "adjust them, and re-allocate resources where needed."),
	    N_("Add a record for each meeting with its date and "
	    "participants, and write down the answers to the three "
	    "questions and what you decided."),
	    meetings_fields, GUIDE_NELEM(meetings_fields)),
	STEP("part3.indicators", N_("Indicators and statements"),
	    N_("Set the KPI definition and target of each indicator, and "
	    "write the statements residents will answer."),
	    N_("The measurement is site-specific, so there is no standard "
	    "questionnaire. Statements can be small stories, e.g. \"Since "
	    "Nortec set up indoor meeting places I trust my neighbours "
	    "more\". Count indicators, such as young people in internships, "
	    "need no statements."),
	    guide_all_indicators_fields, 1),
	STEP("part3.measurement", N_("Annual impact measurement"),
	    N_("Enter the answers of a measurement: for each statement, how "
	    "many residents answered each step from Strongly agree to "
	    "Strongly disagree, or the number for a count indicator."),
	    N_("The effect is the percentage answering the two most "
	    "positive steps (Strongly agree and Partly agree) of those who "
	    "answered one of the five steps: \"Don't know\" and blank "
	    "answers are counted and shown, but left out of that "
	    "percentage (32 positive of 50 answers and 4 \"Don't know\" is "
	    "64 %). Name the first measurement Baseline and the following "
	    "ones Year 1, Year 2 and so on. Aim for 50-100 residents from "
	    "varied groups."),
	    guide_measurement_fields, 1),
	STEP("part3.progress", N_("Progress"),
	    N_("How each indicator has developed against its target."),
	    N_("Each bar is the share answering the two most positive steps "
	    "in a period; the mark is the target."),
	    progress_fields, GUIDE_NELEM(progress_fields)),
	STEP("part3.esg", N_("Documentation and ESG"),
	    N_("Use the results in the S of your ESG reports."),
	    N_("Both the housing organisation and the company can use the "
	    "figures; decide together how you present them."),
	    esg_fields, GUIDE_NELEM(esg_fields)),
	STEP("part3.review", N_("Review of Del 3"),
	    N_("What is filled in and what is missing in the evaluation and "
	    "the measurement."),
	    N_("Choose a missing item to jump to its step."),
	    review_fields, GUIDE_NELEM(review_fields)),
};

const size_t guide_part3_n_steps = GUIDE_NELEM(guide_part3_steps);
