/*
 * b2c check FILE...: validates session files. Silent on success (or
 * "FILE: ok" with -v); every problem of every file goes to stderr as
 * "FILE:LINE: text", and the exit status is 1 when any file is bad. The
 * conflicts b2c merge left are listed too, and make the file bad: it
 * reads, but someone must still decide them.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/cli.h"
#include "b2c/i18n.h"
#include "b2c/session.h"
#include "b2c/store.h"

static void
check_usage(FILE *out)
{
	fprintf(out, _("Usage: b2c check [-v] FILE...\n"
	    "Check that each session FILE can be read; print every problem\n"
	    "as FILE:LINE: text.\n"
	    "\n"
	    "  -v, --verbose   also say \"FILE: ok\" for good files\n"
	    "  -h, --help      display this help and exit\n"));
}

/* Lists a session's conflicts; true when there are none. */
static bool
check_conflicts(const char *path, const struct session *s)
{
	const struct conflict *c;
	size_t i;

	for (i = 0; i < s->n_conflicts; i++) {
		c = &s->conflicts[i];
		if (strcmp(c->kind, "removed-ours") == 0)
			cli_error(_("%s: conflict at %s: removed here, changed "
			    "in the other version (kept)\n"), path, c->path);
		else if (strcmp(c->kind, "removed-theirs") == 0)
			cli_error(_("%s: conflict at %s: changed here, removed "
			    "in the other version (kept)\n"), path, c->path);
		else
			cli_error(_("%s: conflict at %s: \"%s\" here, \"%s\" in "
			    "the other version\n"), path, c->path, c->ours,
			    c->theirs);
	}
	return s->n_conflicts == 0;
}

/* Checks one file; true when it is good. */
static bool
check_file(const char *path, bool verbose)
{
	struct session *s;
	char *cause = NULL;

	if (store_load(path, &s, NULL, &cause) != 0) {
		cli_error("%s\n", cause);
		free(cause);
		return false;
	}
	if (!check_conflicts(path, s)) {
		session_free(s);
		return false;
	}
	session_free(s);
	if (verbose)
		printf(_("%s: ok\n"), path);
	return true;
}

int
cmd_check(int argc, char **argv, const struct cli_options *opts)
{
	static const struct option longopts[] = {
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	bool verbose = false, bad = false;
	int c, i;

	while ((c = getopt_long(argc, argv, "vh", longopts, NULL)) != -1) {
		switch (c) {
		case 'v': verbose = true; break;
		case 'h': check_usage(stdout); return 0;
		default: check_usage(stderr); return EXIT_USAGE;
		}
	}
	if (optind >= argc) {
		cli_error(_("b2c check: no file given\n"));
		check_usage(stderr);
		return EXIT_USAGE;
	}
	for (i = optind; i < argc; i++)
		if (!check_file(argv[i], verbose))
			bad = true;
	if (fflush(stdout) != 0)
		return EXIT_DATA;
	return bad ? EXIT_DATA : 0;
}
