/*
 * Deciding a conflict b2c merge left (store-conflict.h). The session is
 * written as a tree (store-tree.h), the setting the conflict's path names
 * is found there and given the other side's value, or removed, and the
 * tree is read back as a file would be, so the result is checked like
 * any session and settings this version does not know are decided the
 * same way as known ones.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "b2c/store-conflict.h"
#include "store-tree.h"

bool
store_conflict_is_removal(const struct conflict *c)
{
	return strncmp(c->kind, "removed-", 8) == 0;
}

/* The end of a "[key]" at p ('['): the ']' followed by '.', '[' or the
 * end, so a key may itself hold brackets. NULL when there is none. */
static const char *
conflict_key_end(const char *p)
{
	const char *q;

	for (q = p + 1; (q = strchr(q, ']')) != NULL; q++)
		if (q[1] == '\0' || q[1] == '.' || q[1] == '[')
			return q;
	return NULL;
}

/* The element of list called [key]: by key in a list of records, else
 * by its position from 1 (the merge names unkeyed values so). */
static config_setting_t *
conflict_elem(config_setting_t *list, const char *key)
{
	config_setting_t *e;
	const char *k;
	char *end;
	long n;
	int i;

	if (list == NULL || config_setting_is_group(list) ||
	    !config_setting_is_aggregate(list))
		return NULL;
	for (i = 0; i < config_setting_length(list); i++) {
		e = config_setting_get_elem(list, (unsigned)i);
		if ((k = tree_key(list, e)) != NULL && strcmp(k, key) == 0)
			return e;
	}
	n = strtol(key, &end, 10);
	if (*end != '\0' || n < 1 || n > config_setting_length(list))
		return NULL;
	return config_setting_get_elem(list, (unsigned)(n - 1));
}

/* The setting path names under root, and its parent; NULL if absent. */
static config_setting_t *
conflict_find(config_setting_t *root, const char *path,
    config_setting_t **parent)
{
	config_setting_t *cur = root;
	const char *p = path, *e;
	char *part;
	size_t n;

	*parent = NULL;
	while (cur != NULL && *p != '\0') {
		n = strcspn(p, ".[");
		part = xstrndup(p, n);
		*parent = cur;
		cur = config_setting_is_group(cur) ?
		    config_setting_get_member(cur, part) : NULL;
		free(part);
		p += n;
		while (cur != NULL && *p == '[') {
			if ((e = conflict_key_end(p)) == NULL)
				return NULL;
			part = xstrndup(p + 1, (size_t)(e - p - 1));
			*parent = cur;
			cur = conflict_elem(cur, part);
			free(part);
			p = e + 1;
		}
		if (*p == '.')
			p++;
	}
	return cur;
}

/* Parses text as a libconfig value (or a group's settings) into tmp;
 * the value, or NULL when it reads as neither. */
static config_setting_t *
conflict_parse(config_t *tmp, const char *text)
{
	char *src = xasprintf("v = %s;", text);
	bool ok = config_read_string(tmp, src) == CONFIG_TRUE;

	free(src);
	if (!ok) {
		src = xasprintf("v = { %s };", text);
		ok = config_read_string(tmp, src) == CONFIG_TRUE;
		free(src);
	}
	return ok ? config_lookup(tmp, "v") : NULL;
}

/* Sets a number or truth value in place when v is of its kind. */
static bool
conflict_set_scalar(config_setting_t *node, const config_setting_t *v)
{
	int nt = config_setting_type(node), vt = config_setting_type(v);
	bool vint = vt == CONFIG_TYPE_INT || vt == CONFIG_TYPE_INT64;

	if ((nt == CONFIG_TYPE_INT || nt == CONFIG_TYPE_INT64) && vint)
		return config_setting_set_int64(node,
		    config_setting_get_int64(v)) == CONFIG_TRUE;
	if (nt == CONFIG_TYPE_FLOAT && (vint || vt == CONFIG_TYPE_FLOAT))
		return config_setting_set_float(node, vint ?
		    (double)config_setting_get_int64(v) :
		    config_setting_get_float(v)) == CONFIG_TRUE;
	if (nt == CONFIG_TYPE_BOOL && vt == CONFIG_TYPE_BOOL)
		return config_setting_set_bool(node,
		    config_setting_get_bool(v)) == CONFIG_TRUE;
	return false;
}

/* Gives node (a child of parent) the value text stands for. */
static int
conflict_set(config_setting_t *parent, config_setting_t *node,
    const char *text, char **cause)
{
	config_setting_t *v;
	config_t tmp;
	char *name;
	int rc = 0;

	if (config_setting_type(node) == CONFIG_TYPE_STRING) {
		config_setting_set_string(node, text);
		return 0;
	}
	config_init(&tmp);
	v = conflict_parse(&tmp, text);
	if (v != NULL && conflict_set_scalar(node, v))
		;
	else if (config_setting_is_group(parent)) {
		name = xstrdup(config_setting_name(node));
		config_setting_remove(parent, name);
		if (v != NULL)
			store_setting_copy(parent, name, v);
		else
			config_setting_set_string(config_setting_add(parent,
			    name, CONFIG_TYPE_STRING), text);
		free(name);
	} else {
		*cause = xasprintf(_("%s: the other version's value cannot be "
		    "put in its place"), config_setting_name(parent) != NULL ?
		    config_setting_name(parent) : "");
		rc = -1;
	}
	config_destroy(&tmp);
	return rc;
}

/* Removes node from parent, a group or a list. */
static void
conflict_remove(config_setting_t *parent, config_setting_t *node)
{
	char *name;

	if (config_setting_is_group(parent)) {
		name = xstrdup(config_setting_name(node));
		config_setting_remove(parent, name);
		free(name);
	} else
		config_setting_remove_elem(parent,
		    (unsigned)config_setting_index(node));
}

/* Removes the conflict about path from s's list, if it is there. */
static void
conflict_forget(struct session *s, const char *path)
{
	size_t i;

	for (i = 0; i < s->n_conflicts; i++)
		if (strcmp(s->conflicts[i].path, path) == 0) {
			session_remove_conflict(s, i);
			return;
		}
}

int
store_conflict_other(const struct session *s, size_t i,
    struct session **out, char **cause)
{
	const struct conflict *c;
	config_setting_t *node, *parent;
	config_t t;
	int rc = -1;

	*out = NULL;
	if (i >= s->n_conflicts) {
		*cause = xstrdup(_("No such conflict"));
		return -1;
	}
	c = &s->conflicts[i];
	config_init(&t);
	if (tree_from_session(s, &t, cause) != 0)
		goto done;
	node = conflict_find(config_root_setting(&t), c->path, &parent);
	if (node == NULL || parent == NULL) {
		*cause = xasprintf(_("%s: no such setting in the session"),
		    c->path);
		goto done;
	}
	if (store_conflict_is_removal(c))
		conflict_remove(parent, node);
	else if (conflict_set(parent, node, c->theirs, cause) != 0)
		goto done;
	if ((rc = tree_to_session(&t, c->path, out, cause)) == 0)
		conflict_forget(*out, c->path);
done:
	config_destroy(&t);
	return rc;
}

int
store_conflict_decide(struct session *s, size_t i, bool take_other,
    char **cause)
{
	struct session *other, tmp;

	if (i >= s->n_conflicts) {
		*cause = xstrdup(_("No such conflict"));
		return -1;
	}
	if (!take_other) {
		session_remove_conflict(s, i);
		return 0;
	}
	if (store_conflict_other(s, i, &other, cause) != 0)
		return -1;
	/* In place: whoever holds s keeps a valid pointer. */
	tmp = *s;
	*s = *other;
	*other = tmp;
	session_free(other);
	return 0;
}
