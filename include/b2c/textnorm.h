/*
 * Normalising typed text: what counts as white space (NBSP and the other
 * Unicode spaces included, since they paste in from word processors and
 * web forms), trimming it, collapsing it inside labels, and comparing
 * labels without regard to case. A value holding white space alone is
 * empty everywhere: in the step map, in validation and in the reports.
 */
#ifndef B2C_TEXTNORM_H
#define B2C_TEXTNORM_H

#include <stdbool.h>
#include <stddef.h>

/* The bytes of the white-space character at p (0 when there is none). */
size_t	textnorm_space(const char *p);
/* True when s is empty or holds white space alone. */
bool	textnorm_blank(const char *s);
/* A copy of s without leading and trailing white space (allocated). */
char	*textnorm_trim(const char *s);
/* Trimmed, and every inner run of white space one ASCII space. */
char	*textnorm_collapse(const char *s);
/*
 * Compares two strings ignoring the case of ASCII and Latin-1 letters
 * (so "År" equals "år"); <0, 0 or >0 like strcmp.
 */
int	textnorm_casecmp(const char *a, const char *b);
/* A copy of s with ASCII and Latin-1 letters in lower case (allocated). */
char	*textnorm_fold(const char *s);

#endif
