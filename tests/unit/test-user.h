/*
 * A user other than root for tests about permissions. Permissions do not
 * apply to root, and CI runs as root, so such a test runs its check in a
 * forked child that becomes this user instead of skipping.
 */
#ifndef B2C_TEST_USER_H
#define B2C_TEST_USER_H

#include <sys/types.h>

/*
 * The ids to run as: the caller's own when it is not root; as root, the
 * user b2c-test, created with useradd when it does not exist yet. Aborts
 * (a failed test, never a skipped one) when no such user can be had.
 */
void	test_user_ids(uid_t *uid, gid_t *gid);
/* In a forked child: drops every group and becomes uid/gid; _exit(99) when it cannot. */
void	test_user_become(uid_t uid, gid_t gid);

#endif
