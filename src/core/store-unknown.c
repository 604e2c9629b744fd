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

struct store_unknown {
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

/* Unknown values must be written back readably too: libconfig reads
 * 1e999 as inf and writes it as "inf.0", which it cannot read. */
/* A float as libconfig 1.5 writes it (15 significant digits), read back. */
static double
unknown_as_written(double v)
{
	char buf[40];

	snprintf(buf, sizeof buf, "%.15g", v);
	return strtod(buf, NULL);
}

static bool
unknown_check(struct store_reader *r, const config_setting_t *setting)
{
	const char *name;
	bool ok = true;
	int i, n;

	/* Also a float that 15 digits round up to inf when it is written
	 * back: it would read back as inf. */
	if (config_setting_type(setting) == CONFIG_TYPE_FLOAT &&
	    !isfinite(unknown_as_written(config_setting_get_float(setting)))) {
		name = config_setting_name(setting);
		store_errorf(&r->err, store_line(setting), _("%s: the number is "
		    "not finite"), name != NULL ? name : _("list element"));
		return false;
	}
	/* Texts are held to the same rules as known ones. */
	if (config_setting_type(setting) == CONFIG_TYPE_STRING)
		return store_read_string(r, setting) != NULL;
	if (config_setting_is_aggregate(setting)) {
		n = config_setting_length(setting);
		for (i = 0; i < n; i++)
			if (!unknown_check(r, config_setting_get_elem(setting,
			    (unsigned)i)))
				ok = false;
	}
	return ok;
}

void
store_unknown_keep(struct store_reader *r, config_setting_t *mirror,
    const config_setting_t *setting)
{
	if (!unknown_check(r, setting))
		return;
	unknown_copy(mirror, setting);
	r->n_unknown++;
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
store_unknown_read_element(struct store_reader *r,
    const config_setting_t *elem, const struct store_field *fields,
    void *base, struct store_unknown **extra)
{
	struct store_unknown *u = xmalloc(sizeof *u);
	size_t n_unknown = r->n_unknown;

	config_init(&u->cfg);
	store_read_group(r, elem, fields, base, config_root_setting(&u->cfg));
	/* r->n_unknown counts the session's own tree only. */
	r->n_unknown = n_unknown;
	store_unknown_free(*extra);
	*extra = NULL;
	if (config_setting_length(config_root_setting(&u->cfg)) > 0)
		*extra = u;
	else
		store_unknown_free(u);
}

void
store_unknown_write_element(config_setting_t *group,
    const struct store_unknown *u)
{
	if (u != NULL)
		unknown_merge(group, config_root_setting(&u->cfg));
}
