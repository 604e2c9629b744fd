/*
 * The recovery journal (journal.h). Written by the wizard within a second
 * of each change while the session is unsaved, so it must be cheap and
 * safe: serialise, write a temporary file in the journal directory,
 * fsync, rename over the old journal, fsync the directory. It never
 * touches the session's own directory, which may be the full or hung one.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "b2c/i18n.h"
#include "b2c/journal.h"
#include "b2c/store.h"
#include "store-internal.h"
#include "b2c/util.h"

/* $XDG_STATE_HOME/b2c/journal, or ~/.local/state/b2c/journal. */
static char *
journal_dir(void)
{
	const char *env;

	if ((env = getenv("XDG_STATE_HOME")) != NULL && *env == '/')
		return xasprintf("%s/b2c/journal", env);
	if ((env = getenv("HOME")) != NULL && *env != '\0')
		return xasprintf("%s/.local/state/b2c/journal", env);
	return NULL;
}

/* The session's absolute path: its directory resolved, its name kept. */
static char *
journal_abs(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir, resolved[PATH_MAX], *abs;

	dir = util_dirname(path);
	if (realpath(dir, resolved) != NULL)
		abs = xasprintf("%s/%s", strcmp(resolved, "/") == 0 ? "" :
		    resolved, slash != NULL ? slash + 1 : path);
	else
		abs = xstrdup(path);
	free(dir);
	return abs;
}

char *
journal_path(const char *session_path)
{
	char *dir = journal_dir(), *abs, *name, *path;
	const char *base;
	size_t i;

	if (dir == NULL)
		return NULL;
	abs = journal_abs(session_path);
	base = strrchr(abs, '/') != NULL ? strrchr(abs, '/') + 1 : abs;
	/* The name is only for people looking: short and tame. */
	name = xstrndup(base, 64);
	for (i = 0; name[i] != '\0'; i++)
		if ((unsigned char)name[i] < 0x20 || name[i] == '/')
			name[i] = '_';
	path = xasprintf("%s/%s-%016llx.journal", dir, name,
	    (unsigned long long)store_hash(abs, strlen(abs)));
	free(name);
	free(abs);
	free(dir);
	return path;
}

/* mkdir -p of the journal directory, private. */
static int
journal_mkdirs(const char *path)
{
	char *p = xstrdup(path), *s;
	int rc = 0;

	for (s = p + 1; rc == 0 && (s = strchr(s, '/')) != NULL; s++) {
		*s = '\0';
		if (mkdir(p, 0700) != 0 && errno != EEXIST)
			rc = -1;
		*s = '/';
	}
	free(p);
	return rc;
}

/* Writes all of buf to fd; -1 with errno. */
static int
journal_write_all(int fd, const char *buf, size_t len)
{
	ssize_t n;

	while (len > 0) {
		n = write(fd, buf, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Replaces path with text atomically and durably; -1 with errno. */
static int
journal_replace(const char *path, const char *text, size_t len)
{
	char *tmp = xasprintf("%s.%ld.tmp", path, (long)getpid());
	char *dir = xstrndup(path, (size_t)(strrchr(path, '/') - path));
	int fd, rc = -1, error = 0, dfd;

	unlink(tmp);
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
	    0600);
	if (fd >= 0) {
		if (journal_write_all(fd, text, len) != 0 || fsync(fd) != 0)
			error = errno;
		if (close(fd) != 0 && error == 0)
			error = errno;
		if (error == 0 && rename(tmp, path) != 0)
			error = errno;
		if (error == 0) {
			rc = 0;
			if ((dfd = open(dir, O_RDONLY | O_DIRECTORY |
			    O_CLOEXEC)) >= 0) {
				fsync(dfd);
				close(dfd);
			}
		} else
			unlink(tmp);
	} else
		error = errno;
	free(tmp);
	free(dir);
	errno = error;
	return rc;
}

int
journal_write(const char *session_path, const struct session *s,
    char **cause)
{
	char *path = journal_path(session_path), *text = NULL, *abs, *all;
	char *why = NULL;
	size_t len, i;
	int rc = -1;

	if (path == NULL) {
		*cause = xstrdup(_("no state directory (HOME is not set)"));
		return -1;
	}
	if (store_serialise(s, &text, &len, &why) != 0) {
		*cause = why;
		free(path);
		return -1;
	}
	abs = journal_abs(session_path);
	for (i = 0; abs[i] != '\0'; i++)
		if (abs[i] == '\n' || abs[i] == '\r')
			abs[i] = '?';
	all = xasprintf("# b2c recovery journal of %s\n%s", abs, text);
	if (journal_mkdirs(path) != 0 ||
	    journal_replace(path, all, strlen(all)) != 0)
		*cause = xasprintf(_("%s: cannot write the recovery journal: "
		    "%s"), path, strerror(errno));
	else
		rc = 0;
	free(all);
	free(abs);
	free(text);
	free(path);
	return rc;
}

int
journal_read(const char *session_path, struct session **out, time_t *when,
    char **cause)
{
	char *path = journal_path(session_path);
	struct store_file file;
	struct stat st;
	int rc;

	if (path == NULL || lstat(path, &st) != 0) {
		free(path);
		return 0;
	}
	rc = store_load(path, out, &file, cause) == 0 ? 1 : -1;
	*when = st.st_mtime;
	free(path);
	return rc;
}

void
journal_remove(const char *session_path)
{
	char *path = journal_path(session_path);

	if (path != NULL)
		unlink(path);
	free(path);
}

/* Splits text into its lines (pointers into text, which is cut). */
static char **
journal_split(char *text, size_t *n)
{
	char **lines = NULL, *p = text, *nl;
	size_t cap = 0;

	*n = 0;
	while (*p != '\0') {
		if (*n == cap) {
			cap = cap == 0 ? 64 : cap * 2;
			lines = xreallocarray(lines, cap, sizeof *lines);
		}
		lines[(*n)++] = p;
		if ((nl = strchr(p, '\n')) == NULL)
			break;
		*nl = '\0';
		p = nl + 1;
	}
	return lines;
}

/* Adds "mark line" to out unless it is full. */
static void
journal_add(char ***out, size_t *n, size_t max, char mark, const char *line)
{
	while (*line == ' ')
		line++;
	if (*n >= max)
		return;
	*out = xreallocarray(*out, *n + 1, sizeof **out);
	(*out)[(*n)++] = xasprintf("%c %s", mark, line);
}

/* The lines between a common head and tail, by longest common
 * subsequence when small enough, else all removed then all added. */
static void
journal_middle(char **a, size_t na, char **b, size_t nb, char ***out,
    size_t *n, size_t max)
{
	unsigned *t;
	size_t i, j, w = nb + 1;

	if (na > 1000 || nb > 1000) {
		for (i = 0; i < na; i++)
			journal_add(out, n, max, '-', a[i]);
		for (j = 0; j < nb; j++)
			journal_add(out, n, max, '+', b[j]);
		return;
	}
	t = xcalloc((na + 1) * w, sizeof *t);
	for (i = na; i-- > 0; )
		for (j = nb; j-- > 0; )
			t[i * w + j] = strcmp(a[i], b[j]) == 0 ?
			    t[(i + 1) * w + j + 1] + 1 :
			    t[(i + 1) * w + j] > t[i * w + j + 1] ?
			    t[(i + 1) * w + j] : t[i * w + j + 1];
	for (i = j = 0; i < na || j < nb; ) {
		if (i < na && j < nb && strcmp(a[i], b[j]) == 0) {
			i++;
			j++;
		} else if (i < na && (j == nb ||
		    t[(i + 1) * w + j] >= t[i * w + j + 1]))
			journal_add(out, n, max, '-', a[i++]);
		else
			journal_add(out, n, max, '+', b[j++]);
	}
	free(t);
}

size_t
journal_differences(const struct session *saved,
    const struct session *recovered, char ***lines, size_t max)
{
	char *ta = NULL, *tb = NULL, *why = NULL, **a, **b;
	size_t la, lb, na = 0, nb = 0, head = 0, tail = 0, n = 0;

	*lines = NULL;
	if (store_serialise(saved, &ta, &la, &why) != 0 ||
	    store_serialise(recovered, &tb, &lb, &why) != 0) {
		free(why);
		free(ta);
		free(tb);
		return 0;
	}
	a = journal_split(ta, &na);
	b = journal_split(tb, &nb);
	while (head < na && head < nb && strcmp(a[head], b[head]) == 0)
		head++;
	while (tail < na - head && tail < nb - head &&
	    strcmp(a[na - 1 - tail], b[nb - 1 - tail]) == 0)
		tail++;
	journal_middle(a + head, na - head - tail, b + head,
	    nb - head - tail, lines, &n, max);
	free(a);
	free(b);
	free(ta);
	free(tb);
	return n;
}

void
journal_lines_free(char **lines, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}
