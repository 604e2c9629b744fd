/*
 * The plain-text report: wrapped at the report's width by display
 * columns, headings underlined, no escape codes at all, so it reads the
 * same on a terminal, in less, in a mail or on paper. Every string from
 * the session goes through sanitize_text() before it is laid out.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/sanitize.h"
#include "b2c/textwrap.h"
#include "b2c/util.h"
#include "report-private.h"
#include "report-table.h"

#define WHEEL_MIN_WIDTH	72	/* narrower: the årshjul as a list */
#define ASCII(r)	(((r)->flags & REPORT_ASCII) != 0)

static void
text_blank(struct report *r)
{
	if (r->blank && r->out.len != 0)
		textbuf_addc(&r->out, '\n');
	r->blank = 0;
}

static void
text_heading(struct report *r, int level, const char *text)
{
	static const char rules[] = "=-~.";
	char *safe = sanitize_text(text, 0);
	size_t start;
	int cols;

	r->blank = 1;
	text_blank(r);
	start = r->out.len;
	textwrap_buf(&r->out, safe, r->width, "", "");
	cols = textwrap_widest(safe, r->width);
	(void)start;
	if (level >= 1 && level <= 4) {
		char rule[2] = { rules[level - 1], '\0' };

		textbuf_repeat(&r->out, rule, cols);
		textbuf_addc(&r->out, '\n');
	}
	r->blank = 1;
	free(safe);
}

static void
text_begin(struct report *r, const char *title)
{
	text_heading(r, 1, title);
}

static void
text_end(struct report *r)
{
	(void)r;
}

/* "Label:" on its own line(s). */
static void
text_label(struct report *r, const char *label)
{
	char *l;

	if ((int)sanitize_width(label) < r->width) {
		textbuf_adds(&r->out, label);
		textbuf_add(&r->out, ":\n", 2);
		return;
	}
	l = xasprintf("%s:", label);
	textwrap_buf(&r->out, l, r->width, "", "");
	free(l);
}

static void
text_field(struct report *r, const char *label, const char *value)
{
	char *safe = sanitize_text(value, SANITIZE_NEWLINES);

	if (*safe == '\0') {
		text_blank(r);
		text_label(r, label);
	} else if (strchr(safe, '\n') == NULL && (int)(sanitize_width(label) +
	    2 + sanitize_width(safe)) <= r->width) {
		text_blank(r);
		textbuf_adds(&r->out, label);
		textbuf_add(&r->out, ": ", 2);
		textbuf_adds(&r->out, safe);
		textbuf_addc(&r->out, '\n');
	} else {
		r->blank = 1;
		text_blank(r);
		text_label(r, label);
		textwrap_buf(&r->out, safe, r->width, "  ", "  ");
		r->blank = 1;
	}
	free(safe);
}

static void
text_list_begin(struct report *r, bool numbered)
{
	r->numbered = numbered;
	r->item_no = 1;
}

static void
text_item(struct report *r, const char *text)
{
	char *safe = sanitize_text(text, SANITIZE_NEWLINES);
	char *first;

	if (r->numbered)
		first = xasprintf("  %d. ", r->item_no++);
	else
		first = xstrdup("  - ");
	textwrap_buf(&r->out, safe, r->width, first, r->numbered ?
	    "     " : "    ");
	free(first);
	free(safe);
}

static void
text_list_end(struct report *r)
{
	r->blank = 1;
}

/* Activities in month order (unknown months last), ties in file order. */
static int
activity_cmp(const void *a, const void *b)
{
	const struct activity *const *x = a, *const *y = b;
	int mx = report_activity_month(*x), my = report_activity_month(*y);
	int c;

	if (mx == 0)
		mx = 13;
	if (my == 0)
		my = 13;
	if (mx != my)
		return mx - my;
	if ((c = strcmp((*x)->date, (*y)->date)) != 0)
		return c;
	return *x < *y ? -1 : *x > *y;
}

/* The activities of the årshjul in display order (allocated). */
const struct activity **
report_wheel_order(const struct session *s)
{
	const struct activity **order;
	size_t i;

	order = xcalloc(s->part2.n_wheel, sizeof *order);
	for (i = 0; i < s->part2.n_wheel; i++)
		order[i] = &s->part2.wheel[i];
	qsort(order, s->part2.n_wheel, sizeof *order, activity_cmp);
	return order;
}

static void
wheel_row(struct report *r, struct rtable *t, const struct activity *a)
{
	size_t row = rtable_add_row(t);
	struct textbuf marks;
	char *title;
	int m, month = report_activity_month(a);

	title = report_activity_title(a);
	rtable_set(t, row, 0, title);
	textbuf_init(&marks);
	for (m = 1; m <= 12; m++) {
		textbuf_adds(&marks, m == month ? (ASCII(r) ? "*" : "●") :
		    (ASCII(r) ? "." : "·"));
		if (m < 12)
			textbuf_addc(&marks, ' ');
	}
	rtable_set(t, row, 1, marks.data);
	rtable_set(t, row, 2, report_responsible(r->s, a));
	textbuf_reset(&marks);
	free(title);
}

/* The roles of the activities that have them, under the chart. */
static void
wheel_roles(struct report *r, const struct activity **order)
{
	size_t i;
	char *v;
	bool any = false;

	for (i = 0; i < r->s->part2.n_wheel; i++) {
		if (*order[i]->role == '\0')
			continue;
		if (!any) {
			text_field(r, _("Roles and responsibilities"), "");
			text_list_begin(r, false);
			any = true;
		}
		v = xasprintf("%s: %s", order[i]->title, order[i]->role);
		text_item(r, v);
		free(v);
	}
	if (any)
		text_list_end(r);
}

/* Narrow screens: the årshjul as a list, month by month. */
static void
wheel_list(struct report *r, const struct activity **order)
{
	const char *who;
	size_t i;
	char *v;
	int m;

	text_list_begin(r, false);
	for (i = 0; i < r->s->part2.n_wheel; i++) {
		m = report_activity_month(order[i]);
		who = report_responsible(r->s, order[i]);
		v = xasprintf("%s: %s%s%s%s%s%s", m != 0 ?
		    report_month_name(m) : "?", order[i]->title,
		    *who != '\0' ? " (" : "", who, *who != '\0' ? ")" : "",
		    *order[i]->role != '\0' ? " - " : "", order[i]->role);
		text_item(r, v);
		free(v);
	}
	text_list_end(r);
}

static void
text_wheel(struct report *r)
{
	const struct activity **order;
	struct rtable *t;
	size_t i;
	int m;
	char letters[32] = "";

	if (r->s->part2.n_wheel == 0) {
		text_field(r, _("Annual wheel"), _("(no activities yet)"));
		return;
	}
	text_field(r, _("Annual wheel"), "");
	t = rtable_new(3);
	rtable_add_row(t);
	rtable_set(t, 0, 0, _("Activity"));
	for (m = 1; m <= 12; m++) {
		strcat(letters, report_month_letter(m));
		if (m < 12)
			strcat(letters, " ");
	}
	rtable_set(t, 0, 1, letters);
	rtable_fix(t, 1);
	rtable_set(t, 0, 2, _("Responsible"));
	order = report_wheel_order(r->s);
	if (r->width < WHEEL_MIN_WIDTH) {
		rtable_free(t);
		wheel_list(r, order);
		free(order);
		return;
	}
	for (i = 0; i < r->s->part2.n_wheel; i++)
		wheel_row(r, t, order[i]);
	rtable_render(t, &r->out, r->width, "  ", ASCII(r));
	rtable_free(t);
	r->blank = 1;
	wheel_roles(r, order);
	free(order);
}

static void
text_esg_table(struct report *r)
{
	const struct session *s = r->s;
	const char **periods;
	struct rtable *t;
	size_t n, i, j, row;
	char buf[64];

	periods = report_periods(r, &n);
	t = rtable_new(n + 3);
	rtable_add_row(t);
	rtable_set(t, 0, 0, _("Indicator"));
	rtable_set(t, 0, 1, _("Target"));
	for (j = 0; j < n; j++)
		rtable_set(t, 0, j + 2, periods[j]);
	rtable_set(t, 0, n + 2, _("ESRS"));
	for (i = 0; i < s->n_indicators; i++) {
		const struct indicator *ind = &s->indicators[i];

		if (!report_indicator_shown(ind))
			continue;
		row = rtable_add_row(t);
		rtable_set(t, row, 0, ind->name);
		report_fmt_target(buf, ind, ASCII(r));
		rtable_set(t, row, 1, buf);
		for (j = 0; j < n; j++) {
			report_fmt_value(buf,
			    report_period_of(&r->stats[i], periods[j]),
			    ASCII(r));
			rtable_set(t, row, j + 2, buf);
		}
		rtable_set(t, row, n + 2, report_esrs(ind));
	}
	r->blank = 1;
	text_blank(r);
	rtable_render(t, &r->out, r->width, "", ASCII(r));
	rtable_free(t);
	free(periods);
	r->blank = 1;
}

/* The bar chart, indented, between blank lines. */
static void
text_chart(struct report *r, const struct stats_indicator *si)
{
	char *chart = report_chart_text(r, si, r->width - 2);
	const char *p, *nl;

	r->blank = 1;
	text_blank(r);
	for (p = chart; *p != '\0'; p = nl + 1) {
		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p) - 1;
		if (nl > p)
			textbuf_adds(&r->out, "  ");
		textbuf_add(&r->out, p, (size_t)(nl - p));
		textbuf_addc(&r->out, '\n');
	}
	free(chart);
	r->blank = 1;
}

static void
text_indicator(struct report *r, const struct stats_indicator *si)
{
	const struct indicator *ind = si->indicator;
	char buf[64], *v;
	size_t i;

	v = *ind->opposite != '\0' ? xasprintf(_("%s (vs. %s)"), ind->name,
	    ind->opposite) : xstrdup(ind->name);
	text_heading(r, 4, v);
	free(v);
	if (*ind->kpi != '\0')
		text_field(r, _("KPI"), ind->kpi);
	report_fmt_target(buf, ind, ASCII(r));
	if (*buf != '\0')
		text_field(r, _("Target"), buf);
	if (*report_esrs(ind) != '\0')
		text_field(r, _("ESRS"), report_esrs(ind));
	if (*ind->comment != '\0')
		text_field(r, _("Comment"), ind->comment);
	if (ind->n_statements != 0) {
		text_field(r, _("Statements"), "");
		text_list_begin(r, false);
		for (i = 0; i < ind->n_statements; i++)
			text_item(r, ind->statements[i].text);
		text_list_end(r);
	}
	if (si->n_periods == 0) {
		text_field(r, _("Measurements"), _("(none yet)"));
		return;
	}
	text_chart(r, si);
	text_field(r, _("Measurements"), "");
	text_list_begin(r, false);
	for (i = 0; i < si->n_periods; i++) {
		v = report_period_text(&si->periods[i],
		    &ind->measurements[i], ASCII(r));
		text_item(r, v);
		free(v);
	}
	text_list_end(r);
}

const struct report_ops report_text_ops = {
	text_begin, text_end, text_heading, text_field, text_list_begin,
	text_item, text_list_end, text_wheel, text_esg_table, text_indicator
};
