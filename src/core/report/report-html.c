/*
 * The HTML report: one self-contained file (inline CSS, no scripts, no
 * external references) that prints on A4. Bars are positioned boxes with
 * inline widths, so the figure survives printing and needs no images.
 * Every string is escaped with sanitize_html(), labels included.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/lang.h"
#include "b2c/sanitize.h"
#include "b2c/util.h"
#include "report-private.h"

static const char html_style[] =
	"body{font-family:\"DejaVu Sans\",Arial,sans-serif;color:#111;"
	"max-width:56em;margin:2em auto;padding:0 1em;line-height:1.4}\n"
	"h1{font-size:1.6em;border-bottom:2px solid #333}\n"
	"h2{font-size:1.3em;border-bottom:1px solid #999;margin-top:2em}\n"
	"h3{font-size:1.1em;margin-top:1.5em}\n"
	"h4{font-size:1em;margin-top:1.2em}\n"
	"p.f{margin:.4em 0}\n"
	".l{font-weight:bold}\n"
	".v{white-space:pre-wrap}\n"
	"table{border-collapse:collapse;width:100%;margin:.8em 0;"
	"font-size:.9em}\n"
	"th,td{border:1px solid #999;padding:.2em .4em;text-align:left;"
	"vertical-align:top}\n"
	"th{background:#eee}\n"
	"td.n{text-align:right;white-space:nowrap}\n"
	"td.m{text-align:center;width:1.6em}\n"
	"table.chart td{border:none}\n"
	".bar{position:relative;height:1.1em;background:#e8e8e8;"
	"border:1px solid #888;min-width:10em}\n"
	".fill{position:absolute;left:0;top:0;bottom:0;background:#3d6fa8}\n"
	".ci{position:absolute;top:45%;height:10%;background:#000}\n"
	".target{position:absolute;top:-3px;bottom:-3px;width:2px;"
	"background:#b00}\n"
	".note{color:#555;font-size:.9em}\n"
	"div.axis{position:relative;height:1.4em;border-top:1px solid #333;"
	"min-width:10em;font-size:.75em;color:#333}\n"
	"div.axis i{position:absolute;top:0;height:4px;border-left:1px solid "
	"#333}\n"
	"div.axis span{position:absolute;top:4px;transform:translateX(-50%);"
	"white-space:nowrap}\n"
	"@page{size:A4;margin:18mm 15mm;@bottom-center{content:counter(page) "
	"\" / \" counter(pages);font-size:9pt;color:#555}}\n"
	"@media print{body{max-width:none;margin:0;padding:0;font-size:10pt}"
	"h2{page-break-before:always}h2.first{page-break-before:avoid}"
	"h1,h2,h3,h4,p.lead{break-after:avoid;page-break-after:avoid;"
	"break-inside:avoid}"
	"table,.bar,li,tr{page-break-inside:avoid;break-inside:avoid}"
	".bar,.fill,.ci,.target,th{-webkit-print-color-adjust:exact;"
	"print-color-adjust:exact}}\n";

/* Escapes text into the report; a number keeps its "%" on its line
 * ("41,0&nbsp;%"), as Danish sets the sign apart. */
static void
html_add(struct report *r, const char *text, int flags)
{
	struct textbuf b;
	size_t i;

	textbuf_init(&b);
	sanitize_html_buf(&b, text, flags);
	for (i = 0; i < b.len; i++) {
		if (b.data[i] == ' ' && i > 0 && i + 1 < b.len &&
		    b.data[i + 1] == '%' && b.data[i - 1] >= '0' &&
		    b.data[i - 1] <= '9')
			textbuf_adds(&r->out, "&nbsp;");
		else
			textbuf_addc(&r->out, b.data[i]);
	}
	textbuf_reset(&b);
}

static void
html_begin(struct report *r, const char *title)
{
	textbuf_addf(&r->out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<title>", lang_current());
	html_add(r, title, 0);
	textbuf_adds(&r->out, "</title>\n<style>\n");
	textbuf_adds(&r->out, html_style);
	textbuf_adds(&r->out, "</style>\n</head>\n<body>\n<h1>");
	html_add(r, title, 0);
	textbuf_adds(&r->out, "</h1>\n");
	r->blank = 0;	/* no part heading yet */
}

static void
html_end(struct report *r)
{
	textbuf_adds(&r->out, "</body>\n</html>\n");
}

static void
html_heading(struct report *r, int level, const char *text)
{
	if (level < 1)
		level = 1;
	if (level > 6)
		level = 6;
	if (level == 2 && r->blank == 0) {
		textbuf_adds(&r->out, "<h2 class=\"first\">");
		r->blank = 1;
	} else
		textbuf_addf(&r->out, "<h%d>", level);
	html_add(r, text, 0);
	textbuf_addf(&r->out, "</h%d>\n", level);
}

static void
html_field(struct report *r, const char *label, const char *value)
{
	/* A label with nothing after it leads into a list or a table:
	 * printed, it stays with what follows. */
	textbuf_adds(&r->out, *value == '\0' ? "<p class=\"f lead\"><span "
	    "class=\"l\">" : "<p class=\"f\"><span class=\"l\">");
	html_add(r, label, 0);
	textbuf_adds(&r->out, ":</span>");
	if (*value != '\0') {
		textbuf_adds(&r->out, strchr(value, '\n') != NULL ?
		    "<br>\n<span class=\"v\">" : " <span class=\"v\">");
		html_add(r, value, SANITIZE_NEWLINES);
		textbuf_adds(&r->out, "</span>");
	}
	textbuf_adds(&r->out, "</p>\n");
}

static void
html_list_begin(struct report *r, bool numbered)
{
	r->numbered = numbered;
	r->item_no = 1;
	textbuf_adds(&r->out, numbered ? "<ol>\n" : "<ul>\n");
}

static void
html_item(struct report *r, const char *text)
{
	if (r->numbered)
		textbuf_addf(&r->out, "<li value=\"%d\" class=\"v\">",
		    r->item_no++);
	else
		textbuf_adds(&r->out, "<li class=\"v\">");
	html_add(r, text, SANITIZE_NEWLINES);
	textbuf_adds(&r->out, "</li>\n");
}

static void
html_list_end(struct report *r)
{
	textbuf_adds(&r->out, r->numbered ? "</ol>\n" : "</ul>\n");
}

static void
html_cell(struct report *r, const char *tag, const char *cls,
    const char *text)
{
	if (cls != NULL)
		textbuf_addf(&r->out, "<%s class=\"%s\">", tag, cls);
	else
		textbuf_addf(&r->out, "<%s>", tag);
	html_add(r, text, SANITIZE_NEWLINES);
	textbuf_addf(&r->out, "</%s>", tag);
}

static void
html_wheel(struct report *r)
{
	struct report_wheel_row *rows;
	size_t i, n;
	int m;

	textbuf_adds(&r->out, "<table class=\"wheel\">\n<tr>");
	html_cell(r, "th", NULL, _("Activity"));
	for (m = 1; m <= 12; m++) {
		textbuf_addf(&r->out, "<th class=\"m\" title=\"");
		html_add(r, report_month_name(m), 0);
		textbuf_adds(&r->out, "\">");
		html_add(r, report_month_letter(m), 0);
		textbuf_adds(&r->out, "</th>");
	}
	html_cell(r, "th", NULL, _("Responsible"));
	html_cell(r, "th", NULL, _("Roles"));
	textbuf_adds(&r->out, "</tr>\n");
	rows = report_wheel_rows(r, &n);
	for (i = 0; i < n; i++) {
		textbuf_adds(&r->out, "<tr>");
		html_cell(r, "td", NULL, rows[i].title);
		for (m = 1; m <= 12; m++)
			html_cell(r, "td", "m", m == rows[i].month ? "●" : "");
		html_cell(r, "td", NULL, rows[i].responsible);
		html_cell(r, "td", NULL, rows[i].activity->role);
		textbuf_adds(&r->out, "</tr>\n");
	}
	textbuf_adds(&r->out, "</table>\n");
	report_wheel_rows_free(rows, n);
}

/* A cell of the ESG table; a share has its n and interval below. */
static void
html_esg_cell(struct report *r, const struct report_esg_cell *cell,
    bool numeric)
{
	if (*cell->range == '\0') {
		html_cell(r, "td", numeric ? "n" : NULL, numeric &&
		    *cell->text == '\0' ? "–" : cell->text);
		return;
	}
	textbuf_adds(&r->out, "<td class=\"n\">");
	html_add(r, cell->text, 0);
	textbuf_addf(&r->out, "<br><span class=\"note\">n = %ld<br>",
	    cell->n);
	html_add(r, cell->range, 0);
	textbuf_adds(&r->out, "</span></td>");
}

static void
html_table(struct report *r, const struct report_esg *e)
{
	size_t row, c;

	textbuf_adds(&r->out, "<table class=\"esg\">\n<tr>");
	for (c = 0; c < e->n_cols; c++)
		html_cell(r, "th", NULL, e->cols[c].label);
	textbuf_adds(&r->out, "</tr>\n");
	for (row = 0; row < e->n_rows; row++) {
		textbuf_adds(&r->out, "<tr>");
		for (c = 0; c < e->n_cols; c++)
			html_esg_cell(r, report_esg_cell(e, row, c),
			    report_esg_numeric(e, c));
		textbuf_adds(&r->out, "</tr>\n");
	}
	textbuf_adds(&r->out, "</table>\n");
}

static void
html_esg_table(struct report *r)
{
	struct report_esg *e = report_esg_new(r);

	html_table(r, e);
	textbuf_adds(&r->out, "<p class=\"note\">");
	/* xgettext:no-c-format */
	html_add(r, _("Under each percentage: n and the 95% confidence "
	    "interval (see Method and limitations). In the charts the black "
	    "line is the interval and the red mark the target."), 0);
	textbuf_adds(&r->out, "</p>\n");
	report_esg_free(e);
}

/* The bar scale's top: 100 for percents, a round-up of the counts. */
static double
html_scale(const struct stats_indicator *si)
{
	double top = si->indicator->has_target ? si->indicator->target : 0;
	size_t i;

	if (si->indicator->kind == INDICATOR_PERCENT)
		return 100.0;
	for (i = 0; i < si->n_periods; i++)
		if (!isnan(si->periods[i].value) && si->periods[i].value > top)
			top = si->periods[i].value;
	return top > 0 ? top * 1.1 : 1.0;
}

static void
html_bar(struct report *r, const struct stats_indicator *si,
    const struct stats_period *p, double top)
{
	const struct indicator *ind = si->indicator;
	char a[32], b[32];

	textbuf_adds(&r->out, "<td style=\"width:60%\"><div class=\"bar\">");
	if (!isnan(p->value)) {
		report_fmt1(a, fmin(p->value / top * 100.0, 100.0));
		textbuf_addf(&r->out, "<div class=\"fill\" "
		    "style=\"width:%s%%\"></div>", a);
	}
	if (!isnan(p->lo) && !isnan(p->hi)) {
		report_fmt1(a, p->lo / top * 100.0);
		report_fmt1(b, (p->hi - p->lo) / top * 100.0);
		textbuf_addf(&r->out, "<div class=\"ci\" style=\"left:%s%%;"
		    "width:%s%%\"></div>", a, b);
	}
	if (ind->has_target) {
		report_fmt1(a, fmin(ind->target / top * 100.0, 100.0));
		textbuf_addf(&r->out, "<div class=\"target\" "
		    "style=\"left:%s%%\"></div>", a);
	}
	textbuf_adds(&r->out, "</div></td>");
}

/* Bars for the periods, then the latest change in words. */
static void
html_chart(struct report *r, const struct stats_indicator *si)
{
	double top = html_scale(si);
	char v[48];
	size_t i;

	textbuf_adds(&r->out, "<table class=\"chart\">\n");
	for (i = 0; i < si->n_periods; i++) {
		const struct stats_period *p = &si->periods[i];

		textbuf_adds(&r->out, "<tr>");
		html_cell(r, "td", NULL, p->period);
		html_bar(r, si, p, top);
		report_fmt_value(v, p, false);
		html_cell(r, "td", "n", *v != '\0' ? v : "–");
		textbuf_adds(&r->out, "</tr>\n");
	}
	report_html_axis(&r->out, si->indicator->kind, top);
	textbuf_adds(&r->out, "</table>\n");
}

const struct report_ops report_html_ops = {
	html_begin, html_end, html_heading, html_field, html_list_begin,
	html_item, html_list_end, html_wheel, html_esg_table, html_chart,
	html_table
};
