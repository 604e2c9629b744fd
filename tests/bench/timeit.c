/*
 * Whole-process timing for the benchmarks when hyperfine is not there:
 * runs a command several times (after one untimed warm-up) with its output
 * to /dev/null, and prints the median, minimum and maximum wall time and
 * the largest peak resident set size of the child (from wait4's rusage, so
 * no /usr/bin/time is needed), and the median CPU time (user + system,
 * also from rusage), which a busy machine disturbs far less than the wall
 * clock. An optional setup command runs untimed
 * before each run (to restore a file the command changes).
 *
 * Several commands separated by "::" run in turn, round-robin, so that a
 * baseline and the program compared with it see the same machine load
 * (the machine may be busy with other work); one line per command.
 *
 *   timeit [-n RUNS] [-s SETUP] [-i STDIN] -- CMD [ARG]... [:: CMD...]
 * prints: median_ms=M min_ms=A max_ms=B maxrss_kb=R runs=N cpu_ms=C
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define TIMEIT_MAX_RUNS 1000

static double
timeit_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* Runs argv once; returns wall ms (and its CPU ms), or -1 if it failed. */
static double
timeit_run(char **argv, const char *in, long *rss_kb, double *cpu_ms)
{
	struct rusage ru;
	double start = timeit_now();
	int status, fd;
	pid_t pid;

	if ((pid = fork()) == -1)
		return -1;
	if (pid == 0) {
		fd = open(in ? in : "/dev/null", O_RDONLY);
		dup2(fd, 0);
		fd = open("/dev/null", O_WRONLY);
		dup2(fd, 1);
		execvp(argv[0], argv);
		_exit(127);
	}
	while (wait4(pid, &status, 0, &ru) == -1)
		if (errno != EINTR)
			return -1;
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "timeit: %s failed (status %d)\n", argv[0],
		    status);
		return -1;
	}
	if (ru.ru_maxrss > *rss_kb)
		*rss_kb = ru.ru_maxrss;
	*cpu_ms = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
	    (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
	return timeit_now() - start;
}

static int
timeit_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static int
timeit_setup(const char *setup)
{
	if (setup != NULL && system(setup) != 0) {
		fprintf(stderr, "timeit: setup failed: %s\n", setup);
		return -1;
	}
	return 0;
}

#define TIMEIT_MAX_CMDS 8

static double
timeit_median(double *ms, int runs)
{
	qsort(ms, (size_t)runs, sizeof ms[0], timeit_cmp);
	return runs % 2 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
}

/* Splits argv at "::" into up to TIMEIT_MAX_CMDS NULL-terminated commands. */
static int
timeit_split(char **argv, char **cmds[])
{
	int n = 0, i;

	cmds[n++] = argv;
	for (i = 0; argv[i] != NULL; i++) {
		if (strcmp(argv[i], "::") != 0)
			continue;
		argv[i] = NULL;
		if (n == TIMEIT_MAX_CMDS || argv[i + 1] == NULL)
			return -1;
		cmds[n++] = argv + i + 1;
	}
	return n;
}

int
main(int argc, char **argv)
{
	static double ms[TIMEIT_MAX_CMDS][TIMEIT_MAX_RUNS];
	static double cpu[TIMEIT_MAX_CMDS][TIMEIT_MAX_RUNS];
	char **cmds[TIMEIT_MAX_CMDS];
	const char *setup = NULL, *in = NULL;
	long rss[TIMEIT_MAX_CMDS] = { 0 };
	int c, i, j, n, runs = 5;

	while ((c = getopt(argc, argv, "n:s:i:")) != -1) {
		switch (c) {
		case 'n': runs = atoi(optarg); break;
		case 's': setup = optarg; break;
		case 'i': in = optarg; break;
		default: return 2;
		}
	}
	if (optind >= argc || runs < 1 || runs > TIMEIT_MAX_RUNS ||
	    (n = timeit_split(argv + optind, cmds)) < 0) {
		fputs("usage: timeit [-n RUNS] [-s SETUP] [-i STDIN] -- CMD "
		    "[ARG]... [:: CMD [ARG]...]\n", stderr);
		return 2;
	}
	for (i = -1; i < runs; i++) {
		for (j = 0; j < n; j++) {
			if (timeit_setup(setup) != 0 || (ms[j][i < 0 ? 0 : i] =
			    timeit_run(cmds[j], in, &rss[j],
			    &cpu[j][i < 0 ? 0 : i])) < 0)
				return 1;
		}
	}
	for (j = 0; j < n; j++) {
		printf("median_ms=%.3f", timeit_median(ms[j], runs));
		printf(" min_ms=%.3f max_ms=%.3f maxrss_kb=%ld runs=%d",
		    ms[j][0], ms[j][runs - 1], rss[j], runs);
		printf(" cpu_ms=%.3f\n", timeit_median(cpu[j], runs));
	}
	return 0;
}
