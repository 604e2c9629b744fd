/*
 * In-process cost of the store on one file: libconfig's bare parse of the
 * bytes (the floor), store_parse, store_load, store_serialise and
 * store_save, each the median of several runs, so process start-up does
 * not hide how the store itself grows with the session.
 *
 *   bench-store [-n RUNS] FILE SCRATCH
 * prints: bytes=B parse_ms= load_ms= parse_model_ms= serialise_ms= save_ms=
 */
#include "config.h"

#include <libconfig.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "b2c/session.h"
#include "b2c/store.h"
#include "b2c/util.h"

#define BENCH_MAX_RUNS 101

enum bench_op { OP_BARE, OP_LOAD, OP_PARSE, OP_SERIALISE, OP_SAVE, OP_COUNT };

static const char *const bench_names[OP_COUNT] = {
	"parse_ms", "load_ms", "parse_model_ms", "serialise_ms", "save_ms"
};

struct bench_ctx {
	const char *path, *scratch;
	char	*text;
	size_t	 len;
	struct session *s;
};

static double
bench_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void
bench_die(const char *what, char *cause)
{
	fprintf(stderr, "bench-store: %s: %s\n", what, cause ? cause : "");
	free(cause);
	exit(1);
}

/* Performs op once. */
static void
bench_once(struct bench_ctx *c, enum bench_op op)
{
	struct session *s = NULL;
	char *cause = NULL, *text;
	size_t len;
	config_t cfg;

	switch (op) {
	case OP_BARE:
		config_init(&cfg);
		if (!config_read_string(&cfg, c->text))
			bench_die("libconfig", NULL);
		config_destroy(&cfg);
		return;
	case OP_LOAD:
		if (store_load(c->path, &s, NULL, &cause) != 0)
			bench_die(c->path, cause);
		break;
	case OP_PARSE:
		if (store_parse(c->path, c->text, c->len, &s, &cause) != 0)
			bench_die(c->path, cause);
		break;
	case OP_SERIALISE:
		if (store_serialise(c->s, &text, &len, &cause) != 0)
			bench_die("serialise", cause);
		free(text);
		return;
	case OP_SAVE:
		if (store_save(c->scratch, c->s, NULL, STORE_FORCE, &cause) != 0)
			bench_die(c->scratch, cause);
		return;
	default:
		return;
	}
	session_free(s);
}

static int
bench_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double
bench_median(struct bench_ctx *c, enum bench_op op, int runs)
{
	double ms[BENCH_MAX_RUNS], t;
	int i;

	bench_once(c, op);	/* warm the caches and the allocator */
	for (i = 0; i < runs; i++) {
		t = bench_now();
		bench_once(c, op);
		ms[i] = bench_now() - t;
	}
	qsort(ms, (size_t)runs, sizeof ms[0], bench_cmp);
	return ms[runs / 2];
}

static char *
bench_slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) != 0)
		bench_die(path, NULL);
	buf = xmalloc((size_t)n + 1);
	if (fread(buf, 1, (size_t)n, f) != (size_t)n)
		bench_die(path, NULL);
	fclose(f);
	buf[n] = '\0';
	*len = (size_t)n;
	return buf;
}

int
main(int argc, char **argv)
{
	struct bench_ctx c;
	char *cause = NULL;
	int ch, runs = 5, op;

	while ((ch = getopt(argc, argv, "n:")) != -1)
		if (ch != 'n' || (runs = atoi(optarg)) < 1 || runs >
		    BENCH_MAX_RUNS)
			return 2;
	if (argc - optind != 2) {
		fputs("usage: bench-store [-n RUNS] FILE SCRATCH\n", stderr);
		return 2;
	}
	memset(&c, 0, sizeof c);
	c.path = argv[optind];
	c.scratch = argv[optind + 1];
	c.text = bench_slurp(c.path, &c.len);
	if (store_load(c.path, &c.s, NULL, &cause) != 0)
		bench_die(c.path, cause);
	printf("bytes=%zu", c.len);
	for (op = 0; op < OP_COUNT; op++)
		printf(" %s=%.3f", bench_names[op],
		    bench_median(&c, (enum bench_op)op, runs));
	putchar('\n');
	unlink(c.scratch);
	session_free(c.s);
	free(c.text);
	return 0;
}
