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
#include "b2c/lang.h"
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
	if (r->blank && !textbuf_empty(&r->out))
		textbuf_addc(&r->out, '\n');
	r->blank = 0;
}

/* Columns of the widest of the len bytes of lines (each ending in '\n'). */
static int
text_widest_line(const char *lines, size_t len)
{
	const char *p = lines, *end = lines + len, *nl;
	int widest = 0, w;

	for (; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		w = (int)sanitize_width_n(p, (size_t)(nl - p));
		if (w > widest)
			widest = w;
	}
	return widest;
}

static void
text_heading(struct report *r, int level, const char *text)
{
	static const char rules[] = "=-~.";
	char *owned;
	const char *safe = sanitize_text_view(text, 0, &owned);
	size_t start;
	int cols = 0;

	r->blank = 1;
	text_blank(r);
	start = r->out.len;
	textwrap_buf(&r->out, safe, r->width, "", "");
	/* The rule is as wide as the heading's lines just written. */
	if (r->out.len > start)
		cols = text_widest_line(r->out.data + start, r->out.len - start);
	if (level >= 1 && level <= 4) {
		char rule[2] = { rules[level - 1], '\0' };

		textbuf_repeat(&r->out, rule, cols);
		textbuf_addc(&r->out, '\n');
	}
	r->blank = 1;
	free(owned);
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

/* Whether "label: value" fits on one line; a long value is measured only
 * until it cannot (it is wrapped anyway). */
static bool
text_fits(const char *label, const char *value, int width)
{
	int room = width - (int)sanitize_width(label) - 2;

	return room >= 0 && sanitize_width_max(value, (size_t)room) <=
	    (size_t)room;
}

static void
text_field(struct report *r, const char *label, const char *value)
{
	char *owned;
	const char *safe = sanitize_text_view(value, SANITIZE_NEWLINES,
	    &owned);

	if (*safe == '\0') {
		text_blank(r);
		text_label(r, label);
	} else if (strchr(safe, '\n') == NULL && text_fits(label, safe,
	    r->width)) {
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
	free(owned);
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
	char *owned, *first;
	const char *safe = sanitize_text_view(text, SANITIZE_NEWLINES,
	    &owned);

	if (r->numbered)
		first = xasprintf("  %d. ", r->item_no++);
	else
		first = xstrdup("  - ");
	textwrap_buf(&r->out, safe, r->width, first, r->numbered ?
	    "     " : "    ");
	free(first);
	free(owned);
}

static void
text_list_end(struct report *r)
{
	r->blank = 1;
}

/* The marks of a row: one per month, the activity's month filled
 * ("· · ● · ..."); month 0 (unknown) marks none. out holds 48 bytes,
 * more than twelve three-byte marks and eleven blanks need. */
static void
wheel_marks(char out[48], int month, bool ascii)
{
	const char *mark;
	size_t len = 0, k;
	int m;

	for (m = 1; m <= 12; m++) {
		mark = m == month ? (ascii ? "*" : "●") : (ascii ? "." : "·");
		for (k = 0; mark[k] != '\0'; k++)
			out[len++] = mark[k];
		if (m < 12)
			out[len++] = ' ';
	}
	out[len] = '\0';
}

static void
wheel_row(struct rtable *t, const struct report_wheel_row *w,
    char marks[13][48])
{
	size_t row = rtable_add_row(t);

	rtable_set(t, row, 0, w->title);
	rtable_set(t, row, 1, marks[w->month >= 1 && w->month <= 12 ?
	    w->month : 0]);
	rtable_set(t, row, 2, w->responsible);
}

/* The roles of the activities that have them, under the chart. */
static void
wheel_roles(struct report *r, const struct report_wheel_row *rows, size_t n)
{
	const struct activity *a;
	struct textbuf item;
	size_t i;
	bool any = false;

	/* One buffer for every item: an årshjul may hold thousands. */
	textbuf_init(&item);
	for (i = 0; i < n; i++) {
		a = rows[i].activity;
		if (*a->role == '\0')
			continue;
		if (!any) {
			text_field(r, _("Roles and responsibilities"), "");
			text_list_begin(r, false);
			any = true;
		}
		item.len = 0;
		textbuf_adds(&item, a->title);
		textbuf_add(&item, ": ", 2);
		textbuf_adds(&item, a->role);
		text_item(r, item.data);
	}
	textbuf_reset(&item);
	if (any)
		text_list_end(r);
}

/* Narrow screens: the årshjul as a list by date or month, who is
 * responsible and the roles on lines of their own. */
static void
wheel_list(struct report *r, const struct report_wheel_row *rows, size_t n)
{
	const struct activity *a;
	struct textbuf b;
	char *when;
	size_t i;

	text_list_begin(r, false);
	for (i = 0; i < n; i++) {
		a = rows[i].activity;
		when = *a->date != '\0' ? lang_format_date(a->date) :
		    xstrdup(rows[i].month != 0 ?
		    report_month_name(rows[i].month) : "?");
		textbuf_init(&b);
		textbuf_addf(&b, "%s: %s", when, a->title);
		if (*rows[i].responsible != '\0')
			textbuf_addf(&b, "\n%s: %s", _("Responsible"),
			    rows[i].responsible);
		if (*a->role != '\0')
			textbuf_addf(&b, "\n%s: %s", _("Roles"), a->role);
		textbuf_adds(&b, "");
		text_item(r, b.data);
		textbuf_reset(&b);
		free(when);
	}
	text_list_end(r);
}

/* The chart's header: activity, the months' letters, responsible. */
static struct rtable *
wheel_table(void)
{
	struct rtable *t = rtable_new(3);
	char letters[32] = "";
	int m;

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
	return t;
}

/* A 12-month chart: a mark in each activity's month, then the roles. */
static void
text_wheel(struct report *r)
{
	struct report_wheel_row *rows;
	struct rtable *t;
	char marks[13][48];
	size_t i, n;
	int m;

	rows = report_wheel_rows(r, &n);
	if (r->width < WHEEL_MIN_WIDTH) {
		wheel_list(r, rows, n);
		report_wheel_rows_free(rows, n);
		return;
	}
	/* Thirteen rows of marks, made once for all the activities. */
	for (m = 0; m <= 12; m++)
		wheel_marks(marks[m], m, ASCII(r));
	t = wheel_table();
	for (i = 0; i < n; i++)
		wheel_row(t, &rows[i], marks);
	rtable_render(t, &r->out, r->width, "  ", ASCII(r));
	rtable_free(t);
	r->blank = 1;
	wheel_roles(r, rows, n);
	report_wheel_rows_free(rows, n);
}

/*
 * The text ESG table: every column when they fit unbroken, else the
 * booklet's columns with the base period, change and status on lines
 * under each row, else the figures in columns with the KPI definition and
 * the comment as such lines too, and on the narrowest screens the ESRS
 * topic and the target year there as well.
 */
enum text_esg_layout {
	TEXT_ESG_COLUMNS,	/* every column */
	TEXT_ESG_BOOKLET,	/* the booklet's columns; the change as notes */
	TEXT_ESG_NOTES,		/* KPI definition and comment as notes */
	TEXT_ESG_NARROW,	/* the ESRS topic as a note as well */
	TEXT_ESG_LAYOUTS
};

static bool
text_esg_column(const struct report_esg *e, size_t col,
    enum text_esg_layout layout)
{
	switch (e->cols[col].kind) {
	case REPORT_ESG_KPI:
	case REPORT_ESG_COMMENT:
		return layout <= TEXT_ESG_BOOKLET;
	case REPORT_ESG_BASE:
	case REPORT_ESG_CHANGE:
	case REPORT_ESG_STATUS:
		return layout == TEXT_ESG_COLUMNS;
	case REPORT_ESG_ESRS:
	case REPORT_ESG_TARGET_YEAR:
	case REPORT_ESG_WHO:
		return layout != TEXT_ESG_NARROW;
	default:
		return true;
	}
}

/* How many answered in each period of a share, as a note: a figure from
 * four respondents must not read like one from a hundred. */
static void
text_esg_respondents(struct rtable *t, const struct report_esg *e,
    size_t row)
{
	const struct report_esg_cell *cell;
	struct textbuf b = { 0 };
	char *note;
	size_t c;

	for (c = 0; c < e->n_cols; c++) {
		cell = report_esg_cell(e, row, c);
		if (e->cols[c].kind != REPORT_ESG_PERIOD || cell->n <= 0)
			continue;
		textbuf_addf(&b, "%s%s %ld", b.len > 0 ? ", " : "",
		    e->cols[c].label, cell->n);
	}
	if (b.len == 0)
		return;
	note = xasprintf(_("Respondents (n): %s"), b.data);
	textbuf_reset(&b);
	rtable_add_note(t, row + 1, note);
	free(note);
}

/* The cells of a row that have no column, as notes under it. */
static void
text_esg_notes(struct rtable *t, const struct report_esg *e, size_t row,
    enum text_esg_layout layout)
{
	const struct report_esg_cell *cell;
	char *note;
	size_t c;

	for (c = 0; c < e->n_cols; c++) {
		cell = report_esg_cell(e, row, c);
		if (text_esg_column(e, c, layout) || *cell->text == '\0')
			continue;
		note = xasprintf("%s: %s", e->cols[c].label, cell->text);
		rtable_add_note(t, row + 1, note);
		free(note);
	}
	text_esg_respondents(t, e, row);
}

static struct rtable *
text_esg_rtable(const struct report_esg *e, enum text_esg_layout layout)
{
	struct rtable *t;
	size_t n = 0, row, c, col;

	for (c = 0; c < e->n_cols; c++)
		n += text_esg_column(e, c, layout);
	t = rtable_new(n);
	for (row = 0; row <= e->n_rows; row++) {
		rtable_add_row(t);
		for (c = col = 0; c < e->n_cols; c++) {
			if (!text_esg_column(e, c, layout))
				continue;
			/* Over notes a name on one line reads best; the
			 * narrowest layout must fit, so it may wrap there. */
			if (report_esg_numeric(e, c) ||
			    (layout == TEXT_ESG_NOTES &&
			    e->cols[c].kind == REPORT_ESG_INDICATOR))
				rtable_fix(t, col);
			rtable_set(t, row, col++, row == 0 ? e->cols[c].label :
			    report_esg_cell(e, row - 1, c)->text);
		}
		if (row > 0)
			text_esg_notes(t, e, row - 1, layout);
	}
	return t;
}

static void
text_table(struct report *r, const struct report_esg *e)
{
	enum text_esg_layout layout = TEXT_ESG_COLUMNS;
	struct rtable *t = text_esg_rtable(e, layout);

	while (rtable_min_width(t) > r->width &&
	    layout + 1 < TEXT_ESG_LAYOUTS) {
		rtable_free(t);
		t = text_esg_rtable(e, ++layout);
	}
	r->blank = 1;
	text_blank(r);
	rtable_render(t, &r->out, r->width, "", ASCII(r));
	rtable_free(t);
	r->blank = 1;
}

static void
text_esg_table(struct report *r)
{
	struct report_esg *e = report_esg_new(r);

	text_table(r, e);
	report_esg_free(e);
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

const struct report_ops report_text_ops = {
	text_begin, text_end, text_heading, text_field, text_list_begin,
	text_item, text_list_end, text_wheel, text_esg_table, text_chart,
	text_table
};
