/*
 * b2c import-part1 SESSION OTHER [--replace]: in a large partnership each
 * party may fill in Del 1 in its own file; this copies the Del 1 of the
 * party (or parties) that answered in OTHER into the joint SESSION, under
 * SESSION's lock and through the store's safe save. A party that already
 * has answers in SESSION is only overwritten with --replace; nothing is
 * written unless every party can be imported.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/cli.h"
#include "b2c/i18n.h"
#include "b2c/overview.h"
#include "b2c/sanitize.h"
#include "b2c/store.h"
#include "b2c/util.h"

static void
import_usage(FILE *out)
{
	fprintf(out, _("Usage: b2c import-part1 SESSION OTHER [--replace]\n"));
}

static void
print_cause(char *cause)
{
	size_t len;

	if (cause == NULL)
		return;
	len = strlen(cause);
	cli_error("%s%s", cause, len > 0 && cause[len - 1] == '\n' ?
	    "" : "\n");
	free(cause);
}

/* Checks what can be imported; -1 (with a message) when nothing may be. */
static int
import_check(const struct session *s, const struct session *other,
    const char *other_path, bool replace, bool take[PARTY_COUNT])
{
	int p, n = 0;

	for (p = 0; p < PARTY_COUNT; p++) {
		take[p] = overview_part1_used(&other->part1[p]);
		n += take[p];
		if (take[p] && !replace && overview_part1_used(&s->part1[p])) {
			char *who = sanitize_text(s->parties[p].name, 0);

			cli_error(_("b2c: the session already has Part 1 "
			    "answers from %s (%s); use --replace to "
			    "overwrite them\n"), *who != '\0' ? who :
			    session_party_key((enum party_id)p),
			    session_party_key((enum party_id)p));
			free(who);
			return -1;
		}
	}
	if (n == 0) {
		cli_error(_("b2c: %s has no Part 1 answers to import\n"),
		    other_path);
		return -1;
	}
	return 0;
}

/* Moves the chosen parties' Del 1 (and names, if missing) into s. */
static void
import_move(struct session *s, struct session *other,
    const bool take[PARTY_COUNT])
{
	struct part1 tmp;
	int p;

	for (p = 0; p < PARTY_COUNT; p++) {
		if (!take[p])
			continue;
		tmp = s->part1[p];
		s->part1[p] = other->part1[p];
		other->part1[p] = tmp;	/* freed with other */
		if (*s->parties[p].name == '\0') {
			session_set_str(&s->parties[p].name,
			    other->parties[p].name);
			session_set_str(&s->parties[p].contact,
			    other->parties[p].contact);
			session_set_str(&s->parties[p].role,
			    other->parties[p].role);
		}
		if (p == PARTY_COMPANY)
			s->large = true;	/* both parties did Del 1 */
	}
}

static int
import_locked(const char *path, const char *other_path, bool replace)
{
	struct session *s = NULL, *other = NULL;
	struct store_file file;
	bool take[PARTY_COUNT];
	char *cause = NULL;
	int rc;

	if (store_load(path, &s, &file, &cause) != 0 ||
	    store_load(other_path, &other, NULL, &cause) != 0) {
		print_cause(cause);
		session_free(s);
		return EXIT_DATA;
	}
	rc = import_check(s, other, other_path, replace, take);
	if (rc == 0) {
		import_move(s, other, take);
		rc = store_save(path, s, &file, 0, &cause);
		if (rc == STORE_CHANGED)
			cli_error(_("b2c: %s changed on disk while "
			    "importing; nothing was written\n"), path);
		else if (rc != 0)
			print_cause(cause);
	}
	session_free(other);
	session_free(s);
	return rc == 0 ? 0 : EXIT_DATA;
}

int
cmd_import_part1(int argc, char **argv, const struct cli_options *opts)
{
	static const struct option longopts[] = {
		{ "replace", no_argument, NULL, 'R' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct store_lock *lock = NULL;
	bool replace = false;
	int c, rc;

	(void)opts;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'R': replace = true; break;
		case 'h': import_usage(stdout); return 0;
		default: import_usage(stderr); return EXIT_USAGE;
		}
	}
	if (argc - optind != 2) {
		import_usage(stderr);
		return EXIT_USAGE;
	}
	if ((lock = cli_lock(argv[optind])) == NULL)
		return EXIT_DATA;
	rc = import_locked(argv[optind], argv[optind + 1], replace);
	store_lock_release(lock);
	return rc;
}
