/*
 * The partnership's own survey as residents fill it in: its statements
 * with the five answer boxes and Ved ikke, as text, as HTML that prints
 * on A4, or as a CSV template (UTF-8 with BOM, ';', CRLF, as Danish Excel
 * opens it) whose headers are the statements' wording, so a filled-in
 * template imports by construction.
 */
#ifndef B2C_QUESTIONNAIRE_H
#define B2C_QUESTIONNAIRE_H

#include "b2c/session.h"

enum questionnaire_format {
	QUESTIONNAIRE_TEXT,
	QUESTIONNAIRE_HTML,
	QUESTIONNAIRE_CSV
};

/* "text", "html" or "csv"; -1 otherwise. */
int	 questionnaire_parse_format(const char *);
/* The questionnaire in the interface language; allocated, never NULL. */
char	*questionnaire_render(const struct session *,
	    enum questionnaire_format);

#endif
