/*
 * part3.survey_import: how the partnership's survey files are read (the
 * column mappings, codes and scale direction of the last import), kept
 * so next year's export of the same survey imports with no options. The
 * group is optional and written only when it holds something, so files
 * without it load, and save, as before.
 */
#include "config.h"

#include <string.h>

#include "b2c/i18n.h"
#include "store-private.h"

/* Reads an array of "A=B" texts into a list. */
static void
read_pairs(struct store_reader *r, const config_setting_t *v, char ***items,
    size_t *n)
{
	const config_setting_t *elem;
	const char *text;
	int i, len;

	if (!store_check_list(r, v, false))
		return;
	len = config_setting_length(v);
	for (i = 0; i < len; i++) {
		elem = config_setting_get_elem(v, (unsigned)i);
		if ((text = store_read_string(r, elem)) == NULL)
			continue;
		if (strchr(text, '=') == NULL) {
			store_errorf(&r->err, store_line(elem), _("%s: \"%s\" "
			    "is not of the form A=B"), config_setting_name(v),
			    text);
			continue;
		}
		*items = util_grow(*items, *n, sizeof **items);
		(*items)[(*n)++] = xstrdup(text);
	}
}

static void
read_columns(struct store_reader *r, const config_setting_t *v, void *base)
{
	struct session *s = base;

	read_pairs(r, v, &s->survey_columns, &s->n_survey_columns);
}

static void
read_codes(struct store_reader *r, const config_setting_t *v, void *base)
{
	struct session *s = base;

	read_pairs(r, v, &s->survey_codes, &s->n_survey_codes);
}

static void
write_pairs(config_setting_t *group, const char *name, char *const *items,
    size_t n)
{
	config_setting_t *list;
	size_t i;

	if (n == 0)
		return;
	list = store_add(group, name, CONFIG_TYPE_ARRAY);
	for (i = 0; i < n; i++)
		config_setting_set_string_elem(list, -1, items[i]);
}

static void
write_columns(config_setting_t *group, const char *name, const void *base)
{
	const struct session *s = base;

	write_pairs(group, name, s->survey_columns, s->n_survey_columns);
}

static void
write_codes(config_setting_t *group, const char *name, const void *base)
{
	const struct session *s = base;

	write_pairs(group, name, s->survey_codes, s->n_survey_codes);
}

static void
write_reverse(config_setting_t *group, const char *name, const void *base)
{
	const struct session *s = base;

	if (s->survey_reverse)
		config_setting_set_bool(store_add(group, name,
		    CONFIG_TYPE_BOOL), 1);
}

static const struct store_field survey_fields[] = {
	{ .name = "columns", .type = ST_CUSTOM, .read = read_columns,
	  .write = write_columns },
	{ .name = "codes", .type = ST_CUSTOM, .read = read_codes,
	  .write = write_codes },
	{ .name = "reverse", .type = ST_BOOL,
	  .offset = offsetof(struct session, survey_reverse),
	  .write = write_reverse },
	{ .name = NULL }
};

void
store_read_survey(struct store_reader *r, const config_setting_t *v,
    void *session)
{
	if (config_setting_type(v) != CONFIG_TYPE_GROUP) {
		store_errorf(&r->err, store_line(v), _("%s: expected a group "
		    "{ ... }"), config_setting_name(v));
		return;
	}
	store_read_group(r, v, survey_fields, session, NULL);
}

void
store_write_survey(config_setting_t *parent, const char *name,
    const void *session)
{
	const struct session *s = session;
	config_setting_t *group;
	const struct store_field *f;

	if (s->n_survey_columns == 0 && s->n_survey_codes == 0 &&
	    !s->survey_reverse)
		return;
	group = store_add(parent, name, CONFIG_TYPE_GROUP);
	for (f = survey_fields; f->name != NULL; f++)
		f->write(group, f->name, session);
}
