/*
 * The "Method and limitations" block: how the figures are made and what
 * they cannot show, in one place and the same words in every format (an
 * auditor reads it next to the ESG table). Only what applies is said:
 * counts are explained when there are count KPIs, answers left out when
 * there are any.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "b2c/adoption.h"
#include "b2c/i18n.h"
#include "b2c/period.h"
#include "b2c/lang.h"
#include "b2c/overview.h"
#include "b2c/stats-words.h"
#include "b2c/util.h"
#include "report-private.h"

#define METHOD_EXAMPLE_N 100	/* without a planned sample: the booklet's */

/* What the kinds of KPI shown are: any shares, any counts. */
static void
method_kinds(const struct report *r, bool *shares, bool *counts)
{
	size_t pos = 0;
	long i;

	*shares = *counts = false;
	while ((i = adoption_next(r->s, &pos)) >= 0) {
		if (r->s->indicators[i].kind == INDICATOR_COUNT)
			*counts = true;
		else
			*shares = true;
	}
}

/* The minimum detectable change at the planned sample size (or 100). */
static void
method_mdc(struct report *r)
{
	long n = r->s->part2.plan.sample_size > 0 ?
	    r->s->part2.plan.sample_size : METHOD_EXAMPLE_N;
	struct stats_period p = { .n = n, .mdc = stats_mdc(50.0, n) };
	char *mdc = stats_words_mdc(&p, NULL), *v;

	v = xasprintf(_("%s (two periods of that size, a share near 50%%, "
	    "5%% significance level, 80%% power). A smaller change may be "
	    "real; the survey is too small to show it."), mdc);
	r->ops->field(r, _("Minimum detectable change"), v);
	free(v);
	free(mdc);
}

/* Per indicator, the answers not counted in n. */
static void
method_left_out(struct report *r)
{
	size_t pos = 0;
	long i;
	char *list, *name, *v;
	bool any = false;

	while ((i = adoption_next(r->s, &pos)) >= 0) {
		if ((list = stats_words_excluded_list(&r->stats[i])) == NULL)
			continue;
		if (!any) {
			r->ops->field(r, _("Answers left out of n"), "");
			r->ops->list_begin(r, false);
			any = true;
		}
		name = adoption_name(&r->s->indicators[i], false);
		v = xasprintf("%s: %s", name, list);
		r->ops->item(r, v);
		free(v);
		free(name);
		free(list);
	}
	if (any)
		r->ops->list_end(r);
}

void
report_method(struct report *r)
{
	bool shares, counts;

	method_kinds(r, &shares, &counts);
	r->ops->heading(r, 3, _("Method and limitations"));
	if (shares) {
		r->ops->field(r, _("Effect figure"), _("The share of "
		    "respondents who chose one of the two most positive steps "
		    "(strongly agree or agree) on the five-step scale; with "
		    "several statements, the mean of their shares."));
		r->ops->field(r, _("Respondents (n)"), _("Answers on the five "
		    "steps. \"Don't know\" and blank answers are not counted "
		    "in n; they are listed below. With several statements, n "
		    "is that of the statement with fewest answers."));
		/* xgettext:no-c-format */
		r->ops->field(r, _("95% confidence interval"), _("Wilson's "
		    "score interval for a share, Newcombe's hybrid score "
		    "interval for a change between two periods. It is made so "
		    "that 95 of 100 surveys like this one catch the true share; "
		    "a change whose interval includes 0 is reported as no "
		    "detectable change."));
		method_mdc(r);
		r->ops->field(r, _("Targets"), _("A target counts as met when "
		    "the figure and its whole confidence interval reach it; "
		    "when only the figure does, the status says that the "
		    "interval reaches below it."));
	}
	if (counts)
		r->ops->field(r, _("Counts"), _("Numbers kept by the "
		    "partnership, not a sample: they have no confidence "
		    "interval."));
	method_left_out(r);
}

/* Each measurement's source file, when the import recorded one. */
static void
audit_sources(struct report *r)
{
	size_t pos = 0, j;
	long i;
	char *v;
	bool any = false;

	while ((i = adoption_next(r->s, &pos)) >= 0) {
		const struct indicator *ind = &r->s->indicators[i];

		for (j = 0; j < ind->n_measurements; j++) {
			const struct measurement *m = &ind->measurements[j];

			if (*m->source == '\0')
				continue;
			if (!any) {
				r->ops->field(r, _("Imported survey files"),
				    "");
				r->ops->list_begin(r, false);
				any = true;
			}
			v = xasprintf("%s, %s: %s%s%s", ind->name, period_label(m->period),
			    m->source, *m->source_sha256 != '\0' ?
			    "\nSHA-256 " : "", m->source_sha256);
			r->ops->item(r, v);
			free(v);
		}
	}
	if (any)
		r->ops->list_end(r);
	else
		r->ops->field(r, _("Imported survey files"),
		    _("none recorded in the session"));
}

void
report_audit_trail(struct report *r)
{
	const struct report_audit *a = r->audit;
	const struct session *s = r->s;
	char *v;

	r->ops->heading(r, 2, _("Audit trail"));
	if (a->made != NULL) {
		v = overview_when_local(a->made);
		r->ops->field(r, _("Report made"), v);
		free(v);
	}
	if (a->version != NULL) {
		v = xasprintf("b2c %s", a->version);
		r->ops->field(r, _("Program"), v);
		free(v);
	}
	if (a->file != NULL)
		r->ops->field(r, _("Session file"), a->file);
	if (a->sha256 != NULL)
		r->ops->field(r, "SHA-256", a->sha256);
	if (*s->modified != '\0') {
		char *when = overview_when_local(s->modified);

		v = *s->saved_by != '\0' ? xasprintf(_("%s by %s"), when,
		    s->saved_by) : xstrdup(when);
		r->ops->field(r, _("Last saved"), v);
		free(when);
		free(v);
	}
	audit_sources(r);
}
