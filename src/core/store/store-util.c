/*
 * Small pieces the store's files share: capped error lists, UTF-8
 * validation, FNV-1a hashing and a string set that keeps duplicate
 * detection linear however long the lists in a file are.
 */
#include "config.h"

#include <pwd.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "b2c/i18n.h"
#include "store-private.h"

void
store_errorf(struct store_errors *e, int line, const char *fmt, ...)
{
	va_list ap;
	char *text;

	if (e->n++ > STORE_MAX_ERRORS)
		return;
	if (e->n == STORE_MAX_ERRORS + 1) {
		util_append_line(&e->text, _("%s: too many errors; stopped "
		    "listing them"), e->name);
		return;
	}
	va_start(ap, fmt);
	text = xvasprintf(fmt, ap);
	va_end(ap);
	if (line > 0)
		util_append_line(&e->text, "%s:%d: %s", e->name, line, text);
	else
		util_append_line(&e->text, "%s: %s", e->name, text);
	free(text);
}

/* The length of the UTF-8 sequence led by c, 0 when c cannot lead one. */
static size_t
utf8_sequence_length(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		return 2;
	if (c >= 0xe0 && c <= 0xef)
		return 3;
	if (c >= 0xf0 && c <= 0xf4)
		return 4;
	return 0;
}

size_t
store_utf8_char(const char *s, size_t avail)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = utf8_sequence_length(p[0]), k;

	if (n == 0 || n > avail)
		return 0;
	for (k = 1; k < n; k++)
		if ((p[k] & 0xc0) != 0x80)
			return 0;
	/* Overlong three/four-byte forms, surrogates, > U+10FFFF. */
	if ((p[0] == 0xe0 && p[1] < 0xa0) || (p[0] == 0xed && p[1] > 0x9f) ||
	    (p[0] == 0xf0 && p[1] < 0x90) || (p[0] == 0xf4 && p[1] > 0x8f))
		return 0;
	return n;
}

bool
store_utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n;

	while (i < len) {
		/* Most of a session is ASCII: step over it eight bytes at a
		 * time (memcpy, so no unaligned or aliasing reads). */
		while (len - i >= 8) {
			uint64_t w;

			memcpy(&w, p + i, 8);
			if (w & 0x8080808080808080ULL)
				break;
			i += 8;
		}
		if (i == len)
			break;
		if ((n = store_utf8_char(s + i, len - i)) == 0)
			return false;
		i += n;
	}
	return true;
}

uint64_t
store_hash(const void *data, size_t len)
{
	const unsigned char *p = data;
	uint64_t h = 14695981039346656037ULL;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
	}
	return h;
}

struct store_set_slot {
	const char	*key;
	int		 value;
};

struct store_set {
	struct store_set_slot *slots;
	size_t		 size;	/* a power of two */
	size_t		 used;
};

struct store_set *
store_set_new(void)
{
	struct store_set *set = xcalloc(1, sizeof *set);

	set->size = 16;
	set->slots = xcalloc(set->size, sizeof *set->slots);
	return set;
}

void
store_set_free(struct store_set *set)
{
	if (set == NULL)
		return;
	free(set->slots);
	free(set);
}

/* The slot holding key, or the empty slot where it belongs. */
static struct store_set_slot *
store_set_slot(const struct store_set *set, const char *key)
{
	size_t i = (size_t)store_hash(key, strlen(key)) & (set->size - 1);

	while (set->slots[i].key != NULL && strcmp(set->slots[i].key, key) != 0)
		i = (i + 1) & (set->size - 1);
	return &set->slots[i];
}

static void
store_set_grow(struct store_set *set)
{
	struct store_set_slot *old = set->slots;
	size_t i, n = set->size;

	set->size *= 2;
	set->slots = xcalloc(set->size, sizeof *set->slots);
	for (i = 0; i < n; i++)
		if (old[i].key != NULL)
			*store_set_slot(set, old[i].key) = old[i];
	free(old);
}

bool
store_set_add(struct store_set *set, const char *key, int value)
{
	struct store_set_slot *slot;

	if ((set->used + 1) * 2 > set->size)
		store_set_grow(set);
	slot = store_set_slot(set, key);
	if (slot->key != NULL)
		return false;
	slot->key = key;
	slot->value = value;
	set->used++;
	return true;
}

int
store_set_get(const struct store_set *set, const char *key)
{
	const struct store_set_slot *slot = store_set_slot(set, key);

	return slot->key == NULL ? -1 : slot->value;
}

char *
store_host(void)
{
	char host[256];

	if (gethostname(host, sizeof host) != 0)
		return xstrdup("localhost");
	host[sizeof host - 1] = '\0';
	return xstrdup(host);
}

char *
store_user_host(void)
{
	const struct passwd *pw = getpwuid(geteuid());
	const char *user = pw != NULL ? pw->pw_name : getenv("USER");
	char *host = store_host(), *both;

	both = xasprintf("%s@%s", user != NULL ? user : "unknown", host);
	free(host);
	return both;
}

config_setting_t *
store_setting_copy(config_setting_t *parent, const char *name,
    const config_setting_t *src)
{
	int type = config_setting_type(src), i, n;
	config_setting_t *dst = config_setting_add(parent,
	    config_setting_is_group(parent) ? name : NULL, type);

	if (dst == NULL)
		return NULL;
	switch (type) {
	case CONFIG_TYPE_INT:
		config_setting_set_int(dst, config_setting_get_int(src));
		break;
	case CONFIG_TYPE_INT64:
		config_setting_set_int64(dst, config_setting_get_int64(src));
		break;
	case CONFIG_TYPE_FLOAT:
		config_setting_set_float(dst, config_setting_get_float(src));
		break;
	case CONFIG_TYPE_STRING:
		config_setting_set_string(dst, config_setting_get_string(src));
		break;
	case CONFIG_TYPE_BOOL:
		config_setting_set_bool(dst, config_setting_get_bool(src));
		break;
	default:
		n = config_setting_length(src);
		for (i = 0; i < n; i++) {
			const config_setting_t *e = config_setting_get_elem(src,
			    (unsigned)i);

			store_setting_copy(dst, config_setting_name(e), e);
		}
		break;
	}
	config_setting_set_format(dst, config_setting_get_format(src));
	return dst;
}

int
store_line(const config_setting_t *setting)
{
	int line = (int)config_setting_source_line(setting);

	return line > 0 ? line : 1;
}

config_setting_t *
store_add(config_setting_t *parent, const char *name, int type)
{
	config_setting_t *s = config_setting_add(parent, name, type);

	if (s == NULL)	/* only a bad schema name can cause this */
		abort();
	return s;
}
