/*
 * The per-user file of where each session was left (b2c/resume.h). It
 * is rewritten whole through a temporary file and rename(2), so a crash
 * leaves the old or the new file, never half of one. Keys and paths
 * with a tab or a newline in the wrong place are not kept.
 */
#include "config.h"

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "b2c/resume.h"
#include "b2c/textbuf.h"
#include "b2c/util.h"

void
resume_clear(struct resume_point *p)
{
	if (p == NULL)
		return;
	free(p->step);
	free(p->field);
	memset(p, 0, sizeof *p);
}

/* Splits a line into its five parts; false when it is not one. */
static bool
resume_parse(char *line, struct resume_point *p, const char **path)
{
	char *part[5], *end;
	long party;
	unsigned long row;
	int i;

	part[0] = line;
	for (i = 1; i < 5; i++) {
		if ((part[i] = strchr(part[i - 1], '\t')) == NULL)
			return false;
		*part[i]++ = '\0';
	}
	party = strtol(part[1], &end, 10);
	if (*part[1] == '\0' || *end != '\0' || party < -1 || party > 1)
		return false;
	row = strtoul(part[3], &end, 10);
	if (*part[3] == '\0' || *end != '\0' || *part[0] == '\0')
		return false;
	p->step = part[0];
	p->party = (int)party;
	p->field = part[2];
	p->row = (size_t)row;
	*path = part[4];
	return true;
}

/* Reads file's lines (allocated text), or NULL. */
static char *
resume_read(const char *file)
{
	FILE *f = fopen(file, "r");
	struct textbuf b;
	char buf[4096];
	size_t n;

	if (f == NULL)
		return NULL;
	textbuf_init(&b);
	while ((n = fread(buf, 1, sizeof buf, f)) > 0 && b.len < (1u << 20))
		textbuf_add(&b, buf, n);
	fclose(f);
	return textbuf_detach(&b);
}

int
resume_load(const char *file, const char *session, struct resume_point *out)
{
	char *text = resume_read(file), *line, *next;
	struct resume_point p;
	const char *path;

	memset(out, 0, sizeof *out);
	for (line = text; line != NULL && *line != '\0'; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if (resume_parse(line, &p, &path) && strcmp(path, session) == 0) {
			out->step = xstrdup(p.step);
			out->party = p.party;
			out->field = xstrdup(p.field);
			out->row = p.row;
			free(text);
			return 0;
		}
	}
	free(text);
	return -1;
}

/* Makes the directories above file (mode 0700, as XDG asks). */
static int
resume_mkdirs(const char *file)
{
	char *dir = xstrdup(file), *p;
	int rc = 0;

	for (p = strchr(dir + 1, '/'); p != NULL; p = strchr(p + 1, '/')) {
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST)
			rc = -1;
		*p = '/';
	}
	free(dir);
	return rc;
}

/* True when s can stand in a line without breaking it. */
static bool
resume_clean(const char *s, bool tab_ok)
{
	return strchr(s, '\n') == NULL && (tab_ok || strchr(s, '\t') == NULL);
}

/* The new file's text: the point first, then the others' lines. */
static char *
resume_text(const char *old, const char *session,
    const struct resume_point *pt)
{
	struct textbuf b;
	struct resume_point p;
	const char *path;
	char *copy = xstrdup(old != NULL ? old : ""), *line, *next, *raw;
	size_t kept = 1;

	textbuf_init(&b);
	textbuf_addf(&b, "%s\t%d\t%s\t%zu\t%s\n", pt->step, pt->party,
	    pt->field != NULL ? pt->field : "", pt->row, session);
	for (line = copy; *line != '\0' && kept < RESUME_MAX; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		else
			next = line + strlen(line);
		raw = xstrdup(line);
		if (resume_parse(line, &p, &path) &&
		    strcmp(path, session) != 0) {
			textbuf_addf(&b, "%s\n", raw);
			kept++;
		}
		free(raw);
	}
	free(copy);
	return textbuf_detach(&b);
}

int
resume_save(const char *file, const char *session,
    const struct resume_point *pt, char **cause)
{
	char *old, *text, *tmp;
	FILE *f;
	int failed;

	if (pt->step == NULL || !resume_clean(pt->step, false) ||
	    !resume_clean(pt->field != NULL ? pt->field : "", false) ||
	    !resume_clean(session, true) || *session == '\0') {
		*cause = xstrdup("not a point that can be kept");
		return -1;
	}
	resume_mkdirs(file);
	old = resume_read(file);
	text = resume_text(old, session, pt);
	free(old);
	tmp = xasprintf("%s.%ld.tmp", file, (long)getpid());
	if ((f = fopen(tmp, "w")) == NULL) {
		*cause = xasprintf("%s: %s", tmp, strerror(errno));
		free(tmp);
		free(text);
		return -1;
	}
	failed = fputs(text, f) == EOF;
	failed |= fclose(f) != 0;
	if (failed || rename(tmp, file) != 0) {
		*cause = xasprintf("%s: %s", file, strerror(errno));
		unlink(tmp);
		free(tmp);
		free(text);
		return -1;
	}
	free(tmp);
	free(text);
	return 0;
}
