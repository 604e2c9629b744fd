/*
 * b2c report FILE|DIR... [--format text|markdown|html|csv|csv-excel]
 * [--width N] [--ascii] [-o OUT]: prints a whole session, or one report
 * over several (a portfolio, with pooled figures), or with --agreement a
 * small partnership's one-page agreement, or writes it to OUT
 * (output-file.h: a regular file is replaced whole, a device or FIFO
 * written into).
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "b2c/cli.h"
#include "b2c/i18n.h"
#include "b2c/output-file.h"
#include "b2c/report.h"
#include "b2c/sha256.h"
#include "b2c/store.h"
#include "b2c/util.h"

static void
report_usage(FILE *out)
{
	fprintf(out, _("Usage: b2c report FILE|DIR... [--format "
	    "text|markdown|html|csv|csv-excel] [--width N] [--ascii] "
	    "[-o OUT]\n"));
	fprintf(out, _("       b2c report --agreement FILE [--format "
	    "text|markdown|html] [--width N] [-o OUT]\n"));
}

/* A positive decimal number, or -1. */
static int
parse_width(const char *s)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v <= 0 || v > 10000)
		return -1;
	return (int)v;
}

/* The terminal's width when stdout is one, else $COLUMNS, else 80. */
static int
default_width(bool to_stdout)
{
	struct winsize ws;
	const char *env;
	int w;

	if (to_stdout && isatty(STDOUT_FILENO) &&
	    ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	if ((env = getenv("COLUMNS")) != NULL && (w = parse_width(env)) > 0)
		return w;
	return 80;
}

static int
write_stdout(const char *text)
{
	size_t len = strlen(text);

	if (fwrite(text, 1, len, stdout) != len || fflush(stdout) != 0) {
		cli_error(_("b2c: writing the report: %s\n"),
		    strerror(errno));
		return EXIT_DATA;
	}
	return 0;
}

/* The sink of a report streamed to standard output. */
static int
stdout_sink(void *arg, const char *data, size_t len)
{
	(void)arg;
	return fwrite(data, 1, len, stdout) == len ? 0 : errno != 0 ? errno :
	    EIO;
}

/* Writes text to path: never replaces a device, FIFO or link target. */
static int
write_file(const char *path, const char *text)
{
	char *cause = NULL;

	if (output_file_write(path, text, strlen(text), &cause) == 0)
		return 0;
	cli_error("b2c: %s\n", cause);
	free(cause);
	return EXIT_DATA;
}

static int
report_load(const char *path, struct session **s, struct store_file *file)
{
	char *cause = NULL;
	size_t len;

	if (store_load(path, s, file, &cause) == 0)
		return 0;
	if (cause != NULL) {
		len = strlen(cause);
		cli_error("%s%s", cause,
		    len > 0 && cause[len - 1] == '\n' ? "" : "\n");
	}
	free(cause);
	return EXIT_DATA;
}

/*
 * When the report is made, ISO UTC: SOURCE_DATE_EPOCH when it is set (so
 * a build or a test gets the same report every time), else now.
 */
static void
report_made(char buf[32])
{
	const char *env = getenv("SOURCE_DATE_EPOCH");
	time_t when = time(NULL);
	char *end;
	long long v;
	struct tm tm;

	if (env != NULL && *env != '\0') {
		errno = 0;
		v = strtoll(env, &end, 10);
		if (errno == 0 && *end == '\0' && v >= 0 &&
		    v <= 253402300799LL)	/* 9999-12-31 */
			when = (time_t)v;
	}
	if (gmtime_r(&when, &tm) == NULL ||
	    strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm) == 0)
		buf[0] = '\0';
}

/* NUL-terminated strings, for qsort. */
static int
report_name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The session files of a directory (*.cfg), sorted, appended to *list. */
static int
report_dir(const char *dir, char ***list, size_t *n)
{
	struct dirent *e;
	size_t len, first = *n;
	DIR *d;

	if ((d = opendir(dir)) == NULL) {
		cli_error(_("b2c: %s: %s\n"), dir, strerror(errno));
		return EXIT_DATA;
	}
	while ((e = readdir(d)) != NULL) {
		len = strlen(e->d_name);
		if (e->d_name[0] == '.' || len < 5 ||
		    strcmp(e->d_name + len - 4, ".cfg") != 0)
			continue;
		*list = util_grow(*list, *n, sizeof **list);
		(*list)[(*n)++] = xasprintf("%s/%s", dir, e->d_name);
	}
	closedir(d);
	if (*n > first)	/* an empty directory may leave *list NULL */
		qsort(*list + first, *n - first, sizeof **list,
		    report_name_cmp);
	return 0;
}

/* The session files named: files as given, directories' *.cfg files;
 * *many when there is more than one or a directory (a portfolio). */
static int
report_inputs(char **args, int n_args, char ***list, size_t *n, bool *many)
{
	struct stat st;
	int i, status;

	*list = NULL;
	*n = 0;
	*many = n_args > 1;
	for (i = 0; i < n_args; i++) {
		if (stat(args[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			*many = true;
			if ((status = report_dir(args[i], list, n)) != 0)
				return status;
		} else {
			*list = util_grow(*list, *n, sizeof **list);
			(*list)[(*n)++] = xstrdup(args[i]);
		}
	}
	return 0;
}

/* A file named twice (or through a directory as well) would count its
 * answers twice in the pools: refused. */
static int
report_twice(char **list, size_t n)
{
	struct stat a, b;
	size_t i, j;

	for (i = 0; i < n; i++) {
		if (stat(list[i], &a) != 0)
			continue;
		for (j = i + 1; j < n; j++) {
			if (stat(list[j], &b) != 0 || a.st_dev != b.st_dev ||
			    a.st_ino != b.st_ino)
				continue;
			cli_error(_("b2c: %s: named twice (as %s too)\n"),
			    list[j], list[i]);
			return EXIT_USAGE;
		}
	}
	return 0;
}

/* The audit trail of a loaded file: its name alone (where it lay on this
 * machine is nobody's business, and the fingerprint identifies it). */
static void
report_audit_of(struct report_audit *audit, const char *path,
    const struct store_file *file, char made[32], char sha[SHA256_HEX_LEN])
{
	report_made(made);
	sha256_hex(file->sha256, sha);
	audit->made = made[0] != '\0' ? made : NULL;
	audit->version = PACKAGE_VERSION;
	audit->file = strrchr(path, '/') != NULL ? strrchr(path, '/') + 1 :
	    path;
	audit->sha256 = sha;
}

/* The report of one session file, with its audit trail. */
static char *
report_one(const char *path, int format, int width, int flags,
    int *status)
{
	struct report_audit audit;
	struct store_file file;
	struct session *s;
	char made[32], sha[SHA256_HEX_LEN], *text;

	if ((*status = report_load(path, &s, &file)) != 0)
		return NULL;
	report_audit_of(&audit, path, &file, made, sha);
	text = report_render_audit(s, (enum report_format)format, width, flags,
	    &audit);
	session_free(s);
	return text;
}

/* The one-page agreement of a small partnership's session file. */
static char *
report_agreement_of(const char *path, int format, int width, int flags,
    int *status)
{
	struct store_file file;
	struct session *s;
	char *text;

	if ((*status = report_load(path, &s, &file)) != 0)
		return NULL;
	if (s->large) {
		cli_error(_("b2c: %s: a large partnership has no one-page "
		    "agreement; its agreement is in the whole report\n"),
		    path);
		*status = EXIT_DATA;
		session_free(s);
		return NULL;
	}
	text = report_agreement(s, (enum report_format)format, width, flags);
	session_free(s);
	return text;
}

/* The report of one session file to standard output, written as it is
 * made: the report of a large session never sits whole in memory. */
static int
report_one_to_stdout(const char *path, int format, int width, int flags)
{
	struct report_audit audit;
	struct store_file file;
	struct session *s;
	char made[32], sha[SHA256_HEX_LEN];
	int status, error;

	if ((status = report_load(path, &s, &file)) != 0)
		return status;
	report_audit_of(&audit, path, &file, made, sha);
	errno = 0;
	error = report_stream_audit(s, (enum report_format)format, width,
	    flags, &audit, stdout_sink, NULL);
	session_free(s);
	if (error == 0 && fflush(stdout) != 0)
		error = errno != 0 ? errno : EIO;
	if (error != 0) {
		cli_error(_("b2c: writing the report: %s\n"), strerror(error));
		return EXIT_DATA;
	}
	return 0;
}

/* One report over several sessions: a table per indicator with the
 * partnerships' figures and the pooled ones (report_portfolio). */
static char *
report_many(char **files, size_t n, int format, int width, int flags,
    int *status)
{
	struct session **s = xcalloc(n, sizeof *s);
	struct report_audit *audits = xcalloc(n, sizeof *audits);
	char (*made)[32] = xcalloc(n, sizeof *made);
	char (*sha)[SHA256_HEX_LEN] = xcalloc(n, sizeof *sha);
	struct store_file file;
	char *text = NULL;
	size_t i;

	for (i = 0; i < n; i++) {
		if ((*status = report_load(files[i], &s[i], &file)) != 0)
			goto done;
		report_audit_of(&audits[i], files[i], &file, made[i], sha[i]);
	}
	text = report_portfolio((const struct session *const *)s, audits, n,
	    (enum report_format)format, width, flags);
done:
	for (i = 0; i < n; i++)
		session_free(s[i]);
	free(s);
	free(audits);
	free(made);
	free(sha);
	return text;
}

int
cmd_report(int argc, char **argv, const struct cli_options *opts)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "width", required_argument, NULL, 'w' },
		{ "ascii", no_argument, NULL, 'a' },
		{ "output", required_argument, NULL, 'o' },
		{ "agreement", no_argument, NULL, 'g' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c, format = REPORT_TEXT, width = 0, flags = 0, status;
	const char *out = "-";
	char *text, **files = NULL;
	size_t i, n = 0;
	bool many, agreement = false;

	if (opts->ascii)
		flags |= REPORT_ASCII;
	while ((c = getopt_long(argc, argv, "f:w:o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'f':
			if ((format = report_format_parse(optarg)) < 0) {
				cli_error(_("b2c: unknown report format "
				    "'%s'\n"), optarg);
				report_usage(stderr);
				return EXIT_USAGE;
			}
			break;
		case 'w':
			if ((width = parse_width(optarg)) < 0) {
				cli_error(_("b2c: bad width '%s'\n"),
				    optarg);
				return EXIT_USAGE;
			}
			break;
		case 'a': flags |= REPORT_ASCII; break;
		case 'o': out = optarg; break;
		case 'g': agreement = true; break;
		case 'h':
			report_usage(stdout);
			fputs(_("Print the whole session FILE as a report, or "
			    "one report over several\n"
			    "partnerships (files, or the *.cfg files of a DIR): "
			    "each one's figures and\n"
			    "the pooled figures per indicator and period.\n"
			    "\n"
			    "  -f, --format=FORMAT  text (default), markdown, html, "
			    "csv (the ESG figures)\n"
			    "                       or csv-excel (the same for "
			    "Danish Excel)\n"
			    "  -w, --width=N        wrap text at N columns "
			    "(default: the terminal's, else 80)\n"
			    "      --ascii          draw with ASCII only\n"
			    "  -o, --output=OUT     write to OUT ('-' for standard "
			    "output)\n"
			    "  -h, --help           display this help and exit\n"),
			    stdout);
			fputs(_("      --agreement      a small partnership's "
			    "agreement on one page, to sign\n"), stdout);
			return 0;
		default: report_usage(stderr); return EXIT_USAGE;
		}
	}
	if (argc - optind < 1) {
		report_usage(stderr);
		return EXIT_USAGE;
	}
	if ((status = report_inputs(argv + optind, argc - optind, &files,
	    &n, &many)) != 0)
		goto done;
	if (n == 0) {
		cli_error(_("b2c: no session files (*.cfg) found\n"));
		status = EXIT_USAGE;
		goto done;
	}
	if ((status = report_twice(files, n)) != 0)
		goto done;
	if (agreement && (many || format == REPORT_CSV ||
	    format == REPORT_CSV_EXCEL)) {
		cli_error(many ? _("b2c: --agreement takes one session "
		    "file\n") : _("b2c: the agreement is printed as text, "
		    "markdown or html\n"));
		status = EXIT_USAGE;
		goto done;
	}
	if (width == 0)
		width = default_width(strcmp(out, "-") == 0);
	if (agreement)
		text = report_agreement_of(files[0], format, width, flags,
		    &status);
	else if (!many && strcmp(out, "-") == 0) {
		status = report_one_to_stdout(files[0], format, width, flags);
		goto done;
	} else
		text = !many ? report_one(files[0], format, width, flags,
		    &status) : report_many(files, n, format, width, flags,
		    &status);
	if (text == NULL)
		goto done;
	status = strcmp(out, "-") == 0 ? write_stdout(text) :
	    write_file(out, text);
	free(text);
done:
	for (i = 0; i < n; i++)
		free(files[i]);
	free(files);
	return status;
}
