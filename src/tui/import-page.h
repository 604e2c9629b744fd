/*
 * The pages the import dialog (import-dialog.c) leaves behind: what an
 * import or a preview counted, why nothing was imported, and the help on
 * survey files. Private to the two files.
 */
#ifndef B2C_TUI_IMPORT_PAGE_H
#define B2C_TUI_IMPORT_PAGE_H

#include "b2c/import.h"
#include "tui-internal.h"

/* Answers held by the period's tallies of each indicator (-1: none). */
long	*import_page_totals(const struct session *, const char *period);
/* The page after an import or (dry) a preview. */
void	 import_page_result(struct tui *, const char *period,
	    const long *before, const struct import_result *, bool dry);
/* The page after a refusal: the message, and what to do next. */
void	 import_page_refused(struct tui *, const char *cause, bool already);
/* F1 in the dialog: the survey files b2c reads. */
void	 import_page_help(struct tui *);

#endif
