/*
 * The questionnaire of a session: every survey question the partnership
 * asks (each statement of its percent indicators, or the indicator itself
 * when it has none), numbered in the order of the indicators. The three
 * renderings share that list; the answer labels are the scale's Danish
 * data labels, which is what the import reads back.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/questionnaire.h"
#include "b2c/stats.h"
#include "b2c/textbuf.h"
#include "b2c/textwrap.h"
#include "b2c/util.h"

#define Q_WIDTH	72	/* of the text rendering */

int
questionnaire_parse_format(const char *name)
{
	if (strcmp(name, "text") == 0)
		return QUESTIONNAIRE_TEXT;
	if (strcmp(name, "html") == 0)
		return QUESTIONNAIRE_HTML;
	if (strcmp(name, "csv") == 0)
		return QUESTIONNAIRE_CSV;
	return -1;
}

/* Calls fn for each question: its wording, in order. */
static void
each_question(const struct session *s, void (*fn)(struct textbuf *,
    size_t, const char *), struct textbuf *b)
{
	const struct indicator *ind;
	size_t i, k, n = 0;

	for (i = 0; i < s->n_indicators; i++) {
		ind = &s->indicators[i];
		if (ind->kind != INDICATOR_PERCENT || !ind->adopted)
			continue;
		for (k = 0; k < ind->n_statements; k++)
			fn(b, ++n, ind->statements[k].text[0] != '\0' ?
			    ind->statements[k].text : ind->statements[k].id);
		if (ind->n_statements == 0)
			fn(b, ++n, ind->name);
	}
}

static void
text_question(struct textbuf *b, size_t n, const char *wording)
{
	char *prefix = xasprintf("%zu. ", n);
	char *rest = xasprintf("%*s", (int)strlen(prefix), "");
	int i;

	textwrap_buf(b, wording, Q_WIDTH, prefix, rest);
	textbuf_addc(b, '\n');
	for (i = 0; i <= STATS_STEP_DONT_KNOW; i++)
		textbuf_addf(b, "%s[ ] %s\n", rest, stats_step_name(i));
	textbuf_addc(b, '\n');
	free(prefix);
	free(rest);
}

/* Text with &, <, > and " escaped. */
static void
html_text(struct textbuf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '&': textbuf_adds(b, "&amp;"); break;
		case '<': textbuf_adds(b, "&lt;"); break;
		case '>': textbuf_adds(b, "&gt;"); break;
		case '"': textbuf_adds(b, "&quot;"); break;
		default: textbuf_addc(b, *s); break;
		}
	}
}

static void
html_question(struct textbuf *b, size_t n, const char *wording)
{
	int i;

	textbuf_addf(b, "<tr><th scope=\"row\">%zu. ", n);
	html_text(b, wording);
	textbuf_adds(b, "</th>");
	for (i = 0; i <= STATS_STEP_DONT_KNOW; i++)
		textbuf_adds(b, "<td>&#9744;</td>");
	textbuf_adds(b, "</tr>\n");
}

static void
render_html(const struct session *s, struct textbuf *b)
{
	int i;

	textbuf_adds(b, "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<title>");
	html_text(b, s->title[0] ? s->title : _("Questionnaire"));
	textbuf_adds(b, "</title>\n<style>\n"
	    "@page { size: A4; margin: 18mm; }\n"
	    "body { font: 11pt sans-serif; }\n"
	    "table { border-collapse: collapse; width: 100%; }\n"
	    "th, td { border: 1px solid #444; padding: 4pt; }\n"
	    "th[scope=row] { text-align: left; font-weight: normal; }\n"
	    "td { text-align: center; font-size: 14pt; width: 11%; }\n"
	    "tr { page-break-inside: avoid; }\n"
	    "</style>\n</head>\n<body>\n<h1>");
	html_text(b, s->title[0] ? s->title : _("Questionnaire"));
	textbuf_adds(b, "</h1>\n");
	if (s->area[0] != '\0') {
		textbuf_adds(b, "<p>");
		html_text(b, s->area);
		textbuf_adds(b, "</p>\n");
	}
	textbuf_adds(b, "<p>");
	html_text(b, _("Put one cross for each statement."));
	textbuf_adds(b, "</p>\n<table>\n<tr><th></th>");
	for (i = 0; i <= STATS_STEP_DONT_KNOW; i++) {
		textbuf_adds(b, "<th>");
		html_text(b, stats_step_name(i));
		textbuf_adds(b, "</th>");
	}
	textbuf_adds(b, "</tr>\n");
	each_question(s, html_question, b);
	textbuf_adds(b, "</table>\n</body>\n</html>\n");
}

/* One CSV cell, quoted when it holds ';', '"' or a line end. */
static void
csv_question(struct textbuf *b, size_t n, const char *wording)
{
	(void)n;
	textbuf_addc(b, ';');
	if (strpbrk(wording, ";\"\r\n") == NULL) {
		textbuf_adds(b, wording);
		return;
	}
	textbuf_addc(b, '"');
	for (; *wording != '\0'; wording++) {
		if (*wording == '"')
			textbuf_addc(b, '"');
		textbuf_addc(b, *wording);
	}
	textbuf_addc(b, '"');
}

char *
questionnaire_render(const struct session *s, enum questionnaire_format f)
{
	struct textbuf b;

	textbuf_init(&b);
	switch (f) {
	case QUESTIONNAIRE_TEXT:
		textbuf_addf(&b, "%s\n", s->title[0] ? s->title :
		    _("Questionnaire"));
		if (s->area[0] != '\0')
			textbuf_addf(&b, "%s\n", s->area);
		textbuf_addf(&b, "\n%s\n\n", _("Put one cross for each "
		    "statement."));
		each_question(s, text_question, &b);
		break;
	case QUESTIONNAIRE_HTML:
		render_html(s, &b);
		break;
	case QUESTIONNAIRE_CSV:
		/* What Danish Excel's "CSV UTF-8" writes: BOM, ';', CRLF. */
		textbuf_adds(&b, "\xef\xbb\xbf");
		textbuf_adds(&b, _("Respondent"));
		each_question(s, csv_question, &b);
		textbuf_adds(&b, "\r\n");
		break;
	}
	return textbuf_detach(&b);
}
