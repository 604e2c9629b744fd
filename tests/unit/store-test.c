/* Helpers shared by the store's unit tests. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "b2c/util.h"
#include "store-test.h"

char *
test_srcpath(const char *rel)
{
	const char *top = getenv("top_srcdir");

	return xasprintf("%s/%s", top != NULL ? top : TOP_SRCDIR, rel);
}

/* Removes a directory tree the tests made (files and one level). */
static void
test_rmtree(const char *dir)
{
	char *cmd = xasprintf("chmod -R u+w '%s' 2>/dev/null; rm -rf '%s'",
	    dir, dir);

	if (system(cmd) != 0)
		abort();
	free(cmd);
}

char *
test_tmpdir(const char *name)
{
	const char *base = getenv("B2C_TEST_TMP");
	char *dir;

	if (base == NULL)
		base = TOP_BUILDDIR "/tests/tmp";
	mkdir(base, 0777);
	dir = xasprintf("%s/%s.%ld", base, name, (long)getpid());
	test_rmtree(dir);
	if (mkdir(dir, 0700) != 0 && errno != EEXIST)
		abort();
	return dir;
}

char *
test_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t size = 0, n;
	char chunk[65536];

	if (f == NULL)
		return NULL;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		buf = xrealloc(buf, size + n + 1);
		memcpy(buf + size, chunk, n);
		size += n;
	}
	fclose(f);
	if (buf == NULL)
		buf = xcalloc(1, 1);
	buf[size] = '\0';
	if (len != NULL)
		*len = size;
	return buf;
}

void
test_write_file(const char *path, const char *text, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (f == NULL || fwrite(text, 1, len, f) != len || fclose(f) != 0)
		abort();
}
