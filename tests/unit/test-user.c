/* A non-root user for permission tests, made with useradd when missing. */
#include "config.h"

#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "test-user.h"

#define TEST_USER "b2c-test"

/* Looks the user up; 0 when found. */
static int
test_user_lookup(uid_t *uid, gid_t *gid)
{
	struct passwd *pw = getpwnam(TEST_USER);

	if (pw == NULL || pw->pw_uid == 0)
		return -1;
	*uid = pw->pw_uid;
	*gid = pw->pw_gid;
	return 0;
}

void
test_user_ids(uid_t *uid, gid_t *gid)
{
	int tries;

	if (geteuid() != 0) {
		*uid = geteuid();
		*gid = getegid();
		return;
	}
	/*
	 * Tests run in parallel: another one may be adding the user at the
	 * same moment (useradd then fails on the locked /etc/passwd), so
	 * look again after each attempt.
	 */
	for (tries = 0; tries < 20; tries++) {
		if (test_user_lookup(uid, gid) == 0)
			return;
		if (system("useradd --system --no-create-home --user-group "
		    "--shell /usr/sbin/nologin " TEST_USER
		    " >/dev/null 2>&1") != 0)
			sleep(1);
	}
	fprintf(stderr, "cannot create the user %s with useradd\n",
	    TEST_USER);
	abort();
}

void
test_user_become(uid_t uid, gid_t gid)
{
	if (geteuid() == 0 && setgroups(0, NULL) != 0)
		_exit(99);
	if (setgid(gid) != 0 || setuid(uid) != 0)
		_exit(99);
	if (uid != 0 && setuid(0) == 0)
		_exit(99);
}
