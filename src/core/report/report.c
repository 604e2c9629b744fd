/*
 * The order of a report: the session walked once, front matter, Del 1 per
 * party, Del 2, Del 3, calling the renderer for each piece. What is shown
 * and in what order lives here only, so every format tells the same story.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/adoption.h"
#include "b2c/conflict-spot.h"
#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/overview.h"
#include "b2c/util.h"
#include "report-private.h"

static void
field_or_missing(struct report *r, const char *label, const char *value)
{
	r->ops->field(r, label, *value != '\0' ? value : _("(not answered)"));
}

static void
field_if(struct report *r, const char *label, const char *value)
{
	if (*value != '\0')
		r->ops->field(r, label, value);
}

/* A party's name, and its contact person on a line of its own. */
static char *
party_text(const struct party *pa)
{
	const char *sep = *pa->name != '\0' ? "\n" : "";

	/* TRANSLATORS: the party's name, a line break (or nothing when
	 * there is no name), then its contact person and role. */
	if (*pa->contact != '\0' && *pa->role != '\0')
		return xasprintf(_("%s%sContact: %s, %s"), pa->name, sep,
		    pa->contact, pa->role);
	if (*pa->contact != '\0' || *pa->role != '\0')
		return xasprintf(_("%s%sContact: %s"), pa->name, sep,
		    *pa->contact != '\0' ? pa->contact : pa->role);
	return xstrdup(pa->name);
}

static void
walk_front(struct report *r)
{
	const struct session *s = r->s;
	char *v;
	int p;

	field_if(r, _("Area"), s->area);
	for (p = 0; p < PARTY_COUNT; p++) {
		v = party_text(&s->parties[p]);
		field_or_missing(r, report_party_kind(p), v);
		free(v);
	}
	r->ops->field(r, _("Partnership"), s->large ?
	    _("large (both parties fill in Part 1)") :
	    _("small (the housing organisation fills in Part 1)"));
	if (*s->created != '\0') {
		v = overview_when_local(s->created);
		r->ops->field(r, _("Created"), v);
		free(v);
	}
	if (*s->modified != '\0') {
		char *when = overview_when_local(s->modified);

		v = *s->saved_by != '\0' ? xasprintf(_("%s by %s"), when,
		    s->saved_by) : xstrdup(when);
		r->ops->field(r, _("Last saved"), v);
		free(when);
		free(v);
	}
}

static void
walk_resources(struct report *r, const struct part1 *p1)
{
	char *v;
	size_t i;

	if (p1->n_resources == 0) {
		r->ops->field(r, _("Resources"), _("(none given)"));
		return;
	}
	r->ops->field(r, _("Resources"), "");
	r->ops->list_begin(r, false);
	for (i = 0; i < p1->n_resources; i++) {
		v = report_resource_text(&p1->resources[i], true);
		r->ops->item(r, v);
		free(v);
	}
	r->ops->list_end(r);
}

static void
walk_points(struct report *r, const struct part1 *p1)
{
	int i, n = 0;

	for (i = 0; i < SESSION_POINTS; i++)
		n += *p1->points[i] != '\0';
	if (n == 0) {
		r->ops->field(r, _("The five most important points"),
		    _("(not answered)"));
		return;
	}
	r->ops->field(r, _("The five most important points"), "");
	r->ops->list_begin(r, true);
	for (i = 0; i < SESSION_POINTS; i++) {
		r->item_no = i + 1;
		if (*p1->points[i] != '\0')
			r->ops->item(r, p1->points[i]);
	}
	r->ops->list_end(r);
}

static void
walk_part1(struct report *r, int party)
{
	const struct part1 *p1 = &r->s->part1[party];
	char *h;

	h = *r->s->parties[party].name != '\0' ? xasprintf("%s: %s",
	    report_party_kind(party), r->s->parties[party].name) :
	    xstrdup(report_party_kind(party));
	r->ops->heading(r, 3, h);
	free(h);
	field_or_missing(r, _("Challenges or opportunities in focus"),
	    p1->challenges);
	field_or_missing(r, _("Initiatives"), p1->initiatives);
	field_or_missing(r, _("How the initiatives promote the three "
	    "indicators"), p1->indicator_promotion);
	field_or_missing(r, _("Site-specific indicators to add"),
	    p1->proposed_indicators);
	walk_resources(r, p1);
	/* A small partnership is not asked again in Del 1. */
	r->ops->field(r, _("Expected partnership"),
	    p1->expected_size == SIZE_SMALL || (!r->s->large &&
	    p1->expected_size == SIZE_UNSET) ?
	    _("smaller (a single activity)") :
	    p1->expected_size == SIZE_LARGE ?
	    _("larger (a longer collaboration)") : _("(not answered)"));
	field_or_missing(r, _("Interest in the partnership"), p1->interest);
	walk_points(r, p1);
}

static void
walk_drawn_in(struct report *r)
{
	const struct part2 *p2 = &r->s->part2;
	struct textbuf b;
	char *v;

	textbuf_init(&b);
	if (p2->use_municipality)
		textbuf_addf(&b, "%s, ", _("the municipality"));
	if (p2->use_helhedsplan)
		textbuf_addf(&b, "%s, ", _("the helhedsplan"));
	if (p2->use_boligsocial)
		textbuf_addf(&b, "%s, ", _("the boligsocial effort"));
	if (p2->use_other_companies)
		textbuf_addf(&b, "%s, ", _("other companies"));
	textbuf_trim(&b, ' ');
	textbuf_trim(&b, ',');
	if (*p2->other_resources_note != '\0')
		textbuf_addf(&b, "%s%s", b.len != 0 ? ". " : "",
		    p2->other_resources_note);
	v = textbuf_detach(&b);
	field_if(r, _("Also drawing in"), v);
	free(v);
}

static void
walk_adopted(struct report *r)
{
	const struct session *s = r->s;
	char *v;

	size_t pos = 0;
	long i;

	/* Measured without being adopted: listed too, marked, last. */
	r->ops->field(r, _("Indicators of the partnership"), "");
	r->ops->list_begin(r, false);
	while ((i = adoption_next(s, &pos)) >= 0) {
		v = adoption_name(&s->indicators[i], true);
		r->ops->item(r, v);
		free(v);
	}
	r->ops->list_end(r);
}

static void
walk_plan(struct report *r)
{
	const struct part2 *p2 = &r->s->part2;
	const struct measurement_plan *pl = &p2->plan;
	struct textbuf b;
	size_t i;
	char *v;

	if (p2->n_meeting_dates == 0)
		r->ops->field(r, _("Evaluation meetings planned"),
		    _("(none planned yet)"));
	else {
		r->ops->field(r, _("Evaluation meetings planned"), "");
		r->ops->list_begin(r, false);
		for (i = 0; i < p2->n_meeting_dates; i++) {
			v = lang_format_date(p2->meeting_dates[i]);
			r->ops->item(r, v);
			free(v);
		}
		r->ops->list_end(r);
	}
	textbuf_init(&b);
	if (pl->month >= 1 && pl->month <= 12)
		textbuf_addf(&b, _("In %s. "), report_month_name(pl->month));
	if (pl->sample_size > 0)
		textbuf_addf(&b, _("Target sample: %d residents. "),
		    pl->sample_size);
	textbuf_adds(&b, pl->scope);
	textbuf_trim(&b, ' ');
	v = textbuf_detach(&b);
	field_or_missing(r, _("Annual impact measurement"), v);
	free(v);
}

static void
walk_agreement(struct report *r)
{
	const struct part2 *p2 = &r->s->part2;
	size_t i;

	r->ops->heading(r, 3, _("Partnership agreement"));
	if (p2->n_actions == 0)
		r->ops->field(r, _("Actions"), _("(none agreed yet)"));
	else {
		r->ops->field(r, _("Actions"), "");
		r->ops->list_begin(r, false);
		for (i = 0; i < p2->n_actions; i++) {
			const struct action_state *st =
			    session_action_state(p2, i);
			char *v = st == NULL ? xstrdup(p2->actions[i]) :
			    report_with_status(p2->actions[i], st->status,
			    st->date);

			r->ops->item(r, v);
			free(v);
		}
		r->ops->list_end(r);
	}
	if (p2->n_wheel == 0)
		r->ops->field(r, _("Annual wheel"), _("(no activities yet)"));
	else {
		r->ops->field(r, _("Annual wheel"), "");
		r->ops->wheel(r);
	}
	walk_plan(r);
}

static void
walk_part2(struct report *r)
{
	const struct part2 *p2 = &r->s->part2;

	r->ops->heading(r, 2, _("Part 2 - Shared framing"));
	if (report_proposal_shown(r->s))
		report_proposal(r);
	if (session_small_path(r->s))
		return;		/* the proposal is all the short path asks */
	r->ops->heading(r, 3, _("Shared priorities"));
	field_if(r, _("Notes on the three indicators"), p2->indicator_notes);
	field_or_missing(r, _("Challenges or opportunities in focus"),
	    p2->q_challenges);
	field_or_missing(r, _("Concrete joint actions"), p2->q_actions);
	field_or_missing(r, _("Resources to be used"), p2->q_resources);
	field_or_missing(r, _("Site-specific social indicators"),
	    p2->q_indicators);
	field_or_missing(r, _("Other resources to draw in"),
	    p2->q_other_resources);
	walk_drawn_in(r);
	walk_adopted(r);
	walk_agreement(r);
}

/* Meetings by date; undated ones last, ties in file order. */
static int
meeting_cmp(const void *a, const void *b)
{
	const struct meeting *const *ma = a, *const *mb = b;
	int da = *(*ma)->date == '\0', db = *(*mb)->date == '\0', c;

	if (da != db)
		return da - db;
	c = strcmp((*ma)->date, (*mb)->date);
	if (c != 0)
		return c;
	return *ma < *mb ? -1 : *ma > *mb;
}

static void
walk_meetings(struct report *r)
{
	const struct session *s = r->s;
	const struct meeting **order;
	size_t i;

	r->ops->heading(r, 3, _("Evaluation meetings"));
	if (s->n_meetings == 0) {
		r->ops->field(r, _("Meetings held"), _("(none yet)"));
		return;
	}
	order = xcalloc(s->n_meetings, sizeof *order);
	for (i = 0; i < s->n_meetings; i++)
		order[i] = &s->meetings[i];
	qsort(order, s->n_meetings, sizeof *order, meeting_cmp);
	for (i = 0; i < s->n_meetings; i++) {
		const struct meeting *m = order[i];
		char *date = lang_format_date(m->date);
		char *h = xasprintf(_("Meeting %s"), *date != '\0' ? date :
		    _("(no date)"));

		r->ops->heading(r, 4, h);
		free(date);
		free(h);
		field_if(r, _("Participants"), m->participants);
		field_if(r, _("How the parties and residents experience it"),
		    m->experience);
		field_if(r, _("What we have learned"), m->learnings);
		field_if(r, _("Adjustments of actions or resources"), m->adjust);
		field_if(r, _("Decisions"), m->decisions);
		report_drain(r);
	}
	free(order);
}

static void
walk_statements(struct report *r, const struct indicator *ind)
{
	size_t i;

	if (ind->n_statements == 0)
		return;
	r->ops->field(r, _("Statements"), "");
	r->ops->list_begin(r, false);
	for (i = 0; i < ind->n_statements; i++)
		r->ops->item(r, ind->statements[i].text);
	r->ops->list_end(r);
}

/* What the figures say, in the same words in every format. */
static void
walk_findings(struct report *r, const struct stats_indicator *si)
{
	size_t i, n;
	char **items = report_findings(si, (r->flags & REPORT_ASCII) != 0,
	    &n);

	if (n > 0) {
		r->ops->field(r, _("Findings"), "");
		r->ops->list_begin(r, false);
		for (i = 0; i < n; i++)
			r->ops->item(r, items[i]);
		r->ops->list_end(r);
	}
	for (i = 0; i < n; i++)
		free(items[i]);
	free(items);
}

static void
walk_indicator(struct report *r, const struct stats_indicator *si)
{
	const struct indicator *ind = si->indicator;
	char *v;
	size_t i;

	/* KPI, target, comment and ESRS are in the ESG table above. */
	v = report_indicator_title(ind);
	r->ops->heading(r, 4, v);
	free(v);
	walk_statements(r, ind);
	if (si->n_periods == 0) {
		r->ops->field(r, _("Measurements"), _("(none yet)"));
		return;
	}
	r->ops->chart(r, si);
	walk_findings(r, si);
	r->ops->field(r, _("Measurements"), "");
	r->ops->list_begin(r, false);
	for (i = 0; i < si->n_periods; i++) {
		v = report_period_text(&si->periods[i],
		    &ind->measurements[i], (r->flags & REPORT_ASCII) != 0);
		r->ops->item(r, v);
		free(v);
	}
	r->ops->list_end(r);
}

/* Whether any indicator has a measurement. */
static bool
walk_measured(const struct session *s)
{
	size_t i;

	for (i = 0; i < s->n_indicators; i++)
		if (s->indicators[i].n_measurements > 0)
			return true;
	return false;
}

static void
walk_part3(struct report *r)
{
	size_t pos = 0;
	long i;

	r->ops->heading(r, 2, _("Part 3 - Evaluation and impact measurement"));
	if (session_small_path(r->s)) {
		/* The follow-up; the figures only if they measured. */
		report_followup(r);
		if (!walk_measured(r->s))
			return;
	} else {
		walk_meetings(r);
		report_status(r);
	}
	report_ledger(r);
	r->ops->heading(r, 3, _("ESG documentation"));
	r->ops->esg_table(r);
	report_method(r);
	report_drain(r);
	while ((i = adoption_next(r->s, &pos)) >= 0) {
		walk_indicator(r, &r->stats[i]);
		report_drain(r);
	}
}

/* Conflict i by the field that shows it, and its setting in the file:
 * "Session title (title)", or the setting alone. */
static char *
walk_conflict_where(const struct session *s, size_t i)
{
	const char *path = s->conflicts[i].path;
	const struct guide_field *fl;
	struct guide_spot sp;

	if (!conflict_spot(s, i, &sp))
		return xstrdup(path);
	fl = sp.column != NULL ? sp.column : sp.field;
	if (sp.row != GUIDE_NO_ROW)
		return xasprintf(_("%s, line %zu (%s)"), _(fl->label),
		    sp.row + 1, path);
	return xasprintf("%s (%s)", _(fl->label), path);
}

/* What b2c merge left undecided, first, so no one reads past it. */
static void
walk_conflicts(struct report *r)
{
	const struct conflict *c;
	char *v, *where;
	size_t i;

	if (r->s->n_conflicts == 0)
		return;
	r->ops->heading(r, 2, _("Conflicts not yet decided"));
	r->ops->field(r, _("Merge conflicts"), _("Two versions of this session were "
	    "merged, and both changed what is listed here in different ways. "
	    "This report shows this version's values until someone decides, "
	    "in the wizard or with b2c --line."));
	r->ops->list_begin(r, false);
	for (i = 0; i < r->s->n_conflicts; i++) {
		c = &r->s->conflicts[i];
		where = walk_conflict_where(r->s, i);
		if (strcmp(c->kind, "changed") == 0)
			v = xasprintf(_("%s: \"%s\" here, \"%s\" in the other "
			    "version"), where, c->ours, c->theirs);
		else
			v = xasprintf(_("%s: removed in one version, changed "
			    "in the other"), where);
		r->ops->item(r, v);
		free(v);
		free(where);
	}
	r->ops->list_end(r);
}

/* Visits the session in reading order. */
static void
report_walk(struct report *r)
{
	const struct session *s = r->s;
	int p;

	r->ops->begin(r, *s->title != '\0' ? s->title :
	    _("Untitled session"));
	walk_front(r);
	walk_conflicts(r);
	report_drain(r);
	r->ops->heading(r, 2, _("Part 1 - Internal considerations"));
	for (p = 0; p < PARTY_COUNT; p++)
		if (p == PARTY_HOUSING || s->large || overview_part1_used(&s->part1[p]))
			walk_part1(r, p);
	report_drain(r);
	walk_part2(r);
	report_drain(r);
	walk_part3(r);
	if (r->audit != NULL)
		report_audit_trail(r);
	r->ops->end(r);
}

int
report_format_parse(const char *name)
{
	if (strcmp(name, "text") == 0 || strcmp(name, "txt") == 0)
		return REPORT_TEXT;
	if (strcmp(name, "markdown") == 0 || strcmp(name, "md") == 0)
		return REPORT_MARKDOWN;
	if (strcmp(name, "html") == 0)
		return REPORT_HTML;
	if (strcmp(name, "csv") == 0)
		return REPORT_CSV;
	if (strcmp(name, "csv-excel") == 0)
		return REPORT_CSV_EXCEL;
	return -1;
}

char *
report_render(const struct session *s, enum report_format format,
    int width, int flags)
{
	return report_render_audit(s, format, width, flags, NULL);
}

/* Renders into r->out, set up by the caller (held whole, or streamed). */
static void
report_run(struct report *r, const struct session *s,
    enum report_format format, int width, int flags,
    const struct report_audit *audit)
{
	static const struct report_ops *const ops[] = { &report_text_ops,
	    &report_markdown_ops, &report_html_ops };
	size_t i;

	i18n_remember();	/* one report, one language */
	r->s = s;
	r->width = width < REPORT_MIN_WIDTH ? REPORT_MIN_WIDTH : width;
	r->flags = flags;
	r->audit = audit;
	r->stats = xcalloc(s->n_indicators, sizeof *r->stats);
	for (i = 0; i < s->n_indicators; i++)
		stats_indicator(&s->indicators[i], &r->stats[i]);
	if (format == REPORT_CSV || format == REPORT_CSV_EXCEL)
		report_csv(r, format == REPORT_CSV_EXCEL);
	else {
		r->ops = ops[(unsigned)format < REPORT_CSV ? format : 0];
		report_walk(r);
	}
	for (i = 0; i < s->n_indicators; i++)
		stats_indicator_clear(&r->stats[i]);
	free(r->stats);
	i18n_forget();
}

char *
report_render_audit(const struct session *s, enum report_format format,
    int width, int flags, const struct report_audit *audit)
{
	struct report r;

	memset(&r, 0, sizeof r);
	textbuf_init(&r.out);
	report_run(&r, s, format, width, flags, audit);
	return textbuf_detach(&r.out);
}

int
report_stream_audit(const struct session *s, enum report_format format,
    int width, int flags, const struct report_audit *audit,
    textbuf_sink sink, void *arg)
{
	struct report r;
	int error;

	memset(&r, 0, sizeof r);
	textbuf_init(&r.out);
	textbuf_stream(&r.out, sink, arg);
	report_run(&r, s, format, width, flags, audit);
	textbuf_drain(&r.out, 0);
	error = r.out.sink_error;
	textbuf_reset(&r.out);
	return error;
}

char *
report_text(const struct session *s, int width, int flags)
{
	return report_render(s, REPORT_TEXT, width, flags);
}
