/* Placeholder until the report area lands. */
#include "config.h"

#include <stdio.h>

#include "b2c/cli.h"

int
cmd_list(int argc, char **argv, const struct cli_options *opts)
{
	(void)argc; (void)argv; (void)opts;
	fputs("b2c: this command is not available in this build\n", stderr);
	return EXIT_USAGE;
}
