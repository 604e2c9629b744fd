/*
 * Small helpers shared by every module: allocation that aborts on failure
 * (a session editor cannot do anything useful without memory, and a
 * half-built model is worse than a clear abort), formatted allocation for
 * error messages, and growth of (items, n) arrays.
 */
#ifndef B2C_UTIL_H
#define B2C_UTIL_H

#include <stdarg.h>
#include <stddef.h>

#if defined(__GNUC__)
#define B2C_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define B2C_PRINTF(f, a)
#endif

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
/* Reallocates an array of nmemb elements, checking the multiplication. */
void	*xreallocarray(void *, size_t nmemb, size_t size);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
/* Allocated printf; never NULL. */
char	*xasprintf(const char *, ...) B2C_PRINTF(1, 2);
char	*xvasprintf(const char *, va_list) B2C_PRINTF(1, 0);

/*
 * Grows an array that holds n elements so that it can hold n + 1, with
 * capacity doubling implied by n (powers of two), so appends stay
 * amortised O(1) without a separate capacity field. Returns the array.
 */
void	*util_grow(void *items, size_t n, size_t size);

/* The directory part of path, allocated: "." when it has none, "/" for
 * a name in the root. */
char	*util_dirname(const char *path);

/* Appends "line\n" to an allocated message list (*list may be NULL). */
void	 util_append_line(char **list, const char *fmt, ...) B2C_PRINTF(2, 3);

#endif
