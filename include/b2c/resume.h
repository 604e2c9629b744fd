/*
 * Where each user left each session: the step and field, so reopening
 * puts them back there. Kept per user (the caller names the file, in
 * the user's XDG state directory), never in the shared session file,
 * keyed by the session file's real path. Best effort throughout: a
 * missing or damaged file only means starting from the top.
 *
 * The file holds one line per session, most recent first, at most
 * RESUME_MAX lines: STEP TAB PARTY TAB FIELD TAB ROW TAB PATH.
 */
#ifndef B2C_RESUME_H
#define B2C_RESUME_H

#include <stddef.h>

#define RESUME_MAX 200	/* sessions remembered per user */

struct resume_point {
	char	*step;		/* the guide step's key, "part2.wheel" */
	int	 party;		/* the step's party, or -1 */
	char	*field;		/* the field's key, "" for none */
	size_t	 row;		/* the row within a collection field */
};

/* The point kept for session (a real path) in file: 0, or -1 when
 * there is none (*out is then left empty). */
int	resume_load(const char *file, const char *session,
	    struct resume_point *out);
/* Keeps point for session in file, creating the file's directory, and
 * keeps the other sessions' points; -1 with *cause when it cannot. */
int	resume_save(const char *file, const char *session,
	    const struct resume_point *, char **cause);
/* Frees the strings of a point; NULL is a no-op. */
void	resume_clear(struct resume_point *);

#endif
