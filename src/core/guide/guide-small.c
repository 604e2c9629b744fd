/*
 * The small path as the booklet means it: a housing organisation asking
 * a company for one concrete thing (help with a summer party) brings a
 * concrete proposal, and the two sign a one-page agreement; Del 3 is a
 * follow-up, with the measurement there if they want it. The full Del 2
 * stays one choice away (part2.full), on the proposal's step and on the
 * agreement's, and nothing typed on either path is lost on the other.
 *
 * The agreement's sections are GUIDE_INFO fields whose get() writes the
 * text from the session, so the wizard, the line mode and the printed
 * agreement (b2c report --agreement) show the same page.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/guide-extra.h"
#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/textbuf.h"
#include "b2c/textnorm.h"
#include "b2c/util.h"
#include "guide-impl.h"

#define PR_STR(name, member)						\
static char *								\
name##_get(const struct session *s, const struct guide_ctx *c)		\
{									\
	return guide_dup(s->part2.proposal.member);			\
}									\
static int								\
name##_set(struct session *s, const struct guide_ctx *c,		\
    const char *v, char **cause)					\
{									\
	return guide_put(&s->part2.proposal.member, v, cause);		\
}

PR_STR(request, request)
PR_STR(offer, offer)
PR_STR(contact, contact)
PR_STR(role, role)

static char *
when_get(const struct session *s, const struct guide_ctx *c)
{
	return guide_dup(s->part2.proposal.date);
}

static int
when_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	return guide_put_date(&s->part2.proposal.date, v, cause);
}

/* An e-mail address as people write one: no blanks, one "@" with text
 * before it and a dot inside the domain after it. */
static bool
small_is_email(const char *p, size_t n)
{
	const char *at = memchr(p, '@', n), *dot;
	size_t i;

	for (i = 0; i < n; i++)
		if (isspace((unsigned char)p[i]) || p[i] == ',' || p[i] == ';')
			return false;
	if (at == NULL || at == p || memchr(at + 1, '@',
	    n - (size_t)(at - p) - 1) != NULL)
		return false;
	dot = memchr(at + 1, '.', n - (size_t)(at - p) - 1);
	return dot != NULL && dot > at + 1 && dot < p + n - 1;
}

/* A phone number: digits (6 to 15, as in E.164) with "+", blanks,
 * dashes, dots and brackets between them. */
static bool
small_is_phone(const char *p, size_t n)
{
	size_t i, digits = 0;

	for (i = 0; i < n; i++) {
		if (isdigit((unsigned char)p[i]))
			digits++;
		else if (strchr("+ -.()", p[i]) == NULL)
			return false;
	}
	return digits >= 6 && digits <= 15;
}

static char *
reach_get(const struct session *s, const struct guide_ctx *c)
{
	return guide_dup(s->part2.proposal.reach);
}

/* A phone number, an e-mail address, or both separated by "," or ";". */
static int
reach_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	char *t = textnorm_trim(v);
	const char *p = t, *end;
	size_t n;

	while (*p != '\0') {
		end = p + strcspn(p, ",;");
		while (p < end && *p == ' ')
			p++;
		n = (size_t)(end - p);
		while (n > 0 && p[n - 1] == ' ')
			n--;
		if (!small_is_email(p, n) && !small_is_phone(p, n)) {
			*cause = xasprintf(_("\"%.*s\" is neither a phone "
			    "number nor an e-mail address"), (int)n, p);
			free(t);
			return -1;
		}
		p = *end != '\0' ? end + 1 : end;
	}
	free(t);
	return guide_put(&s->part2.proposal.reach, v, cause);
}

static char *
full_get(const struct session *s, const struct guide_ctx *c)
{
	return guide_format_bool(s->part2.full);
}

static int
full_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	return guide_parse_bool(v, &s->part2.full, cause);
}

/* The agreement's sections. */

/* Appends "label: value", or the label and "(not filled in yet)". */
static void
small_line(struct textbuf *b, const char *label, const char *value)
{
	if (b->len > 0)
		textbuf_addc(b, '\n');
	textbuf_addf(b, "%s: %s", label, *value != '\0' ? value :
	    _("(not filled in yet)"));
}

static void
small_party(struct textbuf *b, const struct session *s, int p)
{
	const struct party *pa = &s->parties[p];
	char *name = guide_party_label(s, p), *who;

	who = *pa->role != '\0' && *pa->contact != '\0' ?
	    xasprintf("%s, %s", pa->contact, pa->role) :
	    xstrdup(*pa->contact != '\0' ? pa->contact : pa->role);
	small_line(b, p == PARTY_HOUSING ? _("Housing organisation") :
	    _("Company"), *pa->name != '\0' ? name : "");
	small_line(b, _("Contact person"), who);
	free(who);
	free(name);
}

static char *
parties_get(const struct session *s, const struct guide_ctx *c)
{
	struct textbuf b;

	textbuf_init(&b);
	small_party(&b, s, PARTY_HOUSING);
	small_party(&b, s, PARTY_COMPANY);
	if (*s->area != '\0')
		small_line(&b, _("Area"), s->area);
	return textbuf_detach(&b);
}

static char *
asked_get(const struct session *s, const struct guide_ctx *c)
{
	const struct proposal *pr = &s->part2.proposal;
	char *when = lang_format_date(pr->date);
	struct textbuf b;

	textbuf_init(&b);
	small_line(&b, _("What"), pr->request);
	small_line(&b, _("When"), when);
	free(when);
	return textbuf_detach(&b);
}

static char *
offered_get(const struct session *s, const struct guide_ctx *c)
{
	return guide_dup(*s->part2.proposal.offer != '\0' ?
	    s->part2.proposal.offer : _("(not filled in yet)"));
}

static char *
reach_text_get(const struct session *s, const struct guide_ctx *c)
{
	const struct proposal *pr = &s->part2.proposal;
	struct textbuf b;

	textbuf_init(&b);
	small_line(&b, _("Name"), pr->contact);
	if (*pr->role != '\0')
		small_line(&b, _("Role"), pr->role);
	small_line(&b, _("Phone or e-mail"), pr->reach);
	return textbuf_detach(&b);
}

/* A line to sign on per party, with its name. */
static char *
signatures_get(const struct session *s, const struct guide_ctx *c)
{
	struct textbuf b;
	char *name;
	int p;

	textbuf_init(&b);
	for (p = 0; p < PARTY_COUNT; p++) {
		name = guide_party_label(s, p);
		textbuf_addf(&b, "%s%s\n%s ____________   %s "
		    "______________________________", p > 0 ? "\n\n" : "",
		    name, _("Date"), _("Signature"));
		free(name);
	}
	return textbuf_detach(&b);
}

#define FIELD(k, kd, lbl, hnt, req, name) \
	{ .key = k, .kind = kd, .label = lbl, .hint = hnt, \
	  .required = req, .get = name##_get, .set = name##_set }
#define SHOWN(k, lbl, name) \
	{ .key = k, .kind = GUIDE_INFO, .label = lbl, .get = name##_get }
#define FULL_FIELD \
	FIELD("part2.full", GUIDE_CHECK, N_("Use the full Del 2 instead"), \
	    N_("All nine steps: shared priorities, actions, annual wheel, " \
	    "meeting dates and measurement plan. Nothing typed is lost " \
	    "either way."), false, full)

static const struct guide_field proposal_fields[] = {
	FIELD("part2.proposal.request", GUIDE_TEXTAREA,
	    N_("What do you ask the company for?"),
	    N_("One concrete thing, e.g. \"Help with the summer party: a "
	    "grill, two volunteers and prizes for the raffle\""), true,
	    request),
	FIELD("part2.proposal.date", GUIDE_DATE, N_("When"),
	    N_("The day it happens, e.g. 20-06-2027"), true, when),
	FIELD("part2.proposal.offer", GUIDE_TEXTAREA,
	    N_("What do you offer in return?"),
	    N_("E.g. the company's name on the invitation, a stand at the "
	    "party, contact with young people looking for jobs"), true,
	    offer),
	FIELD("part2.proposal.contact", GUIDE_TEXT,
	    N_("Contact person for the proposal"),
	    N_("Whom the company reaches about it"), true, contact),
	FIELD("part2.proposal.role", GUIDE_TEXT, N_("Role"),
	    N_("E.g. social housing coordinator"), false, role),
	FIELD("part2.proposal.reach", GUIDE_TEXT, N_("Phone or e-mail"),
	    N_("E.g. 43 45 67 89 or anna@bo-vest.dk; both, separated by a "
	    "comma"), true, reach),
	FULL_FIELD,
};

static const struct guide_field agreement_fields[] = {
	FULL_FIELD,
	{ .key = "part2.review", .kind = GUIDE_REVIEW,
	  .label = N_("Del 2 at a glance") },
	SHOWN("part2.agreement.parties", N_("The parties"), parties),
	SHOWN("part2.agreement.asked", N_("What the housing organisation asks "
	    "for"), asked),
	SHOWN("part2.agreement.offered", N_("What the housing organisation "
	    "offers in return"), offered),
	SHOWN("part2.agreement.contact", N_("Contact about the agreement"),
	    reach_text),
	SHOWN("part2.agreement.signatures", N_("Signatures"), signatures),
};

const struct guide_step guide_proposal_step = {
	.key = "part2.proposal", .part = GUIDE_PART2,
	.title = N_("Concrete proposal"),
	.guidance = N_("In a small partnership the housing organisation "
	"brings the company one concrete proposal and sees whether it "
	"suits the company: what you ask for, when, and what you offer in "
	"return."),
	.help = N_("The booklet: a housing organisation looking for help "
	"with one specific thing, such as a summer party, can bring a "
	"concrete proposal for the agreement. The next step is the "
	"agreement on one page, ready to print and sign. If the "
	"partnership grows, tick \"Use the full Del 2 instead\"."),
	.fields = proposal_fields, .n_fields = GUIDE_NELEM(proposal_fields)
};

const struct guide_step guide_agreement_step = {
	.key = "part2.agreement", .part = GUIDE_PART2,
	.title = N_("Agreement on one page"),
	.guidance = N_("The agreement to print and sign: b2c report "
	"--agreement FILE prints it on one A4 page."),
	.help = N_("Everything on this page comes from the proposal and "
	"the parties at the start; change it there. Add --format html "
	"for a page to print from a browser."),
	.fields = agreement_fields, .n_fields = GUIDE_NELEM(agreement_fields)
};

const struct guide_step *
guide_agreement(void)
{
	return &guide_agreement_step;
}

/* Del 3 on the small path: the follow-up. */

static const char *const followup_choices[] = {
	N_("Not yet"), N_("Yes, it happened"), N_("Postponed"),
	N_("Cancelled"), NULL
};

static char *
fu_status_get(const struct session *s, const struct guide_ctx *c)
{
	return guide_format_choice((int)s->followup.status);
}

static int
fu_status_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	int i;

	if (guide_parse_choice(v, 4, &i, cause) != 0)
		return -1;
	s->followup.status = (enum activity_status)i;
	return 0;
}

#define FU_STR(name, member)						\
static char *								\
name##_get(const struct session *s, const struct guide_ctx *c)		\
{									\
	return guide_dup(s->followup.member);				\
}									\
static int								\
name##_set(struct session *s, const struct guide_ctx *c,		\
    const char *v, char **cause)					\
{									\
	return guide_put(&s->followup.member, v, cause);		\
}

FU_STR(fu_how, how)
FU_STR(fu_next, next_time)

static char *
fu_date_get(const struct session *s, const struct guide_ctx *c)
{
	return guide_dup(s->followup.date);
}

static int
fu_date_set(struct session *s, const struct guide_ctx *c, const char *v,
    char **cause)
{
	return guide_put_date(&s->followup.date, v, cause);
}

static const struct guide_field followup_fields[] = {
	{ .key = "part3.followup.status", .kind = GUIDE_CHOICE,
	  .label = N_("Did it happen?"), .choices = followup_choices,
	  .get = fu_status_get, .set = fu_status_set },
	FIELD("part3.followup.date", GUIDE_DATE, N_("Date"),
	    N_("When it happened, or the new date"), false, fu_date),
	FIELD("part3.followup.how", GUIDE_TEXTAREA, N_("How did it go?"),
	    N_("For the company, the housing organisation and the "
	    "residents"), true, fu_how),
	FIELD("part3.followup.next_time", GUIDE_TEXTAREA,
	    N_("Next time?"),
	    N_("Would you do it again, and what would you change?"), false,
	    fu_next),
};

static const struct guide_field review3_fields[] = {
	{ .key = "part3.review", .kind = GUIDE_REVIEW,
	  .label = N_("Del 3 at a glance") },
};

const struct guide_step guide_small3_steps[] = {
	{ .key = "part3.followup", .part = GUIDE_PART3,
	  .title = N_("Follow-up"),
	  .guidance = N_("After the day: did it happen, how did it go, and "
	  "what about next time?"),
	  .help = N_("Talk it over with the company soon after. A good "
	  "follow-up is the start of the next proposal, or of a larger "
	  "partnership."),
	  .fields = followup_fields,
	  .n_fields = GUIDE_NELEM(followup_fields) },
	{ .key = "part3.measurement", .part = GUIDE_PART3, .optional = true,
	  .title = N_("Impact measurement (optional)"),
	  .guidance = N_("If you asked residents how they experience the "
	  "area, enter the answers here. A small partnership need not "
	  "measure."),
	  .help = N_("The effect is the percentage answering the two most "
	  "positive steps of those who answered one of the five steps. "
	  "Name the first measurement Baseline."),
	  .fields = guide_measurement_fields, .n_fields = 1 },
	{ .key = "part3.review", .part = GUIDE_PART3,
	  .title = N_("Review of Del 3"),
	  .guidance = N_("What is filled in and what is missing in the "
	  "follow-up."),
	  .help = N_("Choose a missing item to jump to its step."),
	  .fields = review3_fields, .n_fields = GUIDE_NELEM(review3_fields) },
};

const size_t guide_small3_n_steps = GUIDE_NELEM(guide_small3_steps);
