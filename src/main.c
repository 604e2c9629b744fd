/*
 * b2c: option parsing, locale set-up and dispatch to the sub-commands.
 * No logic lives here.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/cli.h"
#include "b2c/i18n.h"
#include "b2c/lang.h"
#ifdef B2C_WIZARD
#include "b2c/line.h"
#endif
#include "b2c/settings.h"

struct command {
	const char *name;
	int (*run)(int, char **, const struct cli_options *);
};

/* The wizard's commands (and the imports) are known to the wizard
 * program alone; b2c hands every call it does not know over to that
 * program. */
static const struct command commands[] = {
	{ "check", cmd_check },
#ifdef B2C_WIZARD
	{ "view", cmd_view },
#endif
	{ "report", cmd_report },
	{ "list", cmd_list },
	{ "agenda", cmd_agenda },
	{ "calendar", cmd_calendar },
	{ "new-year", cmd_new_year },
	{ "new", cmd_new },
#ifdef B2C_WIZARD
	/* The imports read CSV (libcsv): b2c itself, where the commands that
	 * only read and print run, does not load it at every start. */
	{ "import-part1", cmd_import_part1 },
	{ "import-responses", cmd_import_responses },
#endif
	{ "merge", cmd_merge },
	{ "diff", cmd_diff },
	{ "init-git", cmd_init_git },
	{ "questionnaire", cmd_questionnaire },
};

/* What the global options ask for besides running. */
enum main_action {
	MAIN_RUN,
	MAIN_HELP,
	MAIN_VERSION,
	MAIN_BAD_OPTION
};

static void
usage(FILE *out)
{
	fputs(_("Usage: b2c [OPTION]... [FILE]\n"
	    "  or:  b2c [OPTION]... COMMAND [ARGUMENT]...\n"
	    "Guide a housing organisation and a local company through the\n"
	    "Business2Community dialogue tool, and review saved sessions.\n"
	    "\n"
	    "With FILE, open that session in the wizard (a new session when\n"
	    "FILE does not exist); without FILE, choose a session from the\n"
	    "sessions directory.\n"), out);
	fputs(_("\n"
	    "Commands:\n"
	    "  new FILE [--template=NAME]  start a session from a template;\n"
	    "                          --template=list lists the templates\n"
	    "  view FILE               show a session read-only\n"
	    "  check [-v] FILE...      validate session files\n"
	    "  report FILE [--format=FORMAT] [--width=N] [--ascii] [-o OUT]\n"
	    "                          print a report; FORMAT is text,\n"
	    "                          markdown, html or csv\n"
	    "  list [--ascii] [DIR]    list the sessions in a directory\n"
	    "  import-part1 SESSION OTHER [--replace]\n"
	    "                          bring the other party's Del 1 in\n"
	    "  import-responses SESSION --period=LABEL FILE.csv\n"
	    "                          add survey responses to a period\n"), out);
	fputs(_("  merge BASE OURS THEIRS  merge two versions of a session, as\n"
	    "                          git's merge driver\n"), out);
	fputs(_("  diff A B [--format=FORMAT]  what changed from session A to B;\n"
	    "                          FORMAT is text or markdown\n"), out);
	fputs(_("  init-git [DIR]          make git merge and diff sessions with\n"
	    "                          b2c in DIR's repository\n"), out);
	fputs(_("  agenda [--today=DATE] [--days=N] [FILE|DIR]...\n"
	    "                          print what is due, in date order\n"),
	    out);
	fputs(_("  questionnaire FILE [--format=text|html|csv] [-o OUT]\n"
	    "                          the survey to print, or a CSV template\n"),
	    out);
	fputs(_("  calendar FILE           print the dates as an iCalendar\n"),
	    out);
	fputs(_("  new-year [--year=N] FILE  start the next year: the annual\n"
	    "                          wheel and meeting dates carried forward\n"),
	    out);
	fputs(_("\n"
	    "Options:\n"
	    "  -d, --dir=DIR           sessions directory\n"
	    "  -r, --read-only         open without changing anything\n"
	    "      --demo              open a private copy of the demo session\n"
	    "      --lang=LANG         language of the interface: da (Danish)\n"
	    "                          or en (English)\n"
	    "      --ascii             draw with ASCII characters only\n"
	    "  -h, --help              display this help and exit\n"
	    "  -V, --version           output version information and exit\n"),
	    out);
	fputs(_("      --line              ask the guide's questions as plain\n"
	    "                          lines (screen readers, braille, answers\n"
	    "                          from a file); the default when TERM is\n"
	    "                          dumb or not set\n"), out);
	fputs(_("\n"
	    "Exit status: 0 if OK, 1 on a data error (bad file, failed save),\n"
	    "2 on a usage error.\n"
	    "\n"
	    "Full documentation: man b2c, man b2c-session.\n"), out);
}

/* An option the global parser refused, reported once the language is
 * known. */
struct bad_option {
	int		 missing;	/* the option needs an argument */
	int		 letter;	/* an unknown short option, or 0 */
	const char	*arg;		/* the word on the command line */
};

/* Parses the options before the command without printing anything (the
 * language is not known yet). */
static int
parse_global(int argc, char **argv, struct cli_options *opts,
    enum main_action *action, struct bad_option *bad)
{
	static const struct option longopts[] = {
		{ "dir", required_argument, NULL, 'd' },
		{ "read-only", no_argument, NULL, 'r' },
		{ "demo", no_argument, NULL, 'D' },
		{ "lang", required_argument, NULL, 'L' },
		{ "ascii", no_argument, NULL, 'A' },
		{ "line", no_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	opterr = 0;
	*action = MAIN_RUN;
	while ((c = getopt_long(argc, argv, "+:d:rhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'd': opts->sessions_dir = optarg; break;
		case 'r': opts->read_only = true; break;
		case 'D': opts->demo = true; break;
		case 'L': opts->lang = optarg; break;
		case 'A': opts->ascii = true; break;
		case 'l': opts->line = true; break;
		case 'h': *action = MAIN_HELP; return optind;
		case 'V': *action = MAIN_VERSION; return optind;
		default:
			bad->missing = (c == ':');
			bad->letter = optopt;
			bad->arg = argv[optind - 1];
			*action = MAIN_BAD_OPTION;
			return optind;
		}
	}
	return optind;
}

/*
 * --lang after the command ("b2c report FILE --lang en") chooses the
 * language as it does before it. It is taken out of the command's words,
 * so the command's own parser never sees it; "--" ends the search.
 * Returns the words left.
 */
static int
take_lang_after(int argc, char **argv, int first, struct cli_options *opts)
{
	int i, out = first + 1, skip;

	for (i = first + 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		skip = 0;
		if (strncmp(argv[i], "--lang=", 7) == 0) {
			opts->lang = argv[i] + 7;
			skip = 1;
		} else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) {
			opts->lang = argv[i + 1];
			skip = 2;
		}
		if (skip > 0) {
			i += skip - 1;
			continue;
		}
		argv[out++] = argv[i];
	}
	for (; i < argc; i++)
		argv[out++] = argv[i];
	argv[out] = NULL;
	return out;
}

static void
report_bad_option(const struct bad_option *bad)
{
	if (bad->missing)
		cli_error(_("b2c: option '%s' requires an argument\n"),
		    bad->arg);
	else if (bad->letter != 0)
		cli_error(_("b2c: invalid option -- '%c'\n"), bad->letter);
	else
		cli_error(_("b2c: unrecognized option '%s'\n"), bad->arg);
	fprintf(stderr, _("Try 'b2c --help' for more information.\n"));
}

/*
 * Reads the settings files and sets up the language: --lang, else the
 * settings, else the locale, else Danish. Problems in the settings files
 * are reported in the chosen language, so a bad file is read again after
 * the language is known. Returns 0, or an exit status.
 */
static int
setup_language(struct cli_options *opts, struct settings *settings)
{
	const char *lang, *localedir;
	char *cause = NULL;
	int bad_settings, bad_lang;

	bad_settings = settings_load(settings, NULL) != 0;
	bad_lang = opts->lang != NULL && lang_parse(opts->lang) == NULL;
	lang_choose(bad_lang ? NULL : opts->lang, settings->language, &lang,
	    NULL);
	if ((localedir = getenv("B2C_LOCALEDIR")) == NULL || *localedir == '\0')
		localedir = LOCALEDIR;
	if (lang_apply(lang, localedir, &cause) != 0) {
		fprintf(stderr, "b2c: %s\n", cause);
		free(cause);
	}
	if (bad_lang) {
		cli_error(_("b2c: unknown language '%s' (use da or en)\n"),
		    opts->lang);
		fprintf(stderr, _("Try 'b2c --help' for more information.\n"));
		return EXIT_USAGE;
	}
	if (bad_settings) {
		settings_clear(settings);
		cause = NULL;
		settings_load(settings, &cause);
		/* An admin's or a user's file: its values are shown, so
		 * control characters in them are made visible. */
		if (cause != NULL)
			cli_error("%s\n", cause);
		free(cause);
	}
	settings_set_current(settings);
	if (settings->ascii)
		opts->ascii = true;
	return 0;
}

static const struct command *
find_command(const char *name)
{
	size_t i;

	for (i = 0; name != NULL && i < sizeof commands / sizeof commands[0];
	    i++) {
		if (strcmp(name, commands[i].name) == 0)
			return &commands[i];
	}
	return NULL;
}

/* What no command took: the line mode or the wizard on FILE, or (in b2c
 * itself) the report that the wizard program could not be started. */
static int
run_rest(int argc, char **argv, int first, const struct cli_options *opts,
    int exec_errno)
{
#ifdef B2C_WIZARD
	struct cli_options view;

	/* b2c view FILE in the line mode: the same, read-only. */
	if (opts->line && first + 2 == argc &&
	    strcmp(argv[first], "view") == 0) {
		view = *opts;
		view.read_only = true;
		return cli_line(&view, argv[first + 1]);
	}
	if (argc - first > 1) {
		fprintf(stderr, _("b2c: too many arguments\n"));
		fprintf(stderr, _("Try 'b2c --help' for more information.\n"));
		return EXIT_USAGE;
	}
	if (opts->line)
		return cli_line(opts, first < argc ? argv[first] : NULL);
	(void)exec_errno;
	return cli_wizard(opts, first < argc ? argv[first] : NULL);
#else
	(void)argc;
	(void)argv;
	(void)first;
	(void)opts;
	return wizard_exec_failed(exec_errno);
#endif
}

int
main(int argc, char **argv)
{
	static struct settings settings;
	struct cli_options opts;
	struct bad_option bad;
	enum main_action action;
	const struct command *cmd;
	int first, status, exec_errno = 0;

	memset(&opts, 0, sizeof opts);
	memset(&bad, 0, sizeof bad);
	settings_init(&settings);
	first = parse_global(argc, argv, &opts, &action, &bad);
	cmd = find_command(first < argc ? argv[first] : NULL);
	if (cmd != NULL)
		argc = take_lang_after(argc, argv, first, &opts);
#ifdef B2C_WIZARD
	/* Without a terminal to draw on, the guide is asked as lines. */
	if (line_wanted())
		opts.line = true;
#else
	/* The wizard and the line mode are the wizard program's: the
	 * commands that only read and print load neither curses nor the
	 * line editor, and start as fast as the bare parse they are
	 * measured against. Before the settings are read, so the wizard
	 * reports them once. */
	if (action == MAIN_RUN && cmd == NULL)
		exec_errno = wizard_exec(argv);
#endif
	if ((status = setup_language(&opts, &settings)) != 0)
		return status;
	switch (action) {
	case MAIN_HELP:
		usage(stdout);
		return 0;
	case MAIN_VERSION:
		printf("b2c %s\n", PACKAGE_VERSION);
		return 0;
	case MAIN_BAD_OPTION:
		report_bad_option(&bad);
		return EXIT_USAGE;
	case MAIN_RUN:
		break;
	}
	opterr = 1;	/* the commands' own parsers report their errors */
	if (cmd == NULL)
		return run_rest(argc, argv, first, &opts, exec_errno);
	optind = 0;	/* let the command re-scan */
	return cmd->run(argc - first, argv + first, &opts);
}
