/*
 * Writing a file that is not a session (a report, a calendar, an export)
 * to a path the user named, without ever replacing what is not b2c's own:
 * a regular file is replaced atomically (a temporary file in the same
 * directory, renamed into place), a device, FIFO or other special file is
 * written into as `cat >` would, and a symbolic link is followed to its
 * target (as vim and git do), never replaced by a file.
 */
#ifndef B2C_OUTPUT_FILE_H
#define B2C_OUTPUT_FILE_H

#include <stddef.h>

/*
 * Writes len bytes of data to path. Returns 0, or -1 with *cause set to
 * an allocated message naming the path (and, for a link, its target).
 * Refuses a directory, a regular file owned by another user, and a chain
 * of more than 40 links.
 */
int	output_file_write(const char *path, const char *data, size_t len,
	    char **cause);

#endif
