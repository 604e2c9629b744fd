/*
 * b2c questionnaire FILE [--format text|html|csv] [-o OUT]: the
 * partnership's survey to print (text, or HTML that prints on A4) or a
 * CSV template for a spreadsheet, whose headers import-responses reads.
 */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/cli.h"
#include "b2c/i18n.h"
#include "b2c/output-file.h"
#include "b2c/questionnaire.h"
#include "b2c/store.h"
#include "b2c/util.h"

static void
questionnaire_usage(FILE *out)
{
	fprintf(out, "%s", _("Usage: b2c questionnaire FILE [--format "
	    "text|html|csv] [-o OUT]\n"
	    "Print the session's survey: its statements with the five answer "
	    "boxes and\n"
	    "Ved ikke (text, or HTML that prints on A4), or a CSV template "
	    "whose headers\n"
	    "import-responses reads.\n"));
}

/* Writes text to path ("-" or NULL: standard output); a file as
 * output-file.h writes it, never replacing a device, FIFO or link. */
static int
questionnaire_write(const char *path, const char *text)
{
	char *cause = NULL;

	if (path == NULL || strcmp(path, "-") == 0) {
		if (fputs(text, stdout) < 0 || fflush(stdout) != 0) {
			cli_error(_("%s: could not be written\n"), "-");
			return EXIT_DATA;
		}
		return 0;
	}
	if (output_file_write(path, text, strlen(text), &cause) != 0) {
		cli_error("%s\n", cause);
		free(cause);
		return EXIT_DATA;
	}
	return 0;
}

int
cmd_questionnaire(int argc, char **argv, const struct cli_options *opts)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *out = NULL;
	int c, format = QUESTIONNAIRE_TEXT, rc;
	struct session *s;
	char *cause = NULL, *text;

	(void)opts;
	while ((c = getopt_long(argc, argv, "f:o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if ((format = questionnaire_parse_format(optarg)) < 0) {
				cli_error(_("b2c questionnaire: unknown format "
				    "\"%s\"\n"), optarg);
				return EXIT_USAGE;
			}
			break;
		case 'o': out = optarg; break;
		case 'h': questionnaire_usage(stdout); return 0;
		default: questionnaire_usage(stderr); return EXIT_USAGE;
		}
	}
	if (argc - optind != 1) {
		questionnaire_usage(stderr);
		return EXIT_USAGE;
	}
	if (store_load(argv[optind], &s, NULL, &cause) != 0) {
		cli_error("%s\n", cause);
		free(cause);
		return EXIT_DATA;
	}
	text = questionnaire_render(s, (enum questionnaire_format)format);
	session_free(s);
	rc = questionnaire_write(out, text);
	free(text);
	return rc;
}
