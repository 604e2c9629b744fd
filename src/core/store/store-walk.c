/*
 * The walkers of the schema tables: writing a group field by field, and
 * reading and writing the lists of groups (meetings, activities...) whose
 * elements keep the settings this version does not know. The tables
 * (store-schema.c, store-indicators.c, store-survey.c) are data; a
 * setting they cannot describe has read and write callbacks, which the
 * walkers call through the table and which may call the walkers again.
 * Reading a single group field by field is store-validate.c's job.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "b2c/i18n.h"
#include "store-private.h"

void
store_write_long(config_setting_t *group, const char *name, long long v)
{
	if (v >= INT32_MIN && v <= INT32_MAX)
		config_setting_set_int(store_add(group, name, CONFIG_TYPE_INT),
		    (int)v);
	else
		config_setting_set_int64(store_add(group, name,
		    CONFIG_TYPE_INT64), v);
}

/* True when an optional setting holds its default ("", 0 or false);
 * an optional group when every setting in it does. */
static bool
field_unset(const struct store_field *f, const char *at)
{
	const struct store_field *g;

	switch (f->type) {
	case ST_STRING:
	case ST_DATE:
	case ST_TIMESTAMP:
		return **(char *const *)(const void *)at == '\0';
	case ST_INT:
	case ST_ENUM:
		return *(const int *)(const void *)at == 0;
	case ST_BOOL:
		return !*(const bool *)(const void *)at;
	case ST_GROUP:
		for (g = f->group; g->name != NULL; g++)
			if (!field_unset(g, at + g->offset))
				return false;
		return true;
	default:
		return false;
	}
}

static void
write_field(config_setting_t *group, const struct store_field *f,
    const void *base)
{
	const char *at = (const char *)base + f->offset;

	if (f->optional && field_unset(f, at))
		return;
	switch (f->type) {
	case ST_STRING:
	case ST_DATE:
	case ST_TIMESTAMP:
		config_setting_set_string(store_add(group, f->name,
		    CONFIG_TYPE_STRING), *(char *const *)(const void *)at);
		break;
	case ST_BOOL:
		config_setting_set_bool(store_add(group, f->name,
		    CONFIG_TYPE_BOOL), *(const bool *)(const void *)at);
		break;
	case ST_INT:
		store_write_long(group, f->name, *(const int *)(const void *)at);
		break;
	case ST_LONG:
		store_write_long(group, f->name,
		    *(const long *)(const void *)at);
		break;
	case ST_DOUBLE:
		config_setting_set_float(store_add(group, f->name,
		    CONFIG_TYPE_FLOAT), *(const double *)(const void *)at);
		break;
	case ST_ENUM:
		config_setting_set_string(store_add(group, f->name,
		    CONFIG_TYPE_STRING),
		    f->keys->key(*(const int *)(const void *)at));
		break;
	case ST_GROUP:
		store_write_group(store_add(group, f->name, CONFIG_TYPE_GROUP),
		    f->group, at);
		break;
	case ST_CUSTOM:
	case ST_SKIP:
		f->write(group, f->name, base);
		break;
	}
}

void
store_write_group(config_setting_t *group, const struct store_field *fields,
    const void *base)
{
	for (; fields->name != NULL; fields++)
		write_field(group, fields, base);
}

void
store_each_group(struct store_reader *r, const config_setting_t *list,
    void (*each)(struct store_reader *, const config_setting_t *, void *),
    void *arg)
{
	const config_setting_t *elem;
	int i, n;

	if (!store_check_list(r, list, true))
		return;
	n = config_setting_length(list);
	for (i = 0; i < n; i++) {
		elem = config_setting_get_elem(list, (unsigned)i);
		if (config_setting_type(elem) != CONFIG_TYPE_GROUP)
			store_errorf(&r->err, store_line(elem), _("%s: expected "
			    "a group { ... } in the list"),
			    config_setting_name(list));
		else
			each(r, elem, arg);
	}
}

/* A list of groups being read into records (store_read_group_list). */
struct group_list {
	const struct store_field *fields;
	void	*(*add)(void *);
	void	 *owner;
	size_t	  extra;
	size_t	  ids;
	char	 *base;		/* the last record added */
	size_t	  added;
};

static void
group_list_element(struct store_reader *r, const config_setting_t *elem,
    void *arg)
{
	struct group_list *gl = arg;
	char *base = gl->add(gl->owner);

	gl->base = base;
	gl->added++;
	if (gl->ids != STORE_NO_IDS)	/* "" until the file gives one */
		session_set_str((char **)(void *)(base + gl->ids), "");
	store_unknown_read_element(r, elem, gl->fields, base,
	    (struct store_unknown **)(void *)(base + gl->extra));
}

void
store_read_group_list(struct store_reader *r, const config_setting_t *list,
    const struct store_field *fields, void *(*add)(void *), void *owner,
    size_t size, size_t extra, size_t ids)
{
	struct group_list gl = { fields, add, owner, extra, ids, NULL, 0 };

	store_each_group(r, list, group_list_element, &gl);
	/* The records read are the array's last ones; base is the last. */
	if (ids != STORE_NO_IDS && gl.added > 0)
		store_ids_fill(r, list, gl.base - (gl.added - 1) * size,
		    gl.added, size, ids);
}

void
store_write_group_list(config_setting_t *group, const char *name,
    const struct store_field *fields, const void *items, size_t n,
    size_t size, size_t extra)
{
	config_setting_t *list = store_add(group, name, CONFIG_TYPE_LIST);
	config_setting_t *elem;
	const char *item;
	size_t i;

	for (i = 0; i < n; i++) {
		item = (const char *)items + i * size;
		elem = store_add(list, NULL, CONFIG_TYPE_GROUP);
		store_write_group(elem, fields, item);
		store_unknown_write_element(elem,
		    *(struct store_unknown *const *)(const void *)(item +
		    extra));
	}
}

void
store_unknown_read_element(struct store_reader *r,
    const config_setting_t *elem, const struct store_field *fields,
    void *base, struct store_unknown **extra)
{
	struct store_unknown *u = store_unknown_new();
	size_t n_unknown = r->n_unknown;

	store_read_group(r, elem, fields, base, store_unknown_root(u));
	/* r->n_unknown counts the session's own tree only. */
	r->n_unknown = n_unknown;
	store_unknown_free(*extra);
	*extra = NULL;
	if (config_setting_length(store_unknown_root(u)) > 0)
		*extra = u;
	else
		store_unknown_free(u);
}
