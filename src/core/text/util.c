/*
 * Allocation helpers that abort on failure, and (items, n) array growth.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/util.h"

static void
util_out_of_memory(void)
{
	fputs("b2c: out of memory\n", stderr);
	abort();
}

void *
xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (p == NULL)
		util_out_of_memory();
	return p;
}

void *
xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);

	if (p == NULL)
		util_out_of_memory();
	return p;
}

void *
xrealloc(void *old, size_t size)
{
	void *p = realloc(old, size ? size : 1);

	if (p == NULL)
		util_out_of_memory();
	return p;
}

void *
xreallocarray(void *old, size_t nmemb, size_t size)
{
	if (size != 0 && nmemb > SIZE_MAX / size)
		util_out_of_memory();
	return xrealloc(old, nmemb * size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *p = xmalloc(len + 1);

	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	char buf[256], *p;
	va_list copy;
	int len;

	/* Most strings fit the stack buffer: formatted once, then copied. */
	va_copy(copy, ap);
	len = vsnprintf(buf, sizeof buf, fmt, copy);
	va_end(copy);
	if (len < 0)
		util_out_of_memory();
	p = xmalloc((size_t)len + 1);
	if ((size_t)len < sizeof buf)
		memcpy(p, buf, (size_t)len + 1);
	else
		vsnprintf(p, (size_t)len + 1, fmt, ap);
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

void *
util_grow(void *items, size_t n, size_t size)
{
	/* Capacity is the next power of two >= n, so only grow at powers. */
	if (items != NULL && n != 0 && (n & (n - 1)) != 0)
		return items;
	return xreallocarray(items, n == 0 ? 1 : n * 2, size);
}

void
util_append_line(char **list, const char *fmt, ...)
{
	va_list ap;
	char *line, *joined;

	va_start(ap, fmt);
	line = xvasprintf(fmt, ap);
	va_end(ap);
	if (*list == NULL)
		joined = xasprintf("%s\n", line);
	else
		joined = xasprintf("%s%s\n", *list, line);
	free(line);
	free(*list);
	*list = joined;
}

char *
util_dirname(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}
