/*
 * b2c new FILE [--template NAME]: a new session file from a template in
 * $(pkgdatadir)/templates ($B2C_DATADIR/templates when set). The file is
 * written through the store, so it is a valid session with its created
 * time set, and an existing FILE is never overwritten.
 */
#include "config.h"

#include <dirent.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "b2c/cli.h"
#include "b2c/i18n.h"
#include "b2c/session.h"
#include "b2c/store.h"
#include "b2c/util.h"

#define NEW_DEFAULT_TEMPLATE "large"

/* What the templates installed with b2c are for. */
static const struct {
	const char	*name;
	const char	*about;
} new_known[] = {
	{ "large", N_("an empty large partnership: both parties fill in "
	    "Del 1") },
	{ "small", N_("an empty small partnership asking for help with a "
	    "summer party") },
};

static char *
new_templates_dir(void)
{
	const char *env = getenv("B2C_DATADIR");

	if (env != NULL && *env != '\0')
		return xasprintf("%s/templates", env);
	return xstrdup(PKGDATADIR "/templates");
}

/* Template names are plain words, so a name never reaches outside the
 * templates directory. */
static int
new_valid_name(const char *name)
{
	return *name != '\0' &&
	    strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789-_") ==
	    strlen(name);
}

static const char *
new_about(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof new_known / sizeof new_known[0]; i++) {
		if (strcmp(new_known[i].name, name) == 0)
			return _(new_known[i].about);
	}
	return "";
}

static int
new_compare(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Prints "NAME  what it is for" for every template, sorted. */
static int
new_list(void)
{
	char *dir = new_templates_dir(), **names = NULL;
	struct dirent *de;
	size_t n = 0, i, len;
	DIR *d;

	if ((d = opendir(dir)) == NULL) {
		cli_error(_("b2c: cannot read the templates in %s\n"), dir);
		free(dir);
		return EXIT_DATA;
	}
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (len <= 4 || strcmp(de->d_name + len - 4, ".cfg") != 0)
			continue;
		names = util_grow(names, n, sizeof *names);
		names[n++] = xstrndup(de->d_name, len - 4);
	}
	closedir(d);
	qsort(names, n, sizeof *names, new_compare);
	for (i = 0; i < n; i++) {
		printf("%-10s %s\n", names[i], new_about(names[i]));
		free(names[i]);
	}
	free(names);
	free(dir);
	return 0;
}

/* Loads the template and saves it as path; never replaces a file. */
static int
new_create(const char *path, const char *name)
{
	struct store_file file;
	struct session *s;
	struct stat sb;
	char *dir, *template, *cause = NULL;
	int rc;

	if (lstat(path, &sb) == 0) {
		cli_error(_("b2c: %s already exists; not replacing it\n"),
		    path);
		return EXIT_DATA;
	}
	dir = new_templates_dir();
	template = xasprintf("%s/%s.cfg", dir, name);
	free(dir);
	if (stat(template, &sb) != 0) {
		cli_error(_("b2c: there is no template '%s'; 'b2c new "
		    "--template=list' lists them\n"), name);
		free(template);
		return EXIT_USAGE;
	}
	if (store_load(template, &s, NULL, &cause) != 0) {
		cli_error("%s\n", cause);
		free(cause);
		free(template);
		return EXIT_DATA;
	}
	free(template);
	/* "Nothing on disk" as the expected state: a file that appears
	 * meanwhile is reported as changed, not overwritten. */
	memset(&file, 0, sizeof file);
	file.exists = false;
	rc = store_save(path, s, &file, 0, &cause);
	session_free(s);
	if (rc == STORE_CHANGED) {
		cli_error(_("b2c: %s already exists; not replacing it\n"),
		    path);
		free(cause);
		return EXIT_DATA;
	}
	if (rc != 0) {
		cli_error("b2c: %s\n", cause);
		free(cause);
		return EXIT_DATA;
	}
	printf(_("Created %s from the template '%s'. Open it with: b2c %s\n"),
	    path, name, path);
	return 0;
}

static void
new_usage(FILE *out)
{
	fputs(_("Usage: b2c new FILE [--template=NAME]\n"
	    "Create the session FILE from a template (default: large).\n"
	    "\n"
	    "      --template=NAME     start from template NAME;\n"
	    "                          --template=list lists the templates\n"
	    "  -h, --help              display this help and exit\n"), out);
}

int
cmd_new(int argc, char **argv, const struct cli_options *opts)
{
	static const struct option longopts[] = {
		{ "template", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *name = NEW_DEFAULT_TEMPLATE;
	int c;

	(void)opts;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 't': name = optarg; break;
		case 'h': new_usage(stdout); return 0;
		default:
			fprintf(stderr, _("Try 'b2c new --help' for more "
			    "information.\n"));
			return EXIT_USAGE;
		}
	}
	if (strcmp(name, "list") == 0)
		return new_list();
	if (!new_valid_name(name)) {
		cli_error(_("b2c: there is no template '%s'; 'b2c new "
		    "--template=list' lists them\n"), name);
		return EXIT_USAGE;
	}
	if (argc - optind != 1) {
		fprintf(stderr, _("b2c new: give the name of one new session "
		    "file\n"));
		fprintf(stderr, _("Try 'b2c new --help' for more "
		    "information.\n"));
		return EXIT_USAGE;
	}
	return new_create(argv[optind], name);
}
