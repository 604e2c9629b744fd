/*
 * The changes between two versions of a session, found by walking the
 * trees of both files as the merge does (store-tree.h): groups setting by
 * setting, records by key, other lists by position when their lengths
 * agree and as sets of values when not. A record added or removed is one
 * change, described by a summary of the settings that name it.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/store-diff.h"
#include "store-tree.h"

static void diff_node(struct store_changes *, const char *path,
    const config_setting_t *a, const config_setting_t *b);

static void
diff_add(struct store_changes *out, enum store_change_kind kind,
    const char *path, char *before, char *after)
{
	struct store_change *c;

	out->items = util_grow(out->items, out->n, sizeof *out->items);
	c = &out->items[out->n++];
	c->kind = kind;
	c->path = xstrdup(path);
	c->before = before != NULL ? before : xstrdup("");
	c->after = after != NULL ? after : xstrdup("");
}

/* A record by the settings that name it ("2027-03-01 · Anna, Bo"); any
 * other value as text. */
static char *
diff_summary(const config_setting_t *v)
{
	static const char *const names[] = { "period", "date", "title",
	    "name", "participants", "text", "statement", "kind", "note" };
	const config_setting_t *m;
	char *out = NULL, *next;
	size_t i;

	if (!config_setting_is_group(v))
		return tree_text(v);
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		m = tree_member(v, names[i]);
		if (m == NULL || config_setting_type(m) != CONFIG_TYPE_STRING ||
		    *config_setting_get_string(m) == '\0')
			continue;
		next = out == NULL ? xstrdup(config_setting_get_string(m)) :
		    xasprintf("%s · %s", out, config_setting_get_string(m));
		free(out);
		out = next;
	}
	return out != NULL ? out : xstrdup("");
}

static char *
diff_path(const char *path, const char *name)
{
	return *path == '\0' ? xstrdup(name) : xasprintf("%s.%s", path, name);
}

static void
diff_group(struct store_changes *out, const char *path,
    const config_setting_t *a, const config_setting_t *b)
{
	const config_setting_t *e;
	const char *name;
	char *sub;
	int i, n = config_setting_length(a);

	for (i = 0; i < n; i++) {
		e = config_setting_get_elem(a, (unsigned)i);
		name = config_setting_name(e);
		sub = diff_path(path, name);
		/* Every save changes these. */
		if (strcmp(sub, "modified") != 0 &&
		    strcmp(sub, "saved_by") != 0)
			diff_node(out, sub, e, tree_member(b, name));
		free(sub);
	}
	n = config_setting_length(b);
	for (i = 0; i < n; i++) {
		e = config_setting_get_elem(b, (unsigned)i);
		name = config_setting_name(e);
		if (tree_member(a, name) != NULL)
			continue;
		sub = diff_path(path, name);
		diff_node(out, sub, NULL, e);
		free(sub);
	}
}

static void
diff_records(struct store_changes *out, const char *path,
    const config_setting_t *a, const config_setting_t *b)
{
	const config_setting_t *e;
	const char *key;
	char *sub;
	int i, n = config_setting_length(a);

	for (i = 0; i < n; i++) {
		e = config_setting_get_elem(a, (unsigned)i);
		key = tree_key(a, e);
		sub = xasprintf("%s[%s]", path, key);
		diff_node(out, sub, e, tree_find(b, key));
		free(sub);
	}
	n = config_setting_length(b);
	for (i = 0; i < n; i++) {
		e = config_setting_get_elem(b, (unsigned)i);
		key = tree_key(b, e);
		if (tree_find(a, key) != NULL)
			continue;
		sub = xasprintf("%s[%s]", path, key);
		diff_node(out, sub, NULL, e);
		free(sub);
	}
}

static bool
diff_holds(const config_setting_t *list, const config_setting_t *v)
{
	int i, n = config_setting_length(list);

	for (i = 0; i < n; i++)
		if (tree_same(config_setting_get_elem(list, (unsigned)i), v))
			return true;
	return false;
}

static void
diff_values(struct store_changes *out, const char *path,
    const config_setting_t *a, const config_setting_t *b)
{
	const config_setting_t *e;
	char *sub;
	int i, n = config_setting_length(a);

	if (n == config_setting_length(b)) {
		for (i = 0; i < n; i++) {
			sub = xasprintf("%s[%d]", path, i + 1);
			diff_node(out, sub, config_setting_get_elem(a,
			    (unsigned)i), config_setting_get_elem(b,
			    (unsigned)i));
			free(sub);
		}
		return;
	}
	for (i = 0; i < n; i++) {
		e = config_setting_get_elem(a, (unsigned)i);
		if (!diff_holds(b, e))
			diff_add(out, STORE_CHANGE_REMOVED, path, diff_summary(e),
			    NULL);
	}
	n = config_setting_length(b);
	for (i = 0; i < n; i++) {
		e = config_setting_get_elem(b, (unsigned)i);
		if (!diff_holds(a, e))
			diff_add(out, STORE_CHANGE_ADDED, path, NULL,
			    diff_summary(e));
	}
}

static void
diff_node(struct store_changes *out, const char *path,
    const config_setting_t *a, const config_setting_t *b)
{
	if (tree_same(a, b))
		return;
	if (a == NULL)
		diff_add(out, STORE_CHANGE_ADDED, path, NULL, diff_summary(b));
	else if (b == NULL)
		diff_add(out, STORE_CHANGE_REMOVED, path, diff_summary(a), NULL);
	else if (config_setting_type(a) != config_setting_type(b) ||
	    !config_setting_is_aggregate(a))
		diff_add(out, STORE_CHANGE_VALUE, path, tree_text(a), tree_text(b));
	else if (config_setting_is_group(a))
		diff_group(out, path, a, b);
	else if (tree_keyed(a) && tree_keyed(b))
		diff_records(out, path, a, b);
	else
		diff_values(out, path, a, b);
}

int
store_diff(const struct session *a, const struct session *b,
    struct store_changes *out, char **cause)
{
	config_t ta, tb;
	int rc = -1;

	out->items = NULL;
	out->n = 0;
	config_init(&ta);
	config_init(&tb);
	if (tree_from_session(a, &ta, cause) == 0 &&
	    tree_from_session(b, &tb, cause) == 0) {
		diff_group(out, "", config_root_setting(&ta),
		    config_root_setting(&tb));
		rc = 0;
	}
	config_destroy(&ta);
	config_destroy(&tb);
	return rc;
}

void
store_changes_free(struct store_changes *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		free(c->items[i].path);
		free(c->items[i].before);
		free(c->items[i].after);
	}
	free(c->items);
	c->items = NULL;
	c->n = 0;
}
