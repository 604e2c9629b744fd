/*
 * Reading a parsed libconfig tree into a session, one field at a time, by
 * the schema tables (the reading walker; store-walk.c lists and writes): every setting's type, range and date are checked and
 * each problem becomes a "FILE:LINE: text" message, so one run of
 * `b2c check` lists everything wrong with a file. Groups are walked by
 * index (libconfig's lookups by name are linear scans).
 */
#include "config.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/date.h"
#include "b2c/i18n.h"
#include "b2c/textnorm.h"
#include "store-private.h"

/* The setting's name for messages; list elements have none. */
static const char *
field_name(const config_setting_t *setting)
{
	const char *name = config_setting_name(setting);

	return name != NULL ? name : _("list element");
}

const char *
store_read_string(struct store_reader *r, const config_setting_t *setting)
{
	const char *v;
	size_t len;

	if (config_setting_type(setting) != CONFIG_TYPE_STRING) {
		store_errorf(&r->err, store_line(setting), _("%s: expected a "
		    "text in double quotes"), field_name(setting));
		return NULL;
	}
	v = config_setting_get_string(setting);
	len = strlen(v);
	if (len > STORE_MAX_STRING) {
		store_errorf(&r->err, store_line(setting), _("%s: text is "
		    "longer than %u bytes"), field_name(setting),
		    STORE_MAX_STRING);
		return NULL;
	}
	if (!r->strings_utf8 && !store_utf8_valid(v, len)) {
		store_errorf(&r->err, store_line(setting), _("%s: text is not "
		    "valid UTF-8"), field_name(setting));
		return NULL;
	}
	return v;
}

bool
store_check_list(struct store_reader *r, const config_setting_t *setting,
    bool groups)
{
	int type = config_setting_type(setting);

	if (type != CONFIG_TYPE_LIST && (groups || type != CONFIG_TYPE_ARRAY)) {
		store_errorf(&r->err, store_line(setting), groups ?
		    _("%s: expected a list ( { ... }, ... )") :
		    _("%s: expected a list [ ... ]"), field_name(setting));
		return false;
	}
	if ((unsigned)config_setting_length(setting) > STORE_MAX_LIST) {
		store_errorf(&r->err, store_line(setting), _("%s: more than %u "
		    "elements"), field_name(setting), STORE_MAX_LIST);
		return false;
	}
	return true;
}

/* Reads a whole number in min..max; false after reporting. */
static bool
read_integer(struct store_reader *r, const struct store_field *f,
    const config_setting_t *setting, long long *out)
{
	int type = config_setting_type(setting);
	long long v;

	if (type != CONFIG_TYPE_INT && type != CONFIG_TYPE_INT64) {
		store_errorf(&r->err, store_line(setting), _("%s: expected a "
		    "whole number"), f->name);
		return false;
	}
	v = config_setting_get_int64(setting);
	if ((double)v < f->min || (double)v > f->max) {
		store_errorf(&r->err, store_line(setting), _("%s: %lld is out "
		    "of range (%.0f to %.0f)"), f->name, v, f->min, f->max);
		return false;
	}
	*out = v;
	return true;
}

/*
 * libconfig 1.5 writes a float with 15 significant digits. Holding the
 * value as it will be written keeps a load and a save equal, and shows
 * when a value would not read back (just below DBL_MAX it rounds to inf).
 */
static double
as_written(double v)
{
	char buf[40];

	snprintf(buf, sizeof buf, "%.15g", v);
	return strtod(buf, NULL);
}

static void
read_double(struct store_reader *r, const struct store_field *f,
    const config_setting_t *setting, double *out)
{
	int type = config_setting_type(setting);
	double v;

	if (type == CONFIG_TYPE_INT || type == CONFIG_TYPE_INT64)
		v = (double)config_setting_get_int64(setting);
	else if (type == CONFIG_TYPE_FLOAT)
		v = config_setting_get_float(setting);
	else {
		store_errorf(&r->err, store_line(setting), _("%s: expected a "
		    "number"), f->name);
		return;
	}
	v = as_written(v);
	if (!isfinite(v)) {
		store_errorf(&r->err, store_line(setting), _("%s: the number "
		    "is not finite"), f->name);
		return;
	}
	if (v < f->min || v > f->max) {
		store_errorf(&r->err, store_line(setting), _("%s: %g is out of "
		    "range (%g to %g)"), f->name, v, f->min, f->max);
		return;
	}
	*out = v;
}

/* Shorter texts are copied: side by side in the session, the many short
 * ones (titles, dates, names) are read faster by the reports than where
 * the parser left them among its own settings. */
#define TAKE_TEXT_MIN	64

/*
 * The text of a string setting, taken out of the parsed tree instead of
 * copied: the tree is destroyed as soon as the session is read from it
 * (libconfig frees a text that is no longer there as nothing), and each
 * setting is read once, so a session of a hundred thousand texts is not
 * allocated and copied a second time.
 */
static char *
take_text(const config_setting_t *setting)
{
	config_setting_t *own = (config_setting_t *)(uintptr_t)setting;
	char *text = own->value.sval;

	own->value.sval = NULL;
	return text;
}

/* Strings, dates and timestamps. */
static void
read_text(struct store_reader *r, const struct store_field *f,
    const config_setting_t *setting, char **field)
{
	const char *v = store_read_string(r, setting);

	if (v == NULL)
		return;
	if (f->type == ST_DATE && *v != '\0' && !date_valid_iso(v)) {
		store_errorf(&r->err, store_line(setting), _("%s: \"%s\" is not "
		    "a valid date (YYYY-MM-DD)"), f->name, v);
		return;
	}
	if (f->type == ST_TIMESTAMP && *v != '\0' && !date_valid_timestamp(v)) {
		store_errorf(&r->err, store_line(setting), _("%s: \"%s\" is not "
		    "a valid time (YYYY-MM-DDTHH:MM:SSZ)"), f->name, v);
		return;
	}
	/* White space alone is empty, in files written before too. */
	if (textnorm_blank(v))
		session_set_str(field, "");
	else if (strlen(v) < TAKE_TEXT_MIN)
		session_set_str(field, v);
	else {
		free(*field);
		*field = take_text(setting);
	}
}

static void
read_enum(struct store_reader *r, const struct store_field *f,
    const config_setting_t *setting, int *field)
{
	const char *v = store_read_string(r, setting);
	int value;

	if (v == NULL)
		return;
	value = f->keys->parse(v);
	if (value < 0) {
		store_errorf(&r->err, store_line(setting), _("%s: unknown value "
		    "\"%s\" (expected %s)"), f->name, v, f->keys->expected);
		return;
	}
	*field = value;
}

static void
read_bool(struct store_reader *r, const struct store_field *f,
    const config_setting_t *setting, bool *field)
{
	if (config_setting_type(setting) != CONFIG_TYPE_BOOL) {
		store_errorf(&r->err, store_line(setting), _("%s: expected true "
		    "or false"), f->name);
		return;
	}
	*field = config_setting_get_bool(setting) != 0;
}

void
store_read_field(struct store_reader *r, const struct store_field *f,
    const config_setting_t *setting, void *base)
{
	char *at = (char *)base + f->offset;
	long long v;

	switch (f->type) {
	case ST_STRING:
	case ST_DATE:
	case ST_TIMESTAMP:
		read_text(r, f, setting, (char **)(void *)at);
		break;
	case ST_BOOL:
		read_bool(r, f, setting, (bool *)(void *)at);
		break;
	case ST_INT:
		if (read_integer(r, f, setting, &v))
			*(int *)(void *)at = (int)v;
		break;
	case ST_LONG:
		if (read_integer(r, f, setting, &v))
			*(long *)(void *)at = (long)v;
		break;
	case ST_DOUBLE:
		read_double(r, f, setting, (double *)(void *)at);
		break;
	case ST_ENUM:
		read_enum(r, f, setting, (int *)(void *)at);
		break;
	case ST_GROUP:
	case ST_CUSTOM:
	case ST_SKIP:
		break;
	}
}

/* True when an unknown setting, and everything below it, may be kept:
 * written back, it must read back the same. */
static bool
unknown_check(struct store_reader *r, const config_setting_t *setting)
{
	const char *name;
	bool ok = true;
	int i, n;

	/* Unknown values must be written back readably too: libconfig
	 * reads 1e999 as inf and writes it as "inf.0", which it cannot read;
	 * also a float that 15 digits round up to inf when written back. */
	if (config_setting_type(setting) == CONFIG_TYPE_FLOAT &&
	    !isfinite(as_written(config_setting_get_float(setting)))) {
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

/* Keeps an unknown setting in mirror once it passes the rules known
 * settings follow. */
static void
unknown_keep(struct store_reader *r, config_setting_t *mirror,
    const config_setting_t *setting)
{
	if (!unknown_check(r, setting))
		return;
	(void)store_setting_copy(mirror, config_setting_name(setting),
	    setting);
	r->n_unknown++;
}

/* The field called name; next, the one after the field found last, is
 * tried first: b2c writes a group's settings in the schema's order. */
static const struct store_field *
find_field(const struct store_field *fields, const struct store_field *next,
    const char *name)
{
	if (next != NULL && next->name != NULL && strcmp(next->name, name) == 0)
		return next;
	for (; fields->name != NULL; fields++)
		if (strcmp(fields->name, name) == 0)
			return fields;
	return NULL;
}

/*
 * Keeps an unknown setting unless the group, once b2c writes all of its
 * own settings back beside the kept ones, would hold more than the
 * pre-scan lets any file have: such a session would load but never save.
 */
static void
keep_unknown(struct store_reader *r, const config_setting_t *group,
    const struct store_field *fields, config_setting_t *mirror,
    const config_setting_t *child, unsigned *kept)
{
	unsigned known = 0;

	for (; fields->name != NULL; fields++)
		known++;
	if (known + ++*kept <= STORE_MAX_GROUP)
		unknown_keep(r, mirror, child);
	else if (known + *kept == STORE_MAX_GROUP + 1)
		store_errorf(&r->err, store_line(group), _("more than %u "
		    "settings in one group"), STORE_MAX_GROUP - known);
}

void
store_read_group(struct store_reader *r, const config_setting_t *group,
    const struct store_field *fields, void *base, config_setting_t *mirror)
{
	const struct store_field *f, *next = fields;
	config_setting_t *child;
	unsigned kept = 0;
	int i, n = config_setting_length(group);

	for (i = 0; i < n; i++) {
		child = config_setting_get_elem(group, (unsigned)i);
		f = find_field(fields, next, config_setting_name(child));
		next = f != NULL ? f + 1 : next;
		if (f == NULL) {
			if (mirror != NULL)
				keep_unknown(r, group, fields, mirror, child,
				    &kept);
			continue;
		}
		if (f->type == ST_GROUP) {
			if (config_setting_type(child) != CONFIG_TYPE_GROUP) {
				store_errorf(&r->err, store_line(child),
				    _("%s: expected a group { ... }"), f->name);
				continue;
			}
			store_read_group(r, child, f->group,
			    (char *)base + f->offset, mirror == NULL ? NULL :
			    store_unknown_mirror(mirror, f->name));
		} else if (f->type == ST_CUSTOM)
			f->read(r, child, base);
		else
			store_read_field(r, f, child, base);
	}
}
