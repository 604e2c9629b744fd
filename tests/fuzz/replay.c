/*
 * Runs a fuzz target's entry point over files, without libFuzzer, so that
 * make check (and its sanitizer and valgrind runs) replays the seed corpus
 * and every input that ever crashed. A failed oracle aborts, which fails
 * the test.
 *
 *   replay-TARGET [FILE|DIR]...
 * With no arguments: $top_srcdir/tests/fuzz/corpus-TARGET and
 * $top_srcdir/tests/data/fuzz-regressions/TARGET.
 */
#include "config.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "b2c/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static unsigned long replayed;

static int
replay_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf = NULL;
	size_t len = 0, n;
	uint8_t chunk[65536];

	if (f == NULL) {
		perror(path);
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		buf = xrealloc(buf, len + n);
		memcpy(buf + len, chunk, n);
		len += n;
	}
	fclose(f);
	/* An exact-size copy, as libFuzzer gives, so overreads show. */
	LLVMFuzzerTestOneInput(buf != NULL ? buf : chunk, len);
	free(buf);
	replayed++;
	return 0;
}

static int
name_order(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int
replay_path(const char *path)
{
	struct dirent **names;
	struct stat sb;
	char *sub;
	int n, i, r = 0;

	if (stat(path, &sb) != 0) {
		perror(path);
		return -1;
	}
	if (!S_ISDIR(sb.st_mode))
		return replay_file(path);
	n = scandir(path, &names, NULL, name_order);
	if (n < 0) {
		perror(path);
		return -1;
	}
	for (i = 0; i < n; i++) {
		if (names[i]->d_name[0] != '.') {
			sub = xasprintf("%s/%s", path, names[i]->d_name);
			if (replay_path(sub) != 0)
				r = -1;
			free(sub);
		}
		free(names[i]);
	}
	free(names);
	return r;
}

int
main(int argc, char **argv)
{
	const char *top = getenv("top_srcdir");
	char *dirs[2];
	int i, r = 0;

	if (argc > 1) {
		for (i = 1; i < argc; i++)
			if (replay_path(argv[i]) != 0)
				r = 1;
	} else {
		if (top == NULL)
			top = ".";
		dirs[0] = xasprintf("%s/tests/fuzz/corpus-%s", top,
		    REPLAY_TARGET);
		dirs[1] = xasprintf("%s/tests/data/fuzz-regressions/%s", top,
		    REPLAY_TARGET);
		for (i = 0; i < 2; i++) {
			if (replay_path(dirs[i]) != 0)
				r = 1;
			free(dirs[i]);
		}
	}
	printf("replayed %lu inputs\n", replayed);
	if (replayed == 0)
		r = 1;
	return r;
}
