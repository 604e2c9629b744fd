/*
 * The markdown report: the text report's content as a document that
 * renders well (CommonMark and GitHub): headings, lists, tables for the
 * årshjul and the ESG figures, charts in fenced code blocks. Text from the
 * session is sanitised and then every markdown special is backslash-
 * escaped, so a title cannot become a link, an image, HTML or a table
 * cell boundary.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/sanitize.h"
#include "b2c/util.h"
#include "report-private.h"

#define ASCII(r)	(((r)->flags & REPORT_ASCII) != 0)

enum md_mode {
	MD_INLINE,	/* newlines become hard line breaks */
	MD_CELL		/* a table cell: newlines become blanks */
};

/* True when a line starting at p would open a block (list, heading...). */
static bool
md_block_start(const char *p)
{
	if (*p == '-' || *p == '+' || *p == '=')
		return true;
	while (*p >= '0' && *p <= '9')
		p++;
	return (*p == '.' || *p == ')') && p[-1] >= '0' && p[-1] <= '9';
}

static void
md_text(struct textbuf *b, const char *text, enum md_mode mode)
{
	char *safe = sanitize_text(text, SANITIZE_NEWLINES);
	const char *p, *run;
	bool line_start = mode != MD_CELL;

	for (p = run = safe; *p != '\0'; p++) {
		if (line_start && md_block_start(p)) {
			while (*p >= '0' && *p <= '9')
				p++;
			textbuf_add(b, run, (size_t)(p - run));
			textbuf_addc(b, '\\');
			run = p;
		}
		line_start = false;
		if (*p == '\n') {
			textbuf_add(b, run, (size_t)(p - run));
			textbuf_adds(b, mode == MD_CELL ? " " : "\\\n");
			run = p + 1;
			line_start = mode != MD_CELL;
		} else if (strchr("\\`*_[]<>|#~&!", *p) != NULL) {
			textbuf_add(b, run, (size_t)(p - run));
			textbuf_addc(b, '\\');
			run = p;
		}
	}
	textbuf_add(b, run, (size_t)(p - run));
	free(safe);
}

static void
md_begin(struct report *r, const char *title)
{
	textbuf_adds(&r->out, "# ");
	md_text(&r->out, title, MD_CELL);
	textbuf_addc(&r->out, '\n');
}

static void
md_end(struct report *r)
{
	(void)r;
}

static void
md_heading(struct report *r, int level, const char *text)
{
	textbuf_addc(&r->out, '\n');
	textbuf_repeat(&r->out, "#", level);
	textbuf_addc(&r->out, ' ');
	md_text(&r->out, text, MD_CELL);
	textbuf_addc(&r->out, '\n');
}

static void
md_field(struct report *r, const char *label, const char *value)
{
	textbuf_adds(&r->out, "\n**");
	md_text(&r->out, label, MD_CELL);
	textbuf_adds(&r->out, ":**");
	if (*value != '\0') {
		textbuf_adds(&r->out, *value == '\n' ? "\\\n" : " ");
		md_text(&r->out, value, MD_INLINE);
	}
	textbuf_addc(&r->out, '\n');
}

static void
md_list_begin(struct report *r, bool numbered)
{
	r->numbered = numbered;
	r->item_no = 1;
	textbuf_addc(&r->out, '\n');
}

static void
md_item(struct report *r, const char *text)
{
	struct textbuf item;
	const char *p;

	if (r->numbered)
		textbuf_addf(&r->out, "%d. ", r->item_no++);
	else
		textbuf_adds(&r->out, "- ");
	textbuf_init(&item);
	md_text(&item, text, MD_INLINE);
	textbuf_adds(&item, "");
	/* continuation lines belong to the item */
	for (p = item.data; *p != '\0'; p++) {
		textbuf_addc(&r->out, *p);
		if (*p == '\n')
			textbuf_adds(&r->out, "   ");
	}
	textbuf_addc(&r->out, '\n');
	textbuf_reset(&item);
}

static void
md_list_end(struct report *r)
{
	(void)r;
}

static void
md_cell(struct report *r, const char *text)
{
	textbuf_addc(&r->out, ' ');
	md_text(&r->out, text, MD_CELL);
	textbuf_adds(&r->out, " |");
}

static void
md_wheel(struct report *r)
{
	const struct activity **order;
	size_t i;
	int m, month;

	if (r->s->part2.n_wheel == 0) {
		md_field(r, _("Annual wheel"), _("(no activities yet)"));
		return;
	}
	md_field(r, _("Annual wheel"), "");
	textbuf_adds(&r->out, "\n|");
	md_cell(r, _("Activity"));
	for (m = 1; m <= 12; m++)
		md_cell(r, report_month_letter(m));
	md_cell(r, _("Responsible"));
	md_cell(r, _("Roles"));
	textbuf_adds(&r->out, "\n|---|");
	for (m = 1; m <= 12; m++)
		textbuf_adds(&r->out, ":-:|");
	textbuf_adds(&r->out, "---|---|\n");
	order = report_wheel_order(r->s);
	for (i = 0; i < r->s->part2.n_wheel; i++) {
		const struct activity *a = order[i];
		char *title = report_activity_title(a);

		month = report_activity_month(a);
		textbuf_addc(&r->out, '|');
		md_cell(r, title);
		for (m = 1; m <= 12; m++)
			md_cell(r, m == month ? (ASCII(r) ? "*" : "●") : "");
		md_cell(r, report_responsible(r->s, a));
		md_cell(r, a->role);
		textbuf_addc(&r->out, '\n');
		free(title);
	}
	free(order);
}

/* "41,0 % (n = 100; 31,9–50,8 %)", or the count, or "". */
static char *
md_figure(const struct stats_period *p, bool ascii)
{
	char v[48], range[64];

	report_fmt_value(v, p, ascii);
	if (*v == '\0' || p->kind == INDICATOR_COUNT)
		return xstrdup(v);
	report_fmt_range(range, p->lo, p->hi, ascii);
	return xasprintf("%s (n = %ld; %s)", v, p->n, range);
}

static void
md_esg_row(struct report *r, size_t i, const char **periods, size_t n)
{
	const struct indicator *ind = &r->s->indicators[i];
	char buf[64], *v;
	size_t j;

	textbuf_addc(&r->out, '|');
	v = *ind->opposite != '\0' ? xasprintf(_("%s (vs. %s)"), ind->name,
	    ind->opposite) : xstrdup(ind->name);
	md_cell(r, v);
	free(v);
	md_cell(r, ind->kpi);
	report_fmt_target(buf, ind, ASCII(r));
	md_cell(r, buf);
	for (j = 0; j < n; j++) {
		v = md_figure(report_period_of(&r->stats[i], periods[j]),
		    ASCII(r));
		md_cell(r, v);
		free(v);
	}
	md_cell(r, ind->comment);
	md_cell(r, report_esrs(ind));
	textbuf_addc(&r->out, '\n');
}

static void
md_esg_table(struct report *r)
{
	const char **periods;
	size_t n, i;

	periods = report_periods(r, &n);
	textbuf_adds(&r->out, "\n|");
	md_cell(r, _("Indicator"));
	md_cell(r, _("KPI definition"));
	md_cell(r, _("Target"));
	for (i = 0; i < n; i++)
		md_cell(r, periods[i]);
	md_cell(r, _("Comment"));
	md_cell(r, _("ESRS"));
	textbuf_adds(&r->out, "\n|");
	for (i = 0; i < n + 5; i++)
		textbuf_adds(&r->out, i >= 2 && i < n + 3 ? "--:|" : "---|");
	textbuf_addc(&r->out, '\n');
	for (i = 0; i < r->s->n_indicators; i++)
		if (report_indicator_shown(&r->s->indicators[i]))
			md_esg_row(r, i, periods, n);
	free(periods);
}

/* The bar chart in a fenced block longer than any backtick run in it. */
static void
md_chart(struct report *r, const struct stats_indicator *si)
{
	char *chart = report_chart_text(r, si, 72);
	int run = 0, longest = 0;
	const char *p;

	for (p = chart; *p != '\0'; p++) {
		run = *p == '`' ? run + 1 : 0;
		if (run > longest)
			longest = run;
	}
	textbuf_addc(&r->out, '\n');
	textbuf_repeat(&r->out, "`", longest < 3 ? 3 : longest + 1);
	textbuf_adds(&r->out, "text\n");
	textbuf_adds(&r->out, chart);
	textbuf_repeat(&r->out, "`", longest < 3 ? 3 : longest + 1);
	textbuf_addc(&r->out, '\n');
	free(chart);
}

static void
md_indicator(struct report *r, const struct stats_indicator *si)
{
	const struct indicator *ind = si->indicator;
	char *v;
	size_t i;

	v = *ind->opposite != '\0' ? xasprintf(_("%s (vs. %s)"), ind->name,
	    ind->opposite) : xstrdup(ind->name);
	md_heading(r, 4, v);
	free(v);
	if (ind->n_statements != 0) {
		md_field(r, _("Statements"), "");
		md_list_begin(r, false);
		for (i = 0; i < ind->n_statements; i++)
			md_item(r, ind->statements[i].text);
	}
	if (si->n_periods == 0) {
		md_field(r, _("Measurements"), _("(none yet)"));
		return;
	}
	md_chart(r, si);
	md_field(r, _("Measurements"), "");
	md_list_begin(r, false);
	for (i = 0; i < si->n_periods; i++) {
		v = report_period_text(&si->periods[i],
		    &ind->measurements[i], ASCII(r));
		md_item(r, v);
		free(v);
	}
}

const struct report_ops report_markdown_ops = {
	md_begin, md_end, md_heading, md_field, md_list_begin, md_item,
	md_list_end, md_wheel, md_esg_table, md_indicator
};
