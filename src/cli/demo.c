/*
 * The demo session for `b2c --demo`, in the wizard and the line mode
 * alike: a private copy of the installed demo in the sessions directory,
 * which is made when missing.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "b2c/cli.h"
#include "b2c/util.h"

/* mkdir -p with private permissions. */
int
cli_mkdirs(const char *dir)
{
	char *p = xstrdup(dir), *s;
	int r = 0;

	for (s = p + 1; r == 0 && *s != '\0'; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0700) != 0 && errno != EEXIST)
			r = -1;
		*s = '/';
	}
	if (r == 0 && mkdir(p, 0700) != 0 && errno != EEXIST)
		r = -1;
	free(p);
	return r;
}

static int
demo_copy(const char *from, int out, char **cause)
{
	char buf[8192];
	ssize_t n;
	int in = open(from, O_RDONLY | O_NOFOLLOW);

	if (in < 0) {
		*cause = xasprintf("%s: %s", from, strerror(errno));
		return -1;
	}
	while ((n = read(in, buf, sizeof buf)) > 0) {
		if (write(out, buf, (size_t)n) != n) {
			*cause = xasprintf("%s", strerror(errno));
			close(in);
			return -1;
		}
	}
	close(in);
	return n < 0 ? -1 : 0;
}

/* Copies the demo session to a new private file in dir. */
char *
cli_demo_copy(const char *dir, char **cause)
{
	const char *data = getenv("B2C_DATADIR");
	char *from, *path = NULL, stamp[32];
	time_t now = time(NULL);
	int fd = -1, i;

	if (data == NULL || *data == '\0')
		data = PKGDATADIR;
	from = xasprintf("%s/demo.cfg", data);
	strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", localtime(&now));
	if (cli_mkdirs(dir) != 0) {
		*cause = xasprintf("%s: %s", dir, strerror(errno));
		free(from);
		return NULL;
	}
	for (i = 1; fd < 0 && i < 100; i++) {
		free(path);
		path = i == 1 ? xasprintf("%s/demo-%s.cfg", dir, stamp) :
		    xasprintf("%s/demo-%s-%d.cfg", dir, stamp, i);
		fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0600);
		if (fd < 0 && errno != EEXIST)
			break;
	}
	if (fd < 0) {
		*cause = xasprintf("%s: %s", path, strerror(errno));
		free(path);
		free(from);
		return NULL;
	}
	if (demo_copy(from, fd, cause) != 0 || close(fd) != 0) {
		unlink(path);
		free(path);
		path = NULL;
	}
	free(from);
	return path;
}
