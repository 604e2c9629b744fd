/*
 * Record ids on load. A record written by an earlier version has none: it
 * gets its position in the list ("1" for the first), so two people who
 * open the same old file give its records the same ids and a later merge
 * recognises them. A position another record already holds as its id
 * (a file edited by an earlier version after ids were given) gets a new
 * random id instead. Two records with one id cannot be told apart by a
 * merge, so that is an error, named with the list's line.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "b2c/i18n.h"
#include "store-private.h"

/* The id of record i (a char * at offset ids). */
static char **
ids_at(void *items, size_t i, size_t size, size_t ids)
{
	return (char **)(void *)((char *)items + i * size + ids);
}

void
store_ids_fill(struct store_reader *r, const config_setting_t *list,
    void *items, size_t n, size_t size, size_t ids)
{
	struct store_set *seen = store_set_new();
	char **id, pos[24];
	size_t i;

	for (i = 0; i < n; i++) {
		id = ids_at(items, i, size, ids);
		if (**id != '\0' && !store_set_add(seen, *id, (int)i))
			store_errorf(&r->err, store_line(list), _("%s: the id "
			    "\"%s\" is used by more than one record"),
			    config_setting_name(list), *id);
	}
	for (i = 0; i < n; i++) {
		id = ids_at(items, i, size, ids);
		if (**id != '\0')
			continue;
		snprintf(pos, sizeof pos, "%zu", i + 1);
		if (store_set_get(seen, pos) >= 0) {
			free(*id);
			*id = session_make_id();
		} else
			session_set_str(id, pos);
	}
	store_set_free(seen);
}
