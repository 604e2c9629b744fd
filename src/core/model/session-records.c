/*
 * What lets two copies of one session be merged: every record of a list
 * (a meeting, an activity, a resource) gets an id when it is created, so
 * the same record can be recognised in both copies however the lists were
 * reordered, and the conflicts a merge leaves are part of the session
 * until someone decides them. Ids are random, so records created on two
 * machines never share one; a record read from a file without an id gets
 * its position ("1", "2", ...) instead, so every copy of that file gives
 * it the same id (store-schema.c). A record's settings this version does
 * not know are freed here through their own hook, without the store.
 */
#include "config.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "b2c/session.h"
#include "b2c/util.h"

void
session_unknown_free(struct store_unknown *u)
{
	void (*const *release)(struct store_unknown *);

	if (u == NULL)
		return;
	/* Its first member is its release hook, and a pointer to a struct
	 * converted suitably points to its first member. */
	release = (void (*const *)(struct store_unknown *))(void *)u;
	(*release)(u);
}

/* splitmix64's finaliser: a bijection, so distinct inputs never give one
 * id, and its output passes for random. */
static uint64_t
session_id_mix(uint64_t x)
{
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9u;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebu;
	return x ^ (x >> 31);
}

static uint64_t session_id_key_value;
static bool session_id_key_set;

/* A forked child (the wizard saves in one) takes a key of its own, so
 * parent and child never hand out the same ids. */
static void
session_id_forget_key(void)
{
	session_id_key_set = false;
}

/* A random key per process, asked of the kernel once and not once per
 * record: loading a large session creates thousands of records. */
static uint64_t
session_id_key(void)
{
	static bool registered;
	struct timespec ts;
	uint64_t key;

	if (session_id_key_set)
		return session_id_key_value;
	if (!registered && pthread_atfork(NULL, NULL,
	    session_id_forget_key) == 0)
		registered = true;
	/* Without the kernel's randomness, time and pid still make a key
	 * no other process on any machine is likely to make. */
	if (getrandom(&key, sizeof key, GRND_NONBLOCK) != (ssize_t)sizeof key) {
		clock_gettime(CLOCK_REALTIME, &ts);
		key = ((uint64_t)ts.tv_sec << 32) ^ (uint64_t)ts.tv_nsec ^
		    ((uint64_t)getpid() << 48);
	}
	session_id_key_value = key;
	session_id_key_set = true;
	return key;
}

char *
session_make_id(void)
{
	static const char hex[] = "0123456789abcdef";
	static uint64_t counter;
	char *id = xmalloc(17);
	uint64_t v;
	int i;

	/* Key plus a counter, mixed: ids of one process never repeat, and
	 * those of two processes with different keys almost never meet. */
	v = session_id_mix(session_id_key() + ++counter * 0x9e3779b97f4a7c15u);
	/* By hand: a large session's records each get one while loading. */
	for (i = 15; i >= 0; i--, v >>= 4)
		id[i] = hex[v & 0xf];
	id[16] = '\0';
	return id;
}

struct conflict *
session_add_conflict(struct session *s)
{
	struct conflict *c;

	s->conflicts = util_grow(s->conflicts, s->n_conflicts,
	    sizeof *s->conflicts);
	c = &s->conflicts[s->n_conflicts++];
	c->path = xstrdup("");
	c->kind = xstrdup("");
	c->base = xstrdup("");
	c->ours = xstrdup("");
	c->theirs = xstrdup("");
	c->extra = NULL;
	return c;
}

void
session_remove_conflict(struct session *s, size_t i)
{
	struct conflict *c;

	if (i >= s->n_conflicts)
		return;
	c = &s->conflicts[i];
	free(c->path);
	free(c->kind);
	free(c->base);
	free(c->ours);
	free(c->theirs);
	session_unknown_free(c->extra);
	memmove(c, c + 1, (s->n_conflicts - i - 1) * sizeof *c);
	s->n_conflicts--;
}
