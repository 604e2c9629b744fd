/*
 * The floor for the session format: read a file into memory and parse it
 * with libconfig, nothing else (no checks, no model). Whatever b2c does on
 * top of this is what the benchmarks compare against it.
 *
 *   bare-parse FILE
 */
#include "config.h"

#include <libconfig.h>
#include <stdio.h>
#include <stdlib.h>

int
main(int argc, char **argv)
{
	config_t cfg;
	FILE *f;
	char *buf;
	long len;
	int ok;

	if (argc != 2 || (f = fopen(argv[1], "rb")) == NULL) {
		fputs("usage: bare-parse FILE\n", stderr);
		return 2;
	}
	if (fseek(f, 0, SEEK_END) != 0 || (len = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) != 0 || (buf = malloc((size_t)len + 1)) ==
	    NULL || fread(buf, 1, (size_t)len, f) != (size_t)len) {
		perror(argv[1]);
		return 1;
	}
	fclose(f);
	buf[len] = '\0';
	config_init(&cfg);
	ok = config_read_string(&cfg, buf);
	if (!ok)
		fprintf(stderr, "%s:%d: %s\n", argv[1], config_error_line(&cfg),
		    config_error_text(&cfg));
	config_destroy(&cfg);
	free(buf);
	return ok ? 0 : 1;
}
