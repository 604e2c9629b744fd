/*
 * A small program that saves a session the way b2c does (lock, load,
 * change, save, unlock), for the fault-injection test. It checks what a
 * user relies on after a failed save: the error names the file, the data
 * is still in memory, and a retry writes it.
 *
 *   save-driver --new FILE            write a small session to FILE
 *   save-driver [--retry] FILE TITLE  load FILE, set its title, save
 *   save-driver --check FILE TITLE    exit 0 when FILE loads with TITLE
 *
 * Exit: 0 saved, 1 the save failed (message on stderr), 3 the first save
 * failed and the retry worked, 4 the oracle found a problem.
 */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/session.h"
#include "b2c/store.h"

static int
driver_fail(const char *what, char *cause)
{
	size_t len = cause != NULL ? strlen(cause) : 0;

	fprintf(stderr, "save-driver: %s%s%s%s", what, cause != NULL ? ": " :
	    "", cause != NULL ? cause : "", len > 0 && cause[len - 1] == '\n' ?
	    "" : "\n");
	free(cause);
	return 1;
}

static int
driver_new(const char *path)
{
	struct session *s = session_new();
	struct meeting *m;
	char *cause = NULL;
	int r;

	session_set_str(&s->title, "Hedemarken og Nortec");
	session_set_str(&s->area, "Hedemarken");
	session_set_str(&s->parties[PARTY_HOUSING].name, "Bo-Vest");
	session_set_str(&s->parties[PARTY_COMPANY].name, "Nortec");
	session_add_action(&s->part2, "Praktikpladser til unge");
	m = session_add_meeting(s);
	session_set_str(&m->date, "2026-03-01");
	session_set_str(&m->learnings, "Vi har lært at mødes oftere.");
	r = store_save(path, s, NULL, 0, &cause);
	session_free(s);
	return r == 0 ? 0 : driver_fail("cannot create", cause);
}

static int
driver_check(const char *path, const char *title)
{
	struct session *s;
	char *cause = NULL;
	int ok;

	if (store_load(path, &s, NULL, &cause) != 0)
		return driver_fail("cannot load", cause);
	ok = strcmp(s->title, title) == 0;
	session_free(s);
	return ok ? 0 : driver_fail("the title was not saved", NULL);
}

/* After a retried save the file must hold exactly what is in memory. */
static int
driver_verify(const char *path, const struct session *s)
{
	struct session *again;
	char *cause = NULL;
	bool same;

	if (store_load(path, &again, NULL, &cause) != 0) {
		driver_fail("cannot load what the retry saved", cause);
		return 4;
	}
	same = session_equal(s, again);
	session_free(again);
	if (!same) {
		driver_fail("the retry saved something else", NULL);
		return 4;
	}
	return 3;
}

static int
driver_save(const char *path, const char *title, bool retry)
{
	struct store_lock *lock = NULL;
	struct store_file file;
	struct session *s;
	char *cause = NULL, *holder = NULL, *note = NULL;
	int r;

	if (store_lock_acquire(path, &lock, &holder, &note, &cause) != 0) {
		free(holder);
		return driver_fail("cannot lock", cause);
	}
	free(note);
	if (store_load(path, &s, &file, &cause) != 0) {
		store_lock_release(lock);
		return driver_fail("cannot load", cause);
	}
	session_set_str(&s->title, title);
	r = store_save(path, s, &file, 0, &cause);
	if (r != 0) {
		driver_fail("cannot save", cause);
		cause = NULL;
		r = 1;
		if (retry) {
			if (store_save(path, s, &file, 0, &cause) != 0)
				r = driver_fail("the retry failed", cause) + 3;
			else
				r = driver_verify(path, s);
		}
	}
	session_free(s);
	store_lock_release(lock);
	return r;
}

int
main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "--new") == 0)
		return driver_new(argv[2]);
	if (argc == 4 && strcmp(argv[1], "--check") == 0)
		return driver_check(argv[2], argv[3]);
	if (argc == 4 && strcmp(argv[1], "--retry") == 0)
		return driver_save(argv[2], argv[3], true);
	if (argc == 3)
		return driver_save(argv[1], argv[2], false);
	fputs("usage: save-driver [--new|--check|--retry] FILE [TITLE]\n",
	    stderr);
	return 2;
}
