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
	"@page{size:A4;margin:18mm 15mm}\n"
	"@media print{body{max-width:none;margin:0;padding:0;font-size:10pt}"
	"h2{page-break-before:always}h2.first{page-break-before:avoid}"
	"table,.bar{page-break-inside:avoid}"
	".bar,.fill,.ci,.target,th{-webkit-print-color-adjust:exact;"
	"print-color-adjust:exact}}\n";

static void
html_add(struct report *r, const char *text, int flags)
{
	sanitize_html_buf(&r->out, text, flags);
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
	textbuf_adds(&r->out, "<p class=\"f\"><span class=\"l\">");
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
	const struct activity **order;
	size_t i;
	int m, month;

	if (r->s->part2.n_wheel == 0) {
		html_field(r, _("Annual wheel"), _("(no activities yet)"));
		return;
	}
	html_field(r, _("Annual wheel"), "");
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
	order = report_wheel_order(r->s);
	for (i = 0; i < r->s->part2.n_wheel; i++) {
		const struct activity *a = order[i];
		char *title = report_activity_title(a);

		month = report_activity_month(a);
		textbuf_adds(&r->out, "<tr>");
		html_cell(r, "td", NULL, title);
		for (m = 1; m <= 12; m++)
			html_cell(r, "td", "m", m == month ? "●" : "");
		html_cell(r, "td", NULL, report_responsible(r->s, a));
		html_cell(r, "td", NULL, a->role);
		textbuf_adds(&r->out, "</tr>\n");
		free(title);
	}
	textbuf_adds(&r->out, "</table>\n");
	free(order);
}

/* A value's cell of the ESG table: figure, then n and interval. */
static void
html_figure(struct report *r, const struct stats_period *p)
{
	char v[48], range[64];

	report_fmt_value(v, p, false);
	textbuf_adds(&r->out, "<td class=\"n\">");
	html_add(r, *v != '\0' ? v : "–", 0);
	if (*v != '\0' && p->kind == INDICATOR_PERCENT) {
		report_fmt_range(range, p->lo, p->hi, false);
		textbuf_addf(&r->out, "<br><span class=\"note\">n = %ld<br>",
		    p->n);
		html_add(r, range, 0);
		textbuf_adds(&r->out, "</span>");
	}
	textbuf_adds(&r->out, "</td>");
}

static void
html_esg_row(struct report *r, size_t i, const char **periods, size_t n)
{
	const struct indicator *ind = &r->s->indicators[i];
	char buf[64], *v;
	size_t j;

	textbuf_adds(&r->out, "<tr>");
	v = *ind->opposite != '\0' ? xasprintf(_("%s (vs. %s)"), ind->name,
	    ind->opposite) : xstrdup(ind->name);
	html_cell(r, "td", NULL, v);
	free(v);
	html_cell(r, "td", NULL, ind->kpi);
	report_fmt_target(buf, ind, false);
	html_cell(r, "td", "n", buf);
	for (j = 0; j < n; j++)
		html_figure(r, report_period_of(&r->stats[i], periods[j]));
	html_cell(r, "td", NULL, ind->comment);
	html_cell(r, "td", NULL, report_esrs(ind));
	textbuf_adds(&r->out, "</tr>\n");
}

static void
html_esg_table(struct report *r)
{
	const char **periods;
	size_t n, i;

	periods = report_periods(r, &n);
	textbuf_adds(&r->out, "<table class=\"esg\">\n<tr>");
	html_cell(r, "th", NULL, _("Indicator"));
	html_cell(r, "th", NULL, _("KPI definition"));
	html_cell(r, "th", NULL, _("Target"));
	for (i = 0; i < n; i++)
		html_cell(r, "th", NULL, periods[i]);
	html_cell(r, "th", NULL, _("Comment"));
	html_cell(r, "th", NULL, _("ESRS"));
	textbuf_adds(&r->out, "</tr>\n");
	for (i = 0; i < r->s->n_indicators; i++)
		if (report_indicator_shown(&r->s->indicators[i]))
			html_esg_row(r, i, periods, n);
	textbuf_adds(&r->out, "</table>\n<p class=\"note\">");
	/* xgettext:no-c-format */
	html_add(r, _("Percentages are the share answering the two most "
	    "positive steps, with the 95% interval below. In the charts the "
	    "black line is the interval and the red mark the target."), 0);
	textbuf_adds(&r->out, "</p>\n");
	free(periods);
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
	textbuf_adds(&r->out, "</table>\n");
}

static void
html_indicator(struct report *r, const struct stats_indicator *si)
{
	const struct indicator *ind = si->indicator;
	char *v;
	size_t i;

	v = *ind->opposite != '\0' ? xasprintf(_("%s (vs. %s)"), ind->name,
	    ind->opposite) : xstrdup(ind->name);
	html_heading(r, 4, v);
	free(v);
	if (ind->n_statements != 0) {
		html_field(r, _("Statements"), "");
		html_list_begin(r, false);
		for (i = 0; i < ind->n_statements; i++)
			html_item(r, ind->statements[i].text);
		html_list_end(r);
	}
	if (si->n_periods == 0) {
		html_field(r, _("Measurements"), _("(none yet)"));
		return;
	}
	html_chart(r, si);
	html_list_begin(r, false);
	for (i = 0; i < si->n_periods; i++) {
		v = report_period_text(&si->periods[i],
		    &ind->measurements[i], false);
		html_item(r, v);
		free(v);
	}
	html_list_end(r);
	if ((v = report_change_text(si, false)) != NULL) {
		html_field(r, _("Latest change"), v);
		free(v);
	}
}

const struct report_ops report_html_ops = {
	html_begin, html_end, html_heading, html_field, html_list_begin,
	html_item, html_list_end, html_wheel, html_esg_table, html_indicator
};
