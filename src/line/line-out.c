/*
 * Everything the line mode writes goes through here, made visible the
 * way the reports do it (sanitize.h): no control character, escape
 * sequence or bidi override from a session file, a translation or an
 * answer can reach the terminal, so the output is plain text only.
 */
#include "config.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/sanitize.h"
#include "b2c/textbuf.h"
#include "b2c/textwrap.h"
#include "b2c/util.h"
#include "line-internal.h"

/* Writes text as it is, line ends kept, anything unsafe made visible. */
void
line_put(struct line *l, const char *text)
{
	char *safe = sanitize_text(text, SANITIZE_NEWLINES);

	fputs(safe, l->out);
	free(safe);
}

/* Writes one line made from fmt. */
void
line_say(struct line *l, const char *fmt, ...)
{
	va_list ap;
	char *text;

	va_start(ap, fmt);
	text = xvasprintf(fmt, ap);
	va_end(ap);
	line_put(l, text);
	fputc('\n', l->out);
	free(text);
}

/* An empty line, between steps and records. */
void
line_blank(struct line *l)
{
	fputc('\n', l->out);
}

/* Writes a paragraph of the guide wrapped to LINE_WIDTH, each line
 * after indent. */
void
line_para(struct line *l, const char *indent, const char *text)
{
	struct textbuf tb;
	char *safe;

	if (text == NULL || *text == '\0')
		return;
	safe = sanitize_text(text, SANITIZE_NEWLINES);
	textbuf_init(&tb);
	textwrap_buf(&tb, safe, LINE_WIDTH - (int)strlen(indent), indent,
	    indent);
	free(safe);
	if ((safe = textbuf_detach(&tb)) != NULL)
		fputs(safe, l->out);
	free(safe);
}

/* Writes a value from the session, each of its lines after indent, as
 * typed (not wrapped: it is what the user wrote). */
void
line_value(struct line *l, const char *indent, const char *value)
{
	char *safe = sanitize_text(value, SANITIZE_NEWLINES), *p, *nl;

	for (p = safe; ; p = nl + 1) {
		nl = strchr(p, '\n');
		fprintf(l->out, "%s%.*s\n", indent,
		    (int)(nl != NULL ? (size_t)(nl - p) : strlen(p)), p);
		if (nl == NULL)
			break;
	}
	free(safe);
}
