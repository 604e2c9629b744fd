/*
 * Growing text buffer. Capacity doubles, so building a report is linear
 * in its size however many small pieces it is made of.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/textbuf.h"

void
textbuf_init(struct textbuf *b)
{
	memset(b, 0, sizeof *b);
}

void
textbuf_reset(struct textbuf *b)
{
	free(b->data);
	textbuf_init(b);
}

/* Makes room for n more bytes plus the terminating NUL. */
static void
textbuf_reserve(struct textbuf *b, size_t n)
{
	size_t need = b->len + n + 1;

	if (need < n)
		need = (size_t)-1;	/* xrealloc will fail and abort */
	if (need <= b->cap)
		return;
	if (b->cap == 0)
		b->cap = 256;
	while (b->cap < need)
		b->cap = b->cap * 2 > b->cap ? b->cap * 2 : need;
	b->data = xrealloc(b->data, b->cap);
}

char *
textbuf_detach(struct textbuf *b)
{
	char *p;

	textbuf_reserve(b, 0);
	b->data[b->len] = '\0';
	p = b->data;
	textbuf_init(b);
	return p;
}

void
textbuf_add(struct textbuf *b, const char *s, size_t n)
{
	textbuf_reserve(b, n);
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
textbuf_adds(struct textbuf *b, const char *s)
{
	textbuf_add(b, s, strlen(s));
}

void
textbuf_addc(struct textbuf *b, char c)
{
	textbuf_add(b, &c, 1);
}

void
textbuf_repeat(struct textbuf *b, const char *s, int n)
{
	size_t len = strlen(s);

	if (n <= 0)
		return;
	/* Room for all of it at once: rules and padding are many copies. */
	textbuf_reserve(b, len * (size_t)n);
	if (len == 1) {		/* padding: blanks */
		memset(b->data + b->len, *s, (size_t)n);
		b->len += (size_t)n;
		n = 0;
	}
	for (; n > 0; n--) {
		memcpy(b->data + b->len, s, len);
		b->len += len;
	}
	b->data[b->len] = '\0';
}

void
textbuf_addf(struct textbuf *b, const char *fmt, ...)
{
	size_t room = b->cap > b->len ? b->cap - b->len : 0;
	va_list ap, again;
	int n;

	/* Formatted once straight into the room there is; only a text
	 * that does not fit is formatted a second time. */
	va_start(ap, fmt);
	va_copy(again, ap);
	n = vsnprintf(room != 0 ? b->data + b->len : NULL, room, fmt, ap);
	if (n > 0 && (size_t)n >= room) {
		textbuf_reserve(b, (size_t)n);
		vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
	}
	if (n > 0)
		b->len += (size_t)n;
	if (b->data != NULL)
		b->data[b->len] = '\0';
	va_end(again);
	va_end(ap);
}

void
textbuf_trim(struct textbuf *b, char c)
{
	while (b->len > 0 && b->data[b->len - 1] == c)
		b->data[--b->len] = '\0';
}

void
textbuf_stream(struct textbuf *b, textbuf_sink sink, void *arg)
{
	b->sink = sink;
	b->sink_arg = arg;
}

void
textbuf_drain(struct textbuf *b, size_t at_least)
{
	if (b->sink == NULL || b->len == 0 || b->len < at_least)
		return;
	if (b->sink_error == 0)
		b->sink_error = b->sink(b->sink_arg, b->data, b->len);
	b->sent += b->len;
	b->len = 0;
	b->data[0] = '\0';
}
