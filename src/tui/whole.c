/*
 * The whole session on one scrollable page (F4 / Ctrl-W, and the main
 * page of b2c view): the text report, in the same reading order as
 * b2c report, wrapped to the screen and scrolled like the help.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/report.h"
#include "b2c/util.h"
#include "tui-internal.h"

/*
 * Builds the page of the whole session and shows it: the text report
 * (the same reading order as b2c report), wrapped to the screen.
 */
void
whole_open(struct tui *tui)
{
	char *text = report_text(tui->s, tui->cols - 4, theme_ascii() ?
	    REPORT_ASCII : 0), *line, *next;

	page_free(tui);
	tui->mode = MODE_WHOLE;
	tui->page_top = 0;
	for (line = text; *line != '\0'; line = next) {
		next = line + strcspn(line, "\n");
		if (*next == '\n')
			*next++ = '\0';
		page_add(tui, line, 0);
	}
	free(text);
	tui->need_full = true;
}
