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

char *
session_make_id(void)
{
	static uint64_t counter;
	struct timespec ts;
	uint64_t v;

	/* Without the kernel's randomness, time, pid and a counter still
	 * make an id no other process on any machine is likely to make. */
	if (getrandom(&v, sizeof v, GRND_NONBLOCK) != (ssize_t)sizeof v) {
		clock_gettime(CLOCK_REALTIME, &ts);
		v = ((uint64_t)ts.tv_sec << 32) ^ (uint64_t)ts.tv_nsec ^
		    ((uint64_t)getpid() << 48) ^ ++counter * 0x9e3779b97f4a7c15u;
	}
	return xasprintf("%016llx", (unsigned long long)v);
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
