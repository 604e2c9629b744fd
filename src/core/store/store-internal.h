/*
 * Store internals that tests may reach: the limits the pre-scan enforces
 * and the table of system calls store_save() goes through, so a test can
 * make a write, fsync, close or rename fail halfway and prove that the old
 * file survives. Not for the rest of the program.
 */
#ifndef B2C_STORE_INTERNAL_H
#define B2C_STORE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "b2c/store.h"

#define STORE_MAX_GROUP	1000u	/* settings in one group */
/* libconfig compares each new setting's name with every earlier one in
 * its group; the sum of those comparisons over the file is capped too, so
 * many groups of a thousand settings cannot take minutes either. */
#define STORE_MAX_GROUP_WORK 20000000u
/* Settings and list elements in one file: libconfig spends about a
 * microsecond and a few hundred bytes on each. */
#define STORE_MAX_NODES	500000u
#define STORE_MAX_DEPTH	32u	/* nesting of groups, lists and arrays */
#define STORE_MAX_LITERAL (4u * STORE_MAX_STRING) /* raw bytes, escapes */
#define STORE_MAX_ERRORS 100u	/* messages reported for one file */

/* The system calls a save makes; tests replace them to inject errors. */
struct store_ops {
	ssize_t	(*write)(int, const void *, size_t);
	int	(*fsync)(int);
	int	(*close)(int);
	int	(*rename)(const char *, const char *);
};

extern struct store_ops store_ops;

/* Restores the real system calls. */
void	store_ops_reset(void);

/* FNV-1a, 64-bit. */
uint64_t store_hash(const void *, size_t);
/* A file's quick identity from its SHA-256: the first 8 bytes. */
uint64_t store_file_hash(const unsigned char sha[32]);

#endif
