/*
 * Helpers the store's unit tests share: where the sources and the scratch
 * directory are, and reading a whole file.
 */
#ifndef B2C_STORE_TEST_H
#define B2C_STORE_TEST_H

#include <stddef.h>

/* $top_srcdir/rel (allocated). */
char	*test_srcpath(const char *rel);
/* A fresh scratch directory under $B2C_TEST_TMP (allocated). */
char	*test_tmpdir(const char *name);
/* The whole file, NUL-terminated (allocated), or NULL. */
char	*test_read_file(const char *path, size_t *len);
/* Writes len bytes to path (created or truncated); aborts on failure. */
void	 test_write_file(const char *path, const char *text, size_t len);

#endif
