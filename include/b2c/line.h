/*
 * The line mode: the same guide as the wizard, as plain sequential lines
 * on standard output with the answers read from standard input, for
 * screen readers, braille displays and prepared answers. It never loads
 * curses and never writes an escape sequence: every question, value and
 * message is plain text, and text from the session is made visible the
 * way the reports do it (sanitize.h).
 *
 * Like the wizard it edits the session in place and saves it through the
 * store (when a step is left, on /save, on leaving, and after a hangup
 * or a terminating signal); the caller loads it, takes the lock and
 * releases it afterwards.
 */
#ifndef B2C_LINE_H
#define B2C_LINE_H

#include <stdbool.h>
#include <stdio.h>

#include "b2c/session.h"
#include "b2c/store.h"

struct line_config {
	bool	 read_only;	/* show, never change or write */
	const char *notice;	/* said once before the first step, or NULL */
	bool	 unsaved;	/* the session holds what is not on disk yet */
};

/* True when b2c should run the line mode without being asked: the
 * terminal type is "dumb" or not set at all. */
bool	line_wanted(void);

/*
 * Runs the guide on s, reading in and writing out (line editing and
 * history when in is a terminal). path is where s is saved, file its
 * identity on disk. Returns the exit status: 0, or EXIT_DATA when the
 * session could not be saved.
 */
int	line_run(struct session *s, const char *path, struct store_file *file,
	    const struct line_config *, FILE *in, FILE *out);

#endif
