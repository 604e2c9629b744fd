/*
 * b2c merge BASE OURS THEIRS [NAME]: the three-way merge of a session, as
 * git's merge driver (git config merge.b2c.driver 'b2c merge %O %A %B %P';
 * NAME is the file's name in messages, for git's temporary files). The
 * result replaces OURS, through the store's safe save. Exit 0 when clean,
 * 1 when conflicts were left in the result (which is still a valid
 * session), 2 when a file cannot be read or merged: OURS is unchanged.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "b2c/cli.h"
#include "b2c/i18n.h"
#include "b2c/session.h"
#include "b2c/store.h"
#include "b2c/store-merge.h"

#define MERGE_FAILED	2

static void
merge_usage(FILE *out)
{
	fprintf(out, _("Usage: b2c merge BASE OURS THEIRS [NAME]\n"
	    "Merge the changes from BASE to THEIRS into the session OURS,\n"
	    "record by record and field by field. A field changed in both\n"
	    "is a conflict: OURS keeps its value and both are listed in the\n"
	    "session (b2c check shows them). NAME names OURS in messages.\n"
	    "As git's merge driver:\n"
	    "  git config merge.b2c.driver 'b2c merge %%O %%A %%B %%P'\n"
	    "\n"
	    "Exit status: 0 merged, 1 merged with conflicts, 2 not merged.\n"
	    "\n"
	    "  -h, --help      display this help and exit\n"));
}

/* Loads the three versions; false (and the problems said) on error. */
static bool
merge_load(char **paths, struct session *s[3])
{
	char *cause = NULL;
	int i;

	for (i = 0; i < 3; i++) {
		s[i] = NULL;
		if (store_load(paths[i], &s[i], NULL, &cause) != 0) {
			cli_error("%s\n", cause);
			free(cause);
			return false;
		}
	}
	return true;
}

static int
merge_run(char **paths, const char *name)
{
	struct session *s[3] = { NULL, NULL, NULL }, *out = NULL;
	char *cause = NULL;
	size_t n_new = 0;
	int rc = MERGE_FAILED, i;

	if (!merge_load(paths, s))
		goto done;
	if (store_merge(s[0], s[1], s[2], name, &out, &n_new,
	    &cause) != 0) {
		cli_error(_("b2c merge: the merged session would not be "
		    "valid; %s is unchanged:\n%s\n"), name, cause);
		goto done;
	}
	if (store_save(paths[1], out, NULL, 0, &cause) != 0) {
		cli_error("%s\n", cause);
		goto done;
	}
	rc = 0;
	if (n_new > 0) {
		cli_error(P_("%s: %zu conflict; b2c check lists it\n",
		    "%s: %zu conflicts; b2c check lists them\n", n_new),
		    name, n_new);
		rc = EXIT_DATA;
	}
done:
	free(cause);
	session_free(out);
	for (i = 0; i < 3; i++)
		session_free(s[i]);
	return rc;
}

int
cmd_merge(int argc, char **argv, const struct cli_options *opts)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	(void)opts;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'h': merge_usage(stdout); return 0;
		default: merge_usage(stderr); return EXIT_USAGE;
		}
	}
	if (argc - optind != 3 && argc - optind != 4) {
		cli_error(_("b2c merge: expected BASE OURS THEIRS [NAME]\n"));
		merge_usage(stderr);
		return EXIT_USAGE;
	}
	return merge_run(argv + optind, argv[argc - optind == 4 ? optind +
	    3 : optind + 1]);
}
