/*
 * b2c diff [--format=text|markdown] A B: what changed from the session A
 * to B, one change per entry, each under the part of the dialogue tool
 * it belongs to. Also git's diff driver (git config diff.b2c.command
 * 'b2c diff'), which calls it with seven arguments: the path, then file,
 * hash and mode of each version; /dev/null stands for no version.
 * Exit 0 whether or not there are changes (git stops at any other
 * status), 1 when a file cannot be read, 2 on a usage error.
 */
#include "config.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/cli.h"
#include "b2c/guide.h"
#include "b2c/i18n.h"
#include "b2c/session.h"
#include "b2c/store.h"
#include "b2c/store-diff.h"

static void
diff_usage(FILE *out)
{
	fprintf(out, _("Usage: b2c diff [--format=FORMAT] A B\n"
	    "Show what changed from the session A to the session B: fields\n"
	    "changed, records added and removed. FORMAT is text or markdown.\n"
	    "As git's diff driver:\n"
	    "  git config diff.b2c.command 'b2c diff'\n"
	    "\n"
	    "  -f, --format=FORMAT  text (the default) or markdown\n"
	    "  -h, --help           display this help and exit\n"));
}

/* A version; /dev/null (a file git has not got on one side) is empty. */
static struct session *
diff_load(const char *path)
{
	struct session *s = NULL;
	char *cause = NULL;

	if (strcmp(path, "/dev/null") == 0)
		return session_new();
	if (store_load(path, &s, NULL, &cause) != 0) {
		cli_error("%s\n", cause);
		free(cause);
		return NULL;
	}
	return s;
}

/* The part of the tool a setting belongs to, translated. */
static const char *
diff_part(const char *path)
{
	if (strncmp(path, "part1", 5) == 0)
		return _(guide_part_name(GUIDE_PART1));
	if (strncmp(path, "part2", 5) == 0)
		return _(guide_part_name(GUIDE_PART2));
	if (strncmp(path, "part3", 5) == 0)
		return _(guide_part_name(GUIDE_PART3));
	return _(guide_part_name(GUIDE_START));
}

/* A value on lines of its own after mark, continued lines indented. */
static void
diff_text_value(const char *mark, const char *v)
{
	const char *nl;

	printf("    %s ", mark);
	while ((nl = strchr(v, '\n')) != NULL) {
		printf("%.*s\n      ", (int)(nl - v), v);
		v = nl + 1;
	}
	printf("%s\n", v);
}

static void
diff_text(const struct store_changes *c)
{
	const struct store_change *ch;
	size_t i;

	for (i = 0; i < c->n; i++) {
		ch = &c->items[i];
		if (ch->kind == STORE_CHANGE_ADDED)
			printf(_("%s, %s: added\n"), diff_part(ch->path),
			    ch->path);
		else if (ch->kind == STORE_CHANGE_REMOVED)
			printf(_("%s, %s: removed\n"), diff_part(ch->path),
			    ch->path);
		else
			printf(_("%s, %s: changed\n"), diff_part(ch->path),
			    ch->path);
		if (ch->kind != STORE_CHANGE_ADDED)
			diff_text_value("-", ch->before);
		if (ch->kind != STORE_CHANGE_REMOVED)
			diff_text_value("+", ch->after);
	}
}

/* Text with Markdown's special characters escaped, on one line. */
static void
diff_md(const char *v)
{
	for (; *v != '\0'; v++) {
		if (*v == '\n')
			fputs("<br>", stdout);
		else {
			if (strchr("\\`*_[]<>#|~", *v) != NULL)
				putchar('\\');
			putchar(*v);
		}
	}
}

static void
diff_markdown(const struct store_changes *c)
{
	const struct store_change *ch;
	size_t i;

	for (i = 0; i < c->n; i++) {
		ch = &c->items[i];
		printf("- **%s**, ", diff_part(ch->path));
		diff_md(ch->path);
		if (ch->kind == STORE_CHANGE_ADDED)
			fputs(_(": added: "), stdout);
		else if (ch->kind == STORE_CHANGE_REMOVED)
			fputs(_(": removed: "), stdout);
		else
			fputs(": ", stdout);
		diff_md(ch->kind == STORE_CHANGE_ADDED ? ch->after : ch->before);
		if (ch->kind == STORE_CHANGE_VALUE) {
			fputs(" → ", stdout);
			diff_md(ch->after);
		}
		putchar('\n');
	}
}

static int
diff_run(const char *a_path, const char *b_path, bool markdown)
{
	struct session *a = diff_load(a_path), *b = NULL;
	struct store_changes c = { NULL, 0 };
	char *cause = NULL;
	int rc = EXIT_DATA;

	if (a == NULL || (b = diff_load(b_path)) == NULL)
		goto done;
	if (store_diff(a, b, &c, &cause) != 0) {
		cli_error("b2c diff: %s\n", cause);
		goto done;
	}
	if (markdown)
		diff_markdown(&c);
	else
		diff_text(&c);
	rc = fflush(stdout) == 0 ? 0 : EXIT_DATA;
done:
	free(cause);
	store_changes_free(&c);
	session_free(a);
	session_free(b);
	return rc;
}

int
cmd_diff(int argc, char **argv, const struct cli_options *opts)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	bool markdown = false;
	int c, n;

	(void)opts;
	while ((c = getopt_long(argc, argv, "f:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if (strcmp(optarg, "markdown") != 0 &&
			    strcmp(optarg, "text") != 0) {
				cli_error(_("b2c diff: unknown format \"%s\" "
				    "(text or markdown)\n"), optarg);
				return EXIT_USAGE;
			}
			markdown = strcmp(optarg, "markdown") == 0;
			break;
		case 'h': diff_usage(stdout); return 0;
		default: diff_usage(stderr); return EXIT_USAGE;
		}
	}
	n = argc - optind;
	if (n == 7) {		/* git: path old-file hex mode new-file ... */
		printf("%s\n", argv[optind]);
		return diff_run(argv[optind + 1], argv[optind + 4], markdown);
	}
	if (n != 2) {
		cli_error(_("b2c diff: expected two session files\n"));
		diff_usage(stderr);
		return EXIT_USAGE;
	}
	return diff_run(argv[optind], argv[optind + 1], markdown);
}
