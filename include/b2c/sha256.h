/*
 * SHA-256 (FIPS 180-4) of a buffer, for the audit trail of a report: the
 * fingerprint of the session file the figures come from, which anyone can
 * check with sha256sum(1).
 */
#ifndef B2C_SHA256_H
#define B2C_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_LEN	32
#define SHA256_HEX_LEN	(2 * SHA256_LEN + 1)	/* with the NUL */

/* The digest of len bytes at data. */
void	sha256(const void *data, size_t len, unsigned char out[SHA256_LEN]);
/* The same digest without the processor's SHA extensions: the reference
 * the fast path is tested against. */
void	sha256_portable(const void *data, size_t len,
	    unsigned char out[SHA256_LEN]);
/* The digest as lower-case hex, NUL-terminated. */
void	sha256_hex(const unsigned char digest[SHA256_LEN],
	    char out[SHA256_HEX_LEN]);

/* A digest taken piece by piece, for a reader that goes through the bytes
 * anyway: each piece is mixed while it is still in the cache. */
struct sha256_ctx {
	uint32_t	 h[8];
	unsigned char	 block[64];	/* a block begun, not yet mixed */
	size_t		 used;		/* bytes of it */
	uint64_t	 len;		/* bytes given in all */
};

void	sha256_init(struct sha256_ctx *);
void	sha256_update(struct sha256_ctx *, const void *data, size_t len);
void	sha256_final(struct sha256_ctx *, unsigned char out[SHA256_LEN]);

/* The hex digest of len bytes at data, in one call. */
void	sha256_hex_of(const void *data, size_t len, char out[SHA256_HEX_LEN]);

#endif
