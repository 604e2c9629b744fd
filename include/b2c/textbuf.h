/*
 * A growing text buffer for renderers: appends are amortised O(1), so a
 * report of any size is built in linear time. The data is always
 * NUL-terminated; textbuf_detach() hands it to the caller.
 */
#ifndef B2C_TEXTBUF_H
#define B2C_TEXTBUF_H

#include <stddef.h>

#include "b2c/util.h"

struct textbuf {
	char	*data;		/* NUL-terminated once anything was added */
	size_t	 len;
	size_t	 cap;
};

/* Initialises an empty buffer (no allocation until the first append). */
void	 textbuf_init(struct textbuf *);
/* Releases the buffer's memory and leaves it empty. */
void	 textbuf_reset(struct textbuf *);
/* Returns the allocated text (never NULL) and leaves the buffer empty. */
char	*textbuf_detach(struct textbuf *);
void	 textbuf_add(struct textbuf *, const char *, size_t);
void	 textbuf_adds(struct textbuf *, const char *);
void	 textbuf_addc(struct textbuf *, char);
/* Appends n copies of a string (a rule, an indent). */
void	 textbuf_repeat(struct textbuf *, const char *, int n);
void	 textbuf_addf(struct textbuf *, const char *, ...) B2C_PRINTF(2, 3);
/* Drops trailing bytes while they are c. */
void	 textbuf_trim(struct textbuf *, char c);

#endif
