/* Placeholder until the TUI area lands. */
#include "config.h"

#include <stdio.h>

#include "b2c/cli.h"

int
cli_wizard(const struct cli_options *opts, const char *file)
{
	(void)opts; (void)file;
	fputs("b2c: the wizard is not available in this build\n", stderr);
	return EXIT_USAGE;
}
