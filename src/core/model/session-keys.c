/*
 * The stable English keys that name enumerated values in session files
 * and CSV exports. They never change and are never translated.
 */
#include "config.h"

#include <string.h>

#include "b2c/session.h"

static const char *const party_keys[] = { "housing", "company" };
static const char *const responsible_keys[] = { "", "housing", "company",
    "both", "other" };
static const char *const size_keys[] = { "", "small", "large" };
static const char *const resource_keys[] = { "hours", "facilities",
    "volunteers", "money", "other" };
static const char *const kind_keys[] = { "percent", "count" };
static const char *const status_keys[] = { "planned", "done", "postponed",
    "cancelled" };

#define N(a) (sizeof (a) / sizeof (a)[0])

static const char *
key_at(const char *const *keys, size_t n, int i)
{
	return i >= 0 && (size_t)i < n ? keys[i] : "";
}

static int
key_find(const char *const *keys, size_t n, const char *key)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(keys[i], key) == 0)
			return (int)i;
	return -1;
}

const char *
session_party_key(enum party_id p)
{
	return key_at(party_keys, N(party_keys), (int)p);
}

const char *
session_responsible_key(enum responsible r)
{
	return key_at(responsible_keys, N(responsible_keys), (int)r);
}

const char *
session_size_key(enum partnership_size s)
{
	return key_at(size_keys, N(size_keys), (int)s);
}

const char *
session_resource_key(enum resource_kind k)
{
	return key_at(resource_keys, N(resource_keys), (int)k);
}

const char *
session_kind_key(enum indicator_kind k)
{
	return key_at(kind_keys, N(kind_keys), (int)k);
}

const char *
session_status_key(enum activity_status st)
{
	return key_at(status_keys, N(status_keys), (int)st);
}

int
session_status_parse(const char *key)
{
	return key_find(status_keys, N(status_keys), key);
}

int
session_responsible_parse(const char *key)
{
	return key_find(responsible_keys, N(responsible_keys), key);
}

int
session_size_parse(const char *key)
{
	return key_find(size_keys, N(size_keys), key);
}

int
session_resource_parse(const char *key)
{
	return key_find(resource_keys, N(resource_keys), key);
}

int
session_kind_parse(const char *key)
{
	return key_find(kind_keys, N(kind_keys), key);
}
