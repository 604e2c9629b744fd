/*
 * Survey imports from a file on disk and the plain calls with a period
 * and a date: they read the file (never blocking on a FIFO or device) and
 * run the import (import-csv.c), the top of the import's layers.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "b2c/date.h"
#include "b2c/i18n.h"
#include "b2c/import.h"
#include "b2c/textnorm.h"
#include "b2c/util.h"
#include "import-reader.h"

/* Reads a whole regular file; never blocks on a FIFO or device. */
static char *
read_file(const char *path, size_t *len, char **cause)
{
	const char *why = NULL;
	struct stat st;
	char *buf = NULL;
	ssize_t n = 0;
	int fd;

	fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st) != 0)
		goto fail;
	if (!S_ISREG(st.st_mode))
		why = _("not a regular file");
	else if ((uintmax_t)st.st_size > IMPORT_MAX_FILE)
		why = _("the file is too large");
	if (why != NULL)
		goto fail;
	buf = xmalloc((size_t)st.st_size + 1);
	*len = 0;
	while (*len < (size_t)st.st_size && (n = read(fd, buf + *len,
	    (size_t)st.st_size - *len)) > 0)
		*len += (size_t)n;
	if (n < 0)
		goto fail;
	buf[*len] = '\0';
	close(fd);
	return buf;
fail:
	if (cause != NULL)
		*cause = xasprintf("%s: %s", path, why ? why : strerror(errno));
	free(buf);
	if (fd >= 0)
		close(fd);
	return NULL;
}

int
import_run_file(struct session *s, const char *path,
    const struct import_options *opt, struct import_result *result,
    char **cause)
{
	size_t len;
	char *text = read_file(path, &len, cause);
	int rc;

	if (text == NULL) {
		memset(result, 0, sizeof *result);
		return -1;
	}
	rc = import_run(s, path, text, len, opt, result, cause);
	free(text);
	return rc;
}

/* Options of the plain calls; NULL with *cause when they are bad. */
static const struct import_options *
plain_options(struct import_options *o, const char *name, const char *period,
    const char *date, int flags, char **cause)
{
	memset(o, 0, sizeof *o);
	o->period = period;
	o->date = date;
	o->flags = flags;
	if (!textnorm_blank(period) && (date == NULL ||
	    date[0] == '\0' || date_valid_iso(date)))
		return o;
	if (cause != NULL)
		*cause = xasprintf("%s: %s", name, _("a period label and a "
		    "valid date are needed"));
	return NULL;
}

int
import_responses(struct session *s, const char *name, const char *text,
    size_t len, const char *period, const char *date, int flags,
    struct import_result *result, char **cause)
{
	struct import_options o;

	memset(result, 0, sizeof *result);
	if (plain_options(&o, name, period, date, flags, cause) == NULL)
		return -1;
	return import_run(s, name, text, len, &o, result, cause);
}

int
import_responses_file(struct session *s, const char *path,
    const char *period, const char *date, int flags,
    struct import_result *result, char **cause)
{
	struct import_options o;

	memset(result, 0, sizeof *result);
	if (plain_options(&o, path, period, date, flags, cause) == NULL)
		return -1;
	return import_run_file(s, path, &o, result, cause);
}
