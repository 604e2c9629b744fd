/*
 * The recovery journal: what an editor of a session holds and has not
 * saved, kept in the user's state directory so that it survives SIGKILL,
 * a power cut, or a session directory that is full or gone. One file per
 * session, $XDG_STATE_HOME/b2c/journal/NAME-HASH.journal (by default under
 * ~/.local/state), HASH being that of the session's absolute path. The
 * journal is itself a session file (its first line, a comment, names the
 * session), replaced atomically and synced at each write. A clean save
 * removes it; the next open of the session offers it back.
 */
#ifndef B2C_JOURNAL_H
#define B2C_JOURNAL_H

#include <stddef.h>
#include <time.h>

#include "b2c/session.h"

/* The journal's path for a session (allocated), or NULL without a home. */
char	*journal_path(const char *session_path);
/*
 * Writes s as the session's journal, creating the directories (0700).
 * -1 with *cause (allocated, may be NULL) when it cannot.
 */
int	 journal_write(const char *session_path, const struct session *s,
	    char **cause);
/*
 * Reads the session's journal into *out (*when its time): 1 when there is
 * one, 0 when there is none, -1 with *cause when it cannot be read.
 */
int	 journal_read(const char *session_path, struct session **out,
	    time_t *when, char **cause);
/* Removes the session's journal, if any. */
void	 journal_remove(const char *session_path);
/*
 * What a recovered session changes against the saved one, as lines of
 * their serialisations: "- " lines only in saved, "+ " lines only in
 * recovered, in file order; at most max lines (allocated array of
 * allocated strings, *n of them). 0 when they are the same.
 */
size_t	 journal_differences(const struct session *saved,
	    const struct session *recovered, char ***lines, size_t max);
/* Frees n lines from journal_differences(). */
void	 journal_lines_free(char **lines, size_t n);

#endif
