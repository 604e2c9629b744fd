/*
 * SHA-256 (FIPS 180-4) of a buffer, as lower-case hex: the fingerprint
 * by which a survey file imported twice into a period is recognised.
 */
#ifndef B2C_SHA256_H
#define B2C_SHA256_H

#include <stddef.h>

#define SHA256_HEX_LEN	64

/* Writes the 64 hex digits and a NUL into hex. */
void	sha256_hex(const void *data, size_t len, char hex[SHA256_HEX_LEN + 1]);

#endif
