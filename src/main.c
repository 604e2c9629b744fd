/*
 * b2c: option parsing, locale set-up and dispatch to the sub-commands.
 * No logic lives here.
 */
#include "config.h"

#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/cli.h"
#include "b2c/i18n.h"

struct command {
	const char *name;
	int (*run)(int, char **, const struct cli_options *);
};

static const struct command commands[] = {
	{ "check", cmd_check },
	{ "view", cmd_view },
	{ "report", cmd_report },
	{ "list", cmd_list },
	{ "new", cmd_new },
	{ "import-part1", cmd_import_part1 },
	{ "import-responses", cmd_import_responses },
};

static void
usage(FILE *out)
{
	fprintf(out, _("Usage: b2c [OPTION]... [FILE]\n"
	    "  or:  b2c COMMAND [OPTION]... FILE...\n"
	    "Guide a housing organisation and a local company through the\n"
	    "Business2Community dialogue tool, and review saved sessions.\n"
	    "\n"
	    "Commands:\n"
	    "  check FILE...             validate session files\n"
	    "  view FILE                 open a session read-only\n"
	    "  report FILE               print a report (text, markdown, html, csv)\n"
	    "  list [DIR]                list the sessions in a directory\n"
	    "  new FILE [--template NAME]  start a session from a template\n"
	    "  import-part1 SESSION OTHER  bring the other party's Del 1 in\n"
	    "  import-responses SESSION --period LABEL FILE.csv\n"
	    "                            add survey responses to a period\n"
	    "\n"
	    "Options:\n"
	    "  -d, --dir=DIR             sessions directory\n"
	    "  -r, --read-only           open without changing anything\n"
	    "      --demo                open a private copy of the demo session\n"
	    "      --lang=da|en          language of the interface\n"
	    "      --ascii               draw with ASCII only\n"
	    "  -h, --help                display this help and exit\n"
	    "  -V, --version             output version information and exit\n"
	    "\n"
	    "Exit status: 0 success, 1 data error, 2 usage error.\n"
	    "See b2c(1) and b2c-session(5).\n"));
}

/* Parses the options before the command; returns optind or -1 to exit. */
static int
parse_global(int argc, char **argv, struct cli_options *opts, int *status)
{
	static const struct option longopts[] = {
		{ "dir", required_argument, NULL, 'd' },
		{ "read-only", no_argument, NULL, 'r' },
		{ "demo", no_argument, NULL, 'D' },
		{ "lang", required_argument, NULL, 'L' },
		{ "ascii", no_argument, NULL, 'A' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "+d:rhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'd': opts->sessions_dir = optarg; break;
		case 'r': opts->read_only = true; break;
		case 'D': opts->demo = true; break;
		case 'L': opts->lang = optarg; break;
		case 'A': opts->ascii = true; break;
		case 'h': usage(stdout); *status = 0; return -1;
		case 'V':
			printf("b2c %s\n", PACKAGE_VERSION);
			*status = 0;
			return -1;
		default:
			fprintf(stderr, _("Try 'b2c --help' for more "
			    "information.\n"));
			*status = EXIT_USAGE;
			return -1;
		}
	}
	return optind;
}

int
main(int argc, char **argv)
{
	struct cli_options opts;
	int first, status = 0;
	size_t i;

	memset(&opts, 0, sizeof opts);
	setlocale(LC_ALL, "");
#ifdef ENABLE_NLS
	bindtextdomain(PACKAGE, LOCALEDIR);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
#endif
	first = parse_global(argc, argv, &opts, &status);
	if (first < 0)
		return status;
	if (first < argc) {
		for (i = 0; i < sizeof commands / sizeof commands[0]; i++) {
			if (strcmp(argv[first], commands[i].name) == 0) {
				optind = 0;	/* let the command re-scan */
				return commands[i].run(argc - first,
				    argv + first, &opts);
			}
		}
	}
	if (argc - first > 1) {
		fprintf(stderr, _("b2c: too many arguments\n"));
		fprintf(stderr, _("Try 'b2c --help' for more information.\n"));
		return EXIT_USAGE;
	}
	return cli_wizard(&opts, first < argc ? argv[first] : NULL);
}
