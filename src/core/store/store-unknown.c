/*
 * Settings this version does not know, kept so that a session edited by a
 * newer b2c (or by hand) loses nothing when saved. Those of the fixed
 * groups (the top level, parties, part1, part2, part3 and their
 * sub-groups) are copied into one libconfig tree, attached to the session,
 * that mirrors those groups. Those of a list element (one meeting, one
 * indicator, one tally...) go into a small tree of the element's own, so
 * they move, and disappear, with the element as the user edits the list.
 * Either way they are merged back at the end of the same group when the
 * session is written, and are checked by the rules known settings follow.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "b2c/i18n.h"
#include "store-private.h"

/* The release hook comes first: the model frees an element's kept
 * settings through it (session_unknown_free), never calling the store. */
struct store_unknown {
	void		(*release)(struct store_unknown *);
	config_t	cfg;
};

void
store_unknown_free(struct store_unknown *u)
{
	if (u == NULL)
		return;
	config_destroy(&u->cfg);
	free(u);
}

struct store_unknown *
store_unknown_new(void)
{
	struct store_unknown *u = xmalloc(sizeof *u);

	u->release = store_unknown_free;
	config_init(&u->cfg);
	return u;
}

config_setting_t *
store_unknown_root(struct store_unknown *u)
{
	return config_root_setting(&u->cfg);
}

static void
unknown_free(void *p)
{
	config_t *cfg = p;

	config_destroy(cfg);
	free(cfg);
}

/* Copies src (and everything below it) as a new child of parent; a name
 * already there keeps its setting. */
static void
unknown_copy(config_setting_t *parent, const config_setting_t *src)
{
	(void)store_setting_copy(parent, config_setting_name(src), src);
}

config_setting_t *
store_unknown_mirror(config_setting_t *parent, const char *name)
{
	config_setting_t *g = config_setting_get_member(parent, name);

	if (g == NULL)
		g = store_add(parent, name, CONFIG_TYPE_GROUP);
	return g;
}

void
store_unknown_attach(struct store_reader *r)
{
	if (r->unknown == NULL)
		return;
	if (r->n_unknown == 0 || r->s == NULL)
		unknown_free(r->unknown);
	else {
		r->s->unknown = r->unknown;
		r->s->unknown_free = unknown_free;
	}
	r->unknown = NULL;
}

/* Adds from's children to out; groups both have are merged inside. */
static void
unknown_merge(config_setting_t *out, const config_setting_t *from)
{
	const config_setting_t *child;
	config_setting_t *same;
	int i, n = config_setting_length(from);

	for (i = 0; i < n; i++) {
		child = config_setting_get_elem(from, (unsigned)i);
		same = config_setting_get_member(out,
		    config_setting_name(child));
		if (same == NULL)
			unknown_copy(out, child);
		else if (config_setting_is_group(same) &&
		    config_setting_is_group(child))
			unknown_merge(same, child);
	}
}

void
store_unknown_merge(config_setting_t *root, const struct session *s)
{
	const config_t *kept = s->unknown;

	/* Only trees this module made; another module's data is opaque. */
	if (kept == NULL || s->unknown_free != unknown_free)
		return;
	unknown_merge(root, config_root_setting(kept));
}

void
store_unknown_write_element(config_setting_t *group,
    const struct store_unknown *u)
{
	if (u != NULL)
		unknown_merge(group, config_root_setting(&u->cfg));
}
