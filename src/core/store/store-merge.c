/*
 * The three-way merge (b2c merge) over the trees of the three versions,
 * so that it follows whatever settings the files hold. Every setting is
 * decided by one rule, for groups, records and values alike:
 * - both sides the same: that;
 * - one side as in base: the other side (an addition, a change, or a
 *   removal);
 * - removed on one side and changed on the other: kept as changed, and a
 *   conflict;
 * - changed on both sides: groups merged setting by setting, lists record
 *   by record, anything else ours' value and a conflict.
 * Records (list elements that are groups with a key) are matched by key;
 * arrays and lists of other values by position when all three have the
 * same length (the five points, a tally's steps), otherwise as a set of
 * values: ours' less those theirs removed, and those theirs added.
 * created, modified and saved_by are ours': the save after the merge sets
 * them anyway.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/store-merge.h"
#include "store-tree.h"

struct merge {
	struct session	*conflicts;	/* collects the new conflicts */
};

static void merge_node(struct merge *, const char *path,
    const config_setting_t *b, const config_setting_t *o,
    const config_setting_t *t, config_setting_t *parent, const char *name);

static void
merge_conflict(struct merge *m, const char *path, const char *kind,
    const config_setting_t *b, const config_setting_t *o,
    const config_setting_t *t)
{
	struct conflict *c = session_add_conflict(m->conflicts);

	session_set_str(&c->path, path);
	session_set_str(&c->kind, kind);
	free(c->base);
	c->base = tree_text(b);
	free(c->ours);
	c->ours = tree_text(o);
	free(c->theirs);
	c->theirs = tree_text(t);
}

static char *
merge_path(const char *path, const char *name)
{
	return *path == '\0' ? xstrdup(name) : xasprintf("%s.%s", path, name);
}

/* A member of the root that is ours' whatever the other side did. */
static bool
merge_ours_only(const char *path)
{
	return strcmp(path, "modified") == 0 ||
	    strcmp(path, "saved_by") == 0 || strcmp(path, "created") == 0;
}

static void
merge_group(struct merge *m, const char *path, const config_setting_t *b,
    const config_setting_t *o, const config_setting_t *t,
    config_setting_t *out)
{
	const config_setting_t *e;
	const char *name;
	char *sub;
	int i, n;

	/* Ours' settings in ours' order, then those only theirs has. */
	n = config_setting_length(o);
	for (i = 0; i < n; i++) {
		e = config_setting_get_elem(o, (unsigned)i);
		name = config_setting_name(e);
		sub = merge_path(path, name);
		if (merge_ours_only(sub))
			tree_copy(out, name, e);
		else
			merge_node(m, sub, tree_member(b, name), e,
			    tree_member(t, name), out, name);
		free(sub);
	}
	n = config_setting_length(t);
	for (i = 0; i < n; i++) {
		e = config_setting_get_elem(t, (unsigned)i);
		name = config_setting_name(e);
		if (tree_member(o, name) != NULL)
			continue;
		sub = merge_path(path, name);
		merge_node(m, sub, tree_member(b, name), NULL, e, out, name);
		free(sub);
	}
}

/* Records matched by key: ours' in ours' order, then theirs' new ones. */
static void
merge_records(struct merge *m, const char *path, const config_setting_t *b,
    const config_setting_t *o, const config_setting_t *t,
    config_setting_t *out)
{
	const config_setting_t *e;
	const char *key;
	char *sub;
	int i, n;

	n = config_setting_length(o);
	for (i = 0; i < n; i++) {
		e = config_setting_get_elem(o, (unsigned)i);
		key = tree_key(o, e);
		sub = xasprintf("%s[%s]", path, key);
		merge_node(m, sub, tree_find(b, key), e, tree_find(t, key),
		    out, NULL);
		free(sub);
	}
	n = config_setting_length(t);
	for (i = 0; i < n; i++) {
		e = config_setting_get_elem(t, (unsigned)i);
		key = tree_key(t, e);
		if (tree_find(o, key) != NULL)
			continue;
		sub = xasprintf("%s[%s]", path, key);
		merge_node(m, sub, tree_find(b, key), NULL, e, out, NULL);
		free(sub);
	}
}

/* True when list (may be NULL) holds a value equal to v. */
static bool
merge_holds(const config_setting_t *list, const config_setting_t *v)
{
	int i, n;

	if (list == NULL)
		return false;
	n = config_setting_length(list);
	for (i = 0; i < n; i++)
		if (tree_same(config_setting_get_elem(list, (unsigned)i), v))
			return true;
	return false;
}

/* Values without keys: by position when no side changed the length,
 * else as sets of values, so that nothing either side added is lost. */
static void
merge_values(struct merge *m, const char *path, const config_setting_t *b,
    const config_setting_t *o, const config_setting_t *t,
    config_setting_t *out)
{
	const config_setting_t *e;
	char *sub;
	int i, n = config_setting_length(o);

	if (b != NULL && config_setting_length(b) == n &&
	    config_setting_length(t) == n) {
		for (i = 0; i < n; i++) {
			sub = xasprintf("%s[%d]", path, i + 1);
			merge_node(m, sub, config_setting_get_elem(b,
			    (unsigned)i), config_setting_get_elem(o,
			    (unsigned)i), config_setting_get_elem(t,
			    (unsigned)i), out, NULL);
			free(sub);
		}
		return;
	}
	for (i = 0; i < n; i++) {
		e = config_setting_get_elem(o, (unsigned)i);
		if (!merge_holds(b, e) || merge_holds(t, e))
			tree_copy(out, NULL, e);
	}
	n = config_setting_length(t);
	for (i = 0; i < n; i++) {
		e = config_setting_get_elem(t, (unsigned)i);
		if (!merge_holds(b, e) && !merge_holds(o, e))
			tree_copy(out, NULL, e);
	}
}

/* Both sides changed an aggregate of one kind: merge inside it. */
static bool
merge_inside(struct merge *m, const char *path, const config_setting_t *b,
    const config_setting_t *o, const config_setting_t *t,
    config_setting_t *parent, const char *name)
{
	int type = config_setting_type(o);
	config_setting_t *out;

	if (type != config_setting_type(t) || !config_setting_is_aggregate(o))
		return false;
	if (b != NULL && config_setting_type(b) != type)
		b = NULL;
	out = config_setting_add(parent, config_setting_is_group(parent) ?
	    name : NULL, type);
	if (type == CONFIG_TYPE_GROUP)
		merge_group(m, path, b, o, t, out);
	else if (tree_keyed(o) && tree_keyed(t) && (b == NULL ||
	    tree_keyed(b)))
		merge_records(m, path, b, o, t, out);
	else
		merge_values(m, path, b, o, t, out);
	return true;
}

static void
merge_node(struct merge *m, const char *path, const config_setting_t *b,
    const config_setting_t *o, const config_setting_t *t,
    config_setting_t *parent, const char *name)
{
	const config_setting_t *one = o != NULL ? o : t;

	if (one == NULL)		/* removed on both sides, or never */
		return;
	if (tree_same(o, t)) {
		tree_copy(parent, name, o);
		return;
	}
	if (o == NULL || t == NULL) {
		if (b == NULL)		/* added on one side */
			tree_copy(parent, name, one);
		else if (!tree_same(b, one)) {	/* removed, and changed */
			tree_copy(parent, name, one);
			merge_conflict(m, path, o == NULL ? "removed-ours" :
			    "removed-theirs", b, o, t);
		}
		return;			/* else removed on one side */
	}
	if (tree_same(b, o))
		tree_copy(parent, name, t);
	else if (tree_same(b, t))
		tree_copy(parent, name, o);
	else if (!merge_inside(m, path, b, o, t, parent, name)) {
		tree_copy(parent, name, o);
		merge_conflict(m, path, "changed", b, o, t);
	}
}

/* The merge's conflicts into the result's list, replacing any older
 * conflict about the same setting. */
static void
merge_add_conflicts(struct merge *m, config_setting_t *root)
{
	config_setting_t *list = config_setting_get_member(root, "conflicts");
	config_setting_t *g;
	const struct conflict *c;
	size_t i;
	int j;

	if (m->conflicts->n_conflicts == 0)
		return;
	if (list == NULL)
		list = config_setting_add(root, "conflicts", CONFIG_TYPE_LIST);
	for (i = 0; i < m->conflicts->n_conflicts; i++) {
		c = &m->conflicts->conflicts[i];
		for (j = config_setting_length(list) - 1; j >= 0; j--) {
			const char *k = tree_key(list,
			    config_setting_get_elem(list, (unsigned)j));

			if (k != NULL && strcmp(k, c->path) == 0)
				config_setting_remove_elem(list, (unsigned)j);
		}
		g = config_setting_add(list, NULL, CONFIG_TYPE_GROUP);
		config_setting_set_string(config_setting_add(g, "path",
		    CONFIG_TYPE_STRING), c->path);
		config_setting_set_string(config_setting_add(g, "kind",
		    CONFIG_TYPE_STRING), c->kind);
		config_setting_set_string(config_setting_add(g, "base",
		    CONFIG_TYPE_STRING), c->base);
		config_setting_set_string(config_setting_add(g, "ours",
		    CONFIG_TYPE_STRING), c->ours);
		config_setting_set_string(config_setting_add(g, "theirs",
		    CONFIG_TYPE_STRING), c->theirs);
	}
}

int
store_merge(const struct session *base, const struct session *ours,
    const struct session *theirs, const char *name, struct session **out,
    size_t *n_new, char **cause)
{
	config_t tb, to, tt, result;
	struct merge m = { session_new() };
	int rc = -1;

	config_init(&tb);
	config_init(&to);
	config_init(&tt);
	config_init(&result);
	if (tree_from_session(base, &tb, cause) == 0 &&
	    tree_from_session(ours, &to, cause) == 0 &&
	    tree_from_session(theirs, &tt, cause) == 0) {
		merge_group(&m, "", config_root_setting(&tb),
		    config_root_setting(&to), config_root_setting(&tt),
		    config_root_setting(&result));
		merge_add_conflicts(&m, config_root_setting(&result));
		*n_new = m.conflicts->n_conflicts;
		rc = tree_to_session(&result, name, out, cause);
	}
	config_destroy(&tb);
	config_destroy(&to);
	config_destroy(&tt);
	config_destroy(&result);
	session_free(m.conflicts);
	return rc;
}
