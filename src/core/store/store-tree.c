/*
 * Session files as trees: comparing, copying and naming the settings of
 * versions of one session, for merging and for showing what changed.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/i18n.h"
#include "store-tree.h"

int
tree_from_session(const struct session *s, config_t *cfg, char **cause)
{
	char *text = NULL;
	size_t len;

	if (store_serialise(s, &text, &len, cause) != 0)
		return -1;
	/* b2c's own output: nothing to guard against, and it always
	 * parses (store_save re-reads every text it writes). */
	if (config_read_string(cfg, text) != CONFIG_TRUE) {
		*cause = xasprintf("%d: %s", config_error_line(cfg),
		    config_error_text(cfg));
		free(text);
		return -1;
	}
	free(text);
	return 0;
}

int
tree_to_session(config_t *cfg, const char *name, struct session **out,
    char **cause)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);
	int rc;

	if (f == NULL)
		abort();
	config_set_options(cfg, CONFIG_OPTION_SEMICOLON_SEPARATORS);
	config_write(cfg, f);
	if (fclose(f) != 0)
		abort();
	rc = store_parse(name, buf, size, out, cause);
	free(buf);
	return rc;
}

static bool
tree_numeric(int type)
{
	return type == CONFIG_TYPE_INT || type == CONFIG_TYPE_INT64;
}

/* Same members by name, whatever their order. */
static bool
tree_same_group(const config_setting_t *a, const config_setting_t *b)
{
	const config_setting_t *x;
	int i, n = config_setting_length(a);

	if (n != config_setting_length(b))
		return false;
	for (i = 0; i < n; i++) {
		x = config_setting_get_elem(a, (unsigned)i);
		if (!tree_same(x, tree_member(b, config_setting_name(x))))
			return false;
	}
	return true;
}

bool
tree_same(const config_setting_t *a, const config_setting_t *b)
{
	int ta, tb, i, n;

	if (a == NULL || b == NULL)
		return a == b;
	ta = config_setting_type(a);
	tb = config_setting_type(b);
	if (tree_numeric(ta) && tree_numeric(tb))
		return config_setting_get_int64(a) ==
		    config_setting_get_int64(b);
	if (ta != tb)
		return false;
	switch (ta) {
	case CONFIG_TYPE_FLOAT:
		return config_setting_get_float(a) ==
		    config_setting_get_float(b);
	case CONFIG_TYPE_STRING:
		return strcmp(config_setting_get_string(a),
		    config_setting_get_string(b)) == 0;
	case CONFIG_TYPE_BOOL:
		return config_setting_get_bool(a) == config_setting_get_bool(b);
	case CONFIG_TYPE_GROUP:
		return tree_same_group(a, b);
	default:
		n = config_setting_length(a);
		if (n != config_setting_length(b))
			return false;
		for (i = 0; i < n; i++)
			if (!tree_same(config_setting_get_elem(a, (unsigned)i),
			    config_setting_get_elem(b, (unsigned)i)))
				return false;
		return true;
	}
}

config_setting_t *
tree_copy(config_setting_t *parent, const char *name,
    const config_setting_t *src)
{
	config_setting_t *dst = store_setting_copy(parent, name, src);

	if (dst == NULL)	/* a name used twice: the walk never does so */
		abort();
	return dst;
}

/* A group's settings, or a list or array as "[ ... ]", as libconfig text. */
static char *
tree_text_aggregate(const config_setting_t *v)
{
	config_t tmp;
	char *buf = NULL, *nl;
	size_t size = 0;
	FILE *f;
	int i, n = config_setting_length(v);

	config_init(&tmp);
	config_set_options(&tmp, CONFIG_OPTION_SEMICOLON_SEPARATORS);
	if (config_setting_is_group(v))
		for (i = 0; i < n; i++) {
			const config_setting_t *e = config_setting_get_elem(v,
			    (unsigned)i);

			tree_copy(config_root_setting(&tmp),
			    config_setting_name(e), e);
		}
	else
		tree_copy(config_root_setting(&tmp), "value", v);
	if ((f = open_memstream(&buf, &size)) == NULL)
		abort();
	config_write(&tmp, f);
	if (fclose(f) != 0)
		abort();
	config_destroy(&tmp);
	/* A list or array alone: its value, without "value = " and ";". */
	if (!config_setting_is_group(v) && strncmp(buf, "value = ", 8) == 0) {
		memmove(buf, buf + 8, strlen(buf + 8) + 1);
		if ((nl = strrchr(buf, ';')) != NULL)
			*nl = '\0';
	}
	n = (int)strlen(buf);
	while (n > 0 && buf[n - 1] == '\n')
		buf[--n] = '\0';
	return buf;
}

char *
tree_text(const config_setting_t *v)
{
	if (v == NULL)
		return xstrdup("");
	switch (config_setting_type(v)) {
	case CONFIG_TYPE_INT:
	case CONFIG_TYPE_INT64:
		return xasprintf("%lld", config_setting_get_int64(v));
	case CONFIG_TYPE_FLOAT:
		return xasprintf("%.15g", config_setting_get_float(v));
	case CONFIG_TYPE_STRING:
		return xstrdup(config_setting_get_string(v));
	case CONFIG_TYPE_BOOL:
		return xstrdup(config_setting_get_bool(v) ? "true" : "false");
	default:
		return tree_text_aggregate(v);
	}
}

/* Lists whose records have a natural key; every other list: "id". */
static const struct {
	const char *list, *key;
} tree_keys[] = {
	{ "measurements", "period" },
	{ "tallies", "statement" },
	{ "conflicts", "path" },
};

const char *
tree_key_name(const char *list)
{
	size_t i;

	for (i = 0; i < sizeof tree_keys / sizeof tree_keys[0]; i++)
		if (list != NULL && strcmp(list, tree_keys[i].list) == 0)
			return tree_keys[i].key;
	return "id";
}

const char *
tree_key(const config_setting_t *list, const config_setting_t *elem)
{
	const config_setting_t *k;

	if (!config_setting_is_group(elem))
		return NULL;
	k = config_setting_get_member(elem,
	    tree_key_name(config_setting_name(list)));
	if (k == NULL || config_setting_type(k) != CONFIG_TYPE_STRING)
		return NULL;
	return config_setting_get_string(k);
}

bool
tree_keyed(const config_setting_t *list)
{
	int i, n;

	if (list == NULL || !config_setting_is_list(list))
		return false;
	n = config_setting_length(list);
	for (i = 0; i < n; i++)
		if (tree_key(list, config_setting_get_elem(list,
		    (unsigned)i)) == NULL)
			return false;
	return true;
}

const config_setting_t *
tree_find(const config_setting_t *list, const char *key)
{
	const config_setting_t *e;
	const char *k;
	int i, n;

	if (list == NULL)
		return NULL;
	n = config_setting_length(list);
	for (i = 0; i < n; i++) {
		e = config_setting_get_elem(list, (unsigned)i);
		k = tree_key(list, e);
		if (k != NULL && strcmp(k, key) == 0)
			return e;
	}
	return NULL;
}

const config_setting_t *
tree_member(const config_setting_t *group, const char *name)
{
	if (group == NULL || !config_setting_is_group(group) || name == NULL)
		return NULL;
	return config_setting_get_member(group, name);
}
