/*
 * White space and case for labels and typed values (textnorm.h). Works
 * on UTF-8 bytes without the process locale, so "Baseline\u00a0" is
 * trimmed the same way under LANG=C as under da_DK.UTF-8.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "b2c/textnorm.h"
#include "b2c/utf8.h"
#include "b2c/util.h"

/* True for the code points treated as white space. */
static bool
textnorm_is_space(uint32_t cp)
{
	return (cp >= 0x09 && cp <= 0x0d) || cp == 0x20 || cp == 0x85 ||
	    cp == 0xa0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200b) ||
	    cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f ||
	    cp == 0x3000 || cp == 0xfeff;
}

size_t
textnorm_space(const char *p)
{
	const char *q = p;
	size_t len;

	if (*p == '\0')
		return 0;
	if ((unsigned char)*p < 0x80)
		return textnorm_is_space((unsigned char)*p) ? 1 : 0;
	len = strnlen(p, 4);
	if (!textnorm_is_space(utf8_decode(&q, len)))
		return 0;
	return (size_t)(q - p);
}

bool
textnorm_blank(const char *s)
{
	size_t n;

	if (s == NULL)
		return true;
	while ((n = textnorm_space(s)) > 0)
		s += n;
	return *s == '\0';
}

/* The start of s without leading white space; *len up to the trailing. */
static const char *
textnorm_span(const char *s, size_t *len)
{
	const char *p, *end;
	size_t n;

	if (s == NULL)
		s = "";
	while ((n = textnorm_space(s)) > 0)
		s += n;
	end = s;
	for (p = s; *p != '\0'; ) {
		if ((n = textnorm_space(p)) > 0) {
			p += n;
			continue;
		}
		p++;
		while (((unsigned char)*p & 0xc0) == 0x80)
			p++;
		end = p;
	}
	*len = (size_t)(end - s);
	return s;
}

char *
textnorm_trim(const char *s)
{
	size_t len;
	const char *p = textnorm_span(s, &len);

	return xstrndup(p, len);
}

char *
textnorm_collapse(const char *s)
{
	size_t len, n, i = 0, k = 0;
	const char *p = textnorm_span(s, &len);
	char *out = xmalloc(len + 1);

	while (i < len) {
		if ((n = textnorm_space(p + i)) > 0) {
			i += n;
			while (i < len && (n = textnorm_space(p + i)) > 0)
				i += n;
			out[k++] = ' ';
		} else
			out[k++] = p[i++];
	}
	out[k] = '\0';
	return out;
}

/* The next code point of *s folded to lower case (ASCII, Latin-1). */
static uint32_t
textnorm_fold_cp(const char **s)
{
	uint32_t cp = utf8_decode(s, strnlen(*s, 4));

	if ((cp >= 'A' && cp <= 'Z') || (cp >= 0xc0 && cp <= 0xde &&
	    cp != 0xd7))
		cp += 0x20;
	return cp;
}

int
textnorm_casecmp(const char *a, const char *b)
{
	uint32_t x, y;

	while (*a != '\0' && *b != '\0') {
		x = textnorm_fold_cp(&a);
		y = textnorm_fold_cp(&b);
		if (x != y)
			return x < y ? -1 : 1;
	}
	return (unsigned char)*a - (unsigned char)*b;
}

char *
textnorm_fold(const char *s)
{
	/* An invalid byte becomes U+FFFD: three bytes for one. */
	char *out = xmalloc(3 * strlen(s) + 1), *o = out;

	while (*s != '\0')
		o += utf8_encode(textnorm_fold_cp(&s), o);
	*o = '\0';
	return out;
}
