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
	MD_AFTER_LABEL,	/* the same, on a line a label has begun */
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
	char *owned;
	const char *safe = sanitize_text_view(text, SANITIZE_NEWLINES,
	    &owned), *p, *run;
	bool line_start = mode == MD_INLINE;

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
	free(owned);
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
		md_text(&r->out, value, *value == '\n' ? MD_INLINE :
		    MD_AFTER_LABEL);
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
	struct report_wheel_row *rows;
	size_t i, n;
	int m;

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
	rows = report_wheel_rows(r, &n);
	for (i = 0; i < n; i++) {
		textbuf_addc(&r->out, '|');
		md_cell(r, rows[i].title);
		for (m = 1; m <= 12; m++)
			md_cell(r, m == rows[i].month ? (ASCII(r) ? "*" : "●") :
			    "");
		md_cell(r, rows[i].responsible);
		md_cell(r, rows[i].activity->role);
		textbuf_addc(&r->out, '\n');
	}
	report_wheel_rows_free(rows, n);
}

/* "41,0 % (n = 100; 31,9–50,8 %)", or the count, or "". */
static void
md_figure(struct report *r, const struct report_esg_cell *cell)
{
	char *v;

	if (*cell->range == '\0') {
		md_cell(r, cell->text);
		return;
	}
	v = xasprintf("%s (n = %ld; %s)", cell->text, cell->n, cell->range);
	md_cell(r, v);
	free(v);
}

static void
md_table(struct report *r, const struct report_esg *e)
{
	size_t row, c;

	textbuf_adds(&r->out, "\n|");
	for (c = 0; c < e->n_cols; c++)
		md_cell(r, e->cols[c].label);
	textbuf_adds(&r->out, "\n|");
	for (c = 0; c < e->n_cols; c++)
		textbuf_adds(&r->out, report_esg_numeric(e, c) ? "--:|" :
		    "---|");
	textbuf_addc(&r->out, '\n');
	for (row = 0; row < e->n_rows; row++) {
		textbuf_addc(&r->out, '|');
		for (c = 0; c < e->n_cols; c++)
			md_figure(r, report_esg_cell(e, row, c));
		textbuf_addc(&r->out, '\n');
	}
}

static void
md_esg_table(struct report *r)
{
	struct report_esg *e = report_esg_new(r);

	md_table(r, e);
	report_esg_free(e);
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

const struct report_ops report_markdown_ops = {
	md_begin, md_end, md_heading, md_field, md_list_begin, md_item,
	md_list_end, md_wheel, md_esg_table, md_chart, md_table
};
