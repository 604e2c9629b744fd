/*
 * b2c view FILE: the wizard's screens read-only, plus the whole session
 * on one scrollable page (F4). No lock is taken and nothing is written,
 * so it works on a file someone else is editing.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "b2c/cli-wizard.h"
#include "b2c/i18n.h"

/* b2c view FILE. */
int
cmd_view(int argc, char **argv, const struct cli_options *opts)
{
	if (argc == 2 && (strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "--help") == 0)) {
		printf(_("Usage: b2c view FILE\n"
		    "Show a session read-only; F4 shows it on one page.\n"));
		return 0;
	}
	if (argc != 2 || argv[1][0] == '-') {
		fprintf(stderr, _("Usage: b2c view FILE\n"));
		return EXIT_USAGE;
	}
	return cli_wizard_open(opts, argv[1], true);
}
