/*
 * Where a merge conflict of a session shows in the guide: the session
 * with the other side's value (store-conflict.h) compared field by field
 * with the session as it is (guide-conflict.h). Above both the store and
 * the guide, which stand side by side and do not call each other.
 */
#ifndef B2C_CONFLICT_SPOT_H
#define B2C_CONFLICT_SPOT_H

#include <stdbool.h>
#include <stddef.h>

#include "b2c/guide-conflict.h"
#include "b2c/session.h"

/* Where conflict i of s shows; false when no field shows it (a setting
 * the guide does not edit). */
bool	conflict_spot(const struct session *s, size_t i, struct guide_spot *);

#endif
