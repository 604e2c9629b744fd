/*
 * b2c init-git [DIR]: sets up the git repository DIR is in (default the
 * current directory) so that git merges and compares sessions with b2c:
 * "*.cfg merge=b2c diff=b2c" in the work tree's .gitattributes, and the
 * merge and diff drivers in the repository's own configuration. Run
 * again, it changes nothing. git itself is asked where the repository
 * is and writes its configuration, so worktrees and submodules are as
 * git has them. The drivers name this program by its absolute path
 * unless it is the b2c found on PATH.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "b2c/cli.h"
#include "b2c/i18n.h"
#include "b2c/util.h"

#define INITGIT_LINE	"*.cfg merge=b2c diff=b2c"

static void
initgit_usage(FILE *out)
{
	fprintf(out, _("Usage: b2c init-git [DIR]\n"
	    "Set up the git repository DIR is in (default: the current\n"
	    "directory) so that git merges session files (*.cfg) with\n"
	    "b2c merge and shows their changes with b2c diff: writes\n"
	    ".gitattributes and the drivers in the repository's config.\n"
	    "Running it again changes nothing.\n"
	    "\n"
	    "  -h, --help      display this help and exit\n"));
}

/* Runs git -C dir ARGS...; its first line of output in *out when out is
 * not NULL. The exit status, or -1 when git cannot be run. */
static int
initgit_git(const char *dir, const char *const *args, char **out)
{
	const char *argv[8] = { "git", "-C", dir };
	char *copy[8] = { NULL }, buf[PATH_MAX + 2], rest[512];
	int fd[2], status, i;
	ssize_t n;
	pid_t pid;

	for (i = 0; args[i] != NULL && i < 4; i++)
		argv[3 + i] = args[i];
	if (pipe(fd) != 0)
		return -1;
	if ((pid = fork()) < 0) {
		close(fd[0]);
		close(fd[1]);
		return -1;
	}
	if (pid == 0) {
		dup2(fd[1], STDOUT_FILENO);
		/* Where it asks, the message is b2c's own. */
		if (out != NULL && (i = open("/dev/null", O_WRONLY)) >= 0)
			dup2(i, STDERR_FILENO);
		close(fd[0]);
		close(fd[1]);
		for (i = 0; argv[i] != NULL; i++)
			copy[i] = xstrdup(argv[i]);
		execvp("git", copy);
		_exit(127);
	}
	close(fd[1]);
	n = read(fd[0], buf, sizeof buf - 1);
	while (n > 0 && read(fd[0], rest, sizeof rest) > 0)
		;	/* the rest, so git is not stopped by a full pipe */
	close(fd[0]);
	if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status))
		return -1;
	if (WEXITSTATUS(status) == 127)
		return -1;
	if (out != NULL) {
		buf[n > 0 ? n : 0] = '\0';
		buf[strcspn(buf, "\n")] = '\0';
		*out = xstrdup(buf);
	}
	return WEXITSTATUS(status);
}

/* How the drivers call this program: "b2c" when that is the one on
 * PATH, else its absolute path, quoted for the shell git runs them in. */
static char *
initgit_program(void)
{
	char self[PATH_MAX], found[PATH_MAX], *path, *dir, *p, *q, *t;
	char *cmd;
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);

	if (n <= 0)
		return xstrdup("b2c");
	self[n] = '\0';
	path = xstrdup(getenv("PATH") != NULL ? getenv("PATH") : "");
	for (dir = strtok_r(path, ":", &p); dir != NULL;
	    dir = strtok_r(NULL, ":", &p)) {
		t = xasprintf("%s/b2c", dir);
		if (realpath(t, found) != NULL && strcmp(found, self) == 0) {
			free(t);
			free(path);
			return xstrdup("b2c");
		}
		free(t);
	}
	free(path);
	cmd = xstrdup("'");
	for (q = self; *q != '\0'; q++) {
		t = xasprintf(*q == '\'' ? "%s'\\''" : "%s%c", cmd, *q);
		free(cmd);
		cmd = t;
	}
	t = xasprintf("%s'", cmd);
	free(cmd);
	return t;
}

/* True when the file at path has line (white space around ignored). */
static bool
initgit_has_line(FILE *f, const char *line, bool *ends_nl)
{
	char *buf = NULL, *s, *e;
	size_t cap = 0;
	ssize_t n;
	bool found = false;

	*ends_nl = true;
	while ((n = getline(&buf, &cap, f)) > 0) {
		*ends_nl = buf[n - 1] == '\n';
		for (s = buf; *s == ' ' || *s == '\t'; s++)
			;
		e = s + strlen(s);
		while (e > s && (e[-1] == '\n' || e[-1] == '\r' ||
		    e[-1] == ' ' || e[-1] == '\t'))
			*--e = '\0';
		if (strcmp(s, line) == 0)
			found = true;
	}
	free(buf);
	return found;
}

/* Adds the attributes line to top/.gitattributes unless it is there. */
static int
initgit_attributes(const char *top)
{
	char *path = xasprintf("%s/.gitattributes", top);
	FILE *f = fopen(path, "r");
	bool has = false, nl = true;
	int rc = 0;

	if (f != NULL) {
		has = initgit_has_line(f, INITGIT_LINE, &nl);
		fclose(f);
	} else if (errno != ENOENT)
		goto fail;
	if (!has) {
		if ((f = fopen(path, "a")) == NULL)
			goto fail;
		fprintf(f, "%s%s\n", nl ? "" : "\n", INITGIT_LINE);
		if (fclose(f) != 0)
			goto fail;
	}
	free(path);
	return rc;
fail:
	cli_error("%s: %s\n", path, strerror(errno));
	free(path);
	return -1;
}

/* The drivers in the repository's configuration. */
static int
initgit_config(const char *top)
{
	char *prog = initgit_program();
	char *merge = xasprintf("%s merge %%O %%A %%B %%P", prog);
	char *diff = xasprintf("%s diff", prog);
	const char *sets[][2] = {
		{ "merge.b2c.name", "b2c session merge" },
		{ "merge.b2c.driver", merge },
		{ "diff.b2c.command", diff },
	};
	size_t i;
	int rc = 0;

	for (i = 0; i < sizeof sets / sizeof sets[0] && rc == 0; i++)
		if (initgit_git(top, (const char *const[]){ "config",
		    sets[i][0], sets[i][1], NULL }, NULL) != 0) {
			cli_error(_("%s: git config %s failed\n"), top,
			    sets[i][0]);
			rc = -1;
		}
	free(prog);
	free(merge);
	free(diff);
	return rc;
}

static int
initgit_run(const char *dir)
{
	char *top = NULL;
	int r;

	r = initgit_git(dir, (const char *const[]){ "rev-parse",
	    "--show-toplevel", NULL }, &top);
	if (r < 0) {
		cli_error(_("b2c init-git: git cannot be run; is it "
		    "installed?\n"));
		return EXIT_DATA;
	}
	if (r != 0 || *top == '\0') {
		cli_error(_("%s: not in a git work tree; run \"git init\" "
		    "there first\n"), dir);
		free(top);
		return EXIT_DATA;
	}
	if (initgit_attributes(top) != 0 || initgit_config(top) != 0) {
		free(top);
		return EXIT_DATA;
	}
	printf(_("%s: git now merges and compares sessions (*.cfg) with b2c.\n"
	    "Commit .gitattributes so that every clone has it; run b2c "
	    "init-git in each clone.\n"), top);
	free(top);
	return fflush(stdout) == 0 ? 0 : EXIT_DATA;
}

int
cmd_init_git(int argc, char **argv, const struct cli_options *opts)
{
	static const struct option longopts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	(void)opts;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'h': initgit_usage(stdout); return 0;
		default: initgit_usage(stderr); return EXIT_USAGE;
		}
	}
	if (argc - optind > 1) {
		cli_error(_("b2c init-git: expected at most one directory\n"));
		initgit_usage(stderr);
		return EXIT_USAGE;
	}
	return initgit_run(argc > optind ? argv[optind] : ".");
}
