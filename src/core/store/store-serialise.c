/*
 * Writing a session as libconfig text, in memory. The schema tables give
 * the order of the settings, so the same session always gives the same
 * bytes. libconfig's writer returns no errors, so the stream is checked
 * here; values libconfig cannot write back readably (non-finite numbers)
 * are refused before it sees them.
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "store-private.h"

#define STORE_HEADER \
	"# A Business2Community session, written by b2c.\n" \
	"# The format is described in b2c-session(5).\n"

/* The numbers libconfig would write as text it cannot read back. */
static int
serialise_check(const struct session *s, char **cause)
{
	size_t i, j;
	int p;

	for (p = 0; p < PARTY_COUNT; p++)
		for (j = 0; j < s->part1[p].n_resources; j++)
			if (!isfinite(s->part1[p].resources[j].amount))
				goto bad;
	for (i = 0; i < s->n_indicators; i++)
		if (s->indicators[i].has_target &&
		    !isfinite(s->indicators[i].target))
			goto bad;
	for (i = 0; i < s->n_ledger; i++)
		if (!isfinite(s->ledger[i].cash) || !isfinite(s->ledger[i].hours) ||
		    !isfinite(s->ledger[i].in_kind) ||
		    !isfinite(s->ledger[i].management))
			goto bad;
	for (i = 0; i < s->n_indicators; i++)
		for (j = 0; j < s->indicators[i].n_milestones; j++)
			if (!isfinite(s->indicators[i].milestones[j].value))
				goto bad;
	return 0;
bad:
	if (cause != NULL)
		*cause = xstrdup(_("a number in the session is not finite"));
	return -1;
}

/* Runs libconfig's writer into memory, checking the stream. */
static int
serialise_text(config_t *cfg, char **text, size_t *len, char **cause)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);
	int failed;

	if (f == NULL) {
		if (cause != NULL)
			*cause = xasprintf("open_memstream: %s",
			    strerror(errno));
		return -1;
	}
	fputs(STORE_HEADER, f);
	config_write(cfg, f);
	failed = ferror(f);
	if (fclose(f) != 0 || failed) {
		free(buf);
		if (cause != NULL)
			*cause = xstrdup(_("out of memory writing the session"));
		return -1;
	}
	*text = buf;
	*len = size;
	return 0;
}

int
store_serialise(const struct session *s, char **text, size_t *len,
    char **cause)
{
	config_t cfg;
	int rc;

	if (serialise_check(s, cause) != 0)
		return -1;
	config_init(&cfg);
	config_set_options(&cfg, CONFIG_OPTION_SEMICOLON_SEPARATORS);
	config_set_tab_width(&cfg, 2);
	store_write_group(config_root_setting(&cfg), store_schema_root, s);
	store_unknown_merge(config_root_setting(&cfg), s);
	rc = serialise_text(&cfg, text, len, cause);
	config_destroy(&cfg);
	return rc;
}
