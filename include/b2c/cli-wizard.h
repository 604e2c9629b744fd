/*
 * Opening a session in the wizard, shared by `b2c [FILE]` and
 * `b2c view FILE`: load (or start a new session), take the lock unless
 * read-only, run the TUI, release.
 */
#ifndef B2C_CLI_WIZARD_H
#define B2C_CLI_WIZARD_H

#include <stdbool.h>

#include "b2c/cli.h"

/* view: read-only, no lock, never writes, offers the whole page. */
int	cli_wizard_open(const struct cli_options *, const char *file,
	    bool view);

#endif
