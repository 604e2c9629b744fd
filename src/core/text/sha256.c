/*
 * SHA-256 as FIPS 180-4 gives it: the message padded with a 1 bit, zeros
 * and its length in bits to a multiple of 64 bytes, each block mixed into
 * eight 32-bit words by 64 rounds. Whole buffers only (session files are
 * at most a few megabytes), so there is no streaming state.
 */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "b2c/sha256.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#include <immintrin.h>
#endif

static const uint32_t k[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1,
	0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
	0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
	0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
	0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
	0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
	0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
	0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
	0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

static uint32_t
ror(uint32_t x, int n)
{
	return (x >> n) | (x << (32 - n));
}

/* Mixes nblocks 64-byte blocks into the state h. */
static void
sha256_blocks_portable(uint32_t h[8], const unsigned char *p, size_t nblocks)
{
	uint32_t w[64], a, b, c, d, e, f, g, hh, s0, s1, t1, t2;
	int i;

	for (; nblocks > 0; nblocks--, p += 64) {
		for (i = 0; i < 16; i++)
			w[i] = (uint32_t)p[4 * i] << 24 |
			    (uint32_t)p[4 * i + 1] << 16 |
			    (uint32_t)p[4 * i + 2] << 8 | (uint32_t)p[4 * i + 3];
		for (i = 16; i < 64; i++) {
			s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^
			    (w[i - 15] >> 3);
			s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^
			    (w[i - 2] >> 10);
			w[i] = w[i - 16] + s0 + w[i - 7] + s1;
		}
		a = h[0]; b = h[1]; c = h[2]; d = h[3];
		e = h[4]; f = h[5]; g = h[6]; hh = h[7];
		for (i = 0; i < 64; i++) {
			s1 = ror(e, 6) ^ ror(e, 11) ^ ror(e, 25);
			t1 = hh + s1 + ((e & f) ^ (~e & g)) + k[i] + w[i];
			s0 = ror(a, 2) ^ ror(a, 13) ^ ror(a, 22);
			t2 = s0 + ((a & b) ^ (a & c) ^ (b & c));
			hh = g; g = f; f = e; e = d + t1;
			d = c; c = b; b = a; a = t1 + t2;
		}
		h[0] += a; h[1] += b; h[2] += c; h[3] += d;
		h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
	}
}

#if defined(__x86_64__) && defined(__GNUC__)
/*
 * The same blocks with the processor's SHA extensions, about twenty times
 * faster: a report hashes the whole session file, and at a few megabytes
 * the portable rounds cost as much as parsing it. Four rounds per step;
 * the state sits in two registers as ABEF and CDGH, as the instructions
 * want it.
 */
__attribute__((target("sha,sse4.1,ssse3")))
static void
sha256_blocks_x86(uint32_t h[8], const unsigned char *p, size_t nblocks)
{
	const __m128i mask = _mm_set_epi64x(0x0c0d0e0f08090a0bULL,
	    0x0405060700010203ULL);
	__m128i st0, st1, tmp, msg, w[4], save0, save1;
	int i;

	tmp = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&h[0]),
	    0xB1);					/* CDAB */
	st1 = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&h[4]),
	    0x1B);					/* EFGH */
	st0 = _mm_alignr_epi8(tmp, st1, 8);		/* ABEF */
	st1 = _mm_blend_epi16(st1, tmp, 0xF0);		/* CDGH */
	for (; nblocks > 0; nblocks--, p += 64) {
		save0 = st0;
		save1 = st1;
		/* Unrolled, the four message words stay in registers. */
#pragma GCC unroll 16
		for (i = 0; i < 16; i++) {
			if (i < 4)
				w[i] = _mm_shuffle_epi8(_mm_loadu_si128(
				    (const __m128i *)(p + 16 * i)), mask);
			else
				w[i & 3] = _mm_sha256msg2_epu32(_mm_add_epi32(
				    _mm_sha256msg1_epu32(w[i & 3],
				    w[(i + 1) & 3]), _mm_alignr_epi8(
				    w[(i + 3) & 3], w[(i + 2) & 3], 4)),
				    w[(i + 3) & 3]);
			msg = _mm_add_epi32(w[i & 3],
			    _mm_loadu_si128((const __m128i *)&k[4 * i]));
			st1 = _mm_sha256rnds2_epu32(st1, st0, msg);
			st0 = _mm_sha256rnds2_epu32(st0, st1,
			    _mm_shuffle_epi32(msg, 0x0E));
		}
		st0 = _mm_add_epi32(st0, save0);
		st1 = _mm_add_epi32(st1, save1);
	}
	tmp = _mm_shuffle_epi32(st0, 0x1B);		/* FEBA */
	st1 = _mm_shuffle_epi32(st1, 0xB1);		/* DCHG */
	_mm_storeu_si128((__m128i *)&h[0],
	    _mm_blend_epi16(tmp, st1, 0xF0));		/* DCBA */
	_mm_storeu_si128((__m128i *)&h[4],
	    _mm_alignr_epi8(st1, tmp, 8));		/* HGFE */
}

/* Whether the processor has the SHA extensions (and SSE4.1 beside). */
static bool
sha256_have_x86(void)
{
	unsigned int a, b, c, d;

	if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_SSE4_1) ||
	    !(c & bit_SSSE3))
		return false;
	return __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & bit_SHA);
}
#endif

/* The fastest way this processor has to mix blocks, found once. */
static void
sha256_blocks(uint32_t h[8], const unsigned char *p, size_t nblocks)
{
#if defined(__x86_64__) && defined(__GNUC__)
	static int fast = -1;

	if (fast < 0)
		fast = sha256_have_x86();
	if (fast) {
		sha256_blocks_x86(h, p, nblocks);
		return;
	}
#endif
	sha256_blocks_portable(h, p, nblocks);
}

/* The digest with blocks mixed by mix. */
static void
sha256_with(void (*mix)(uint32_t *, const unsigned char *, size_t),
    const void *data, size_t len, unsigned char out[SHA256_LEN])
{
	uint32_t h[8] = { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
	    0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
	const unsigned char *p = data;
	unsigned char tail[128];
	uint64_t bits = (uint64_t)len * 8;
	size_t rest, n, i;

	mix(h, p, len / 64);
	p += len / 64 * 64;
	rest = len % 64;
	memset(tail, 0, sizeof tail);
	if (rest > 0)
		memcpy(tail, p, rest);
	tail[rest] = 0x80;
	n = rest + 1 + 8 <= 64 ? 64 : 128;
	for (i = 0; i < 8; i++)
		tail[n - 1 - i] = (unsigned char)(bits >> (8 * i));
	mix(h, tail, n / 64);
	for (i = 0; i < 8; i++) {
		out[4 * i] = (unsigned char)(h[i] >> 24);
		out[4 * i + 1] = (unsigned char)(h[i] >> 16);
		out[4 * i + 2] = (unsigned char)(h[i] >> 8);
		out[4 * i + 3] = (unsigned char)h[i];
	}
}

void
sha256(const void *data, size_t len, unsigned char out[SHA256_LEN])
{
	sha256_with(sha256_blocks, data, len, out);
}

void
sha256_portable(const void *data, size_t len, unsigned char out[SHA256_LEN])
{
	sha256_with(sha256_blocks_portable, data, len, out);
}

void
sha256_hex(const unsigned char digest[SHA256_LEN], char out[SHA256_HEX_LEN])
{
	static const char hex[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < SHA256_LEN; i++) {
		out[2 * i] = hex[digest[i] >> 4];
		out[2 * i + 1] = hex[digest[i] & 0xf];
	}
	out[2 * SHA256_LEN] = '\0';
}

void
sha256_hex_of(const void *data, size_t len, char out[SHA256_HEX_LEN])
{
	unsigned char digest[SHA256_LEN];

	sha256(data, len, digest);
	sha256_hex(digest, out);
}
