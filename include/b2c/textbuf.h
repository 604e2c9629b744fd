/*
 * A growing text buffer for renderers: appends are amortised O(1), so a
 * report of any size is built in linear time. The data is always
 * NUL-terminated; textbuf_detach() hands it to the caller. A buffer may
 * instead stream: at the points its writer chooses, what it holds goes
 * to a sink (the caller's; the core never writes to a file itself) and
 * the buffer starts again, so a report as large as its session never
 * sits whole in memory.
 */
#ifndef B2C_TEXTBUF_H
#define B2C_TEXTBUF_H

#include <stddef.h>

#include "b2c/util.h"

/* Takes len bytes of a streamed buffer's text: 0, or an errno value. */
typedef int (*textbuf_sink)(void *arg, const char *data, size_t len);

struct textbuf {
	char	*data;		/* NUL-terminated once anything was added */
	size_t	 len;
	size_t	 cap;
	textbuf_sink sink;	/* NULL: the buffer holds all of its text */
	void	*sink_arg;
	size_t	 sent;		/* bytes handed to the sink so far */
	int	 sink_error;	/* the sink's first failure; later text dropped */
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
/* Drops trailing bytes while they are c (only of what is still held). */
void	 textbuf_trim(struct textbuf *, char c);
/* From now on, textbuf_drain() hands the text to sink. */
void	 textbuf_stream(struct textbuf *, textbuf_sink, void *arg);
/* A point where the text so far may go: to the sink, once at least
 * at_least bytes are held (fewer, larger writes). No-op without a sink. */
void	 textbuf_drain(struct textbuf *, size_t at_least);
/* Whether nothing was added yet, counting what went to the sink. */
#define textbuf_empty(b)	((b)->len == 0 && (b)->sent == 0)

#endif
