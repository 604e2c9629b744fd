/*
 * Hostile session files: a file handed over on a shared server must not be
 * able to make b2c read, probe or hang on other files through @include,
 * hang on a FIFO or a device, take minutes in libconfig's quadratic corners,
 * or slip past the limits. Each is refused with "FILE:LINE: text".
 *
 * Files are generated under $B2C_TEST_TMP. An alarm guards every test
 * against a hang; the times printed are the real ones, for the README.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "b2c/session.h"
#include "b2c/store.h"
#include "b2c/util.h"

#define HANG_GUARD	20	/* seconds; far above any real time */

static char	tmpdir[PATH_MAX];

static int
setup_dir(void **state)
{
	const char *base = getenv("B2C_TEST_TMP");

	(void)state;
	snprintf(tmpdir, sizeof tmpdir, "%s/hostile", base != NULL ? base :
	    "/tmp");
	mkdir(base != NULL ? base : "/tmp", 0700);
	mkdir(tmpdir, 0700);
	return 0;
}

/* Each test gets a fresh alarm: a hang fails the run instead of blocking. */
static int
setup_alarm(void **state)
{
	(void)state;
	alarm(HANG_GUARD);
	return 0;
}

static char *
tmp_path(const char *name)
{
	return xasprintf("%s/%s", tmpdir, name);
}

static char *
write_file(const char *name, const char *text, size_t len)
{
	char *path = tmp_path(name);
	FILE *f;

	unlink(path);
	f = fopen(path, "w");
	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
	return path;
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * Loads path, expects a refusal whose first line is "path:LINE: ..." (or
 * "path: ..." when line is 0) and that mentions want (when not NULL).
 * Returns the time taken.
 */
static double
expect_refused(const char *path, int line, const char *want)
{
	struct session *s = NULL;
	char *cause = NULL, *prefix;
	double t0 = now(), t;
	int r;

	r = store_load(path, &s, NULL, &cause);
	t = now() - t0;
	if (r == 0)
		fail_msg("%s was loaded", path);
	assert_non_null(cause);
	if (line > 0)
		prefix = xasprintf("%s:%d: ", path, line);
	else
		prefix = xasprintf("%s:", path);
	if (strncmp(cause, prefix, strlen(prefix)) != 0)
		fail_msg("expected \"%s...\", got \"%s\"", prefix, cause);
	if (want != NULL && strstr(cause, want) == NULL)
		fail_msg("expected \"%s\" in \"%s\"", want, cause);
	free(prefix);
	free(cause);
	assert_null(s);
	return t;
}

/* An inotify watch that proves a file was never opened. */
static int
watch_open(const char *path)
{
	int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);

	assert_true(fd >= 0);
	assert_true(inotify_add_watch(fd, path, IN_OPEN | IN_ACCESS) >= 0);
	return fd;
}

static void
assert_never_opened(int fd, const char *path)
{
	char buf[4096];
	ssize_t n = read(fd, buf, sizeof buf);

	if (n > 0)
		fail_msg("%s was opened while loading", path);
	assert_true(n < 0 && errno == EAGAIN);
	close(fd);
}

/* A session file whose line 2 is the given directive. */
static void
refuse_directive(const char *name, const char *directive, const char *target)
{
	char *text = xasprintf("version = 1;\n%s\"%s\"\ntitle = \"x\";\n",
	    directive, target);
	char *path = write_file(name, text, strlen(text));

	expect_refused(path, 2, "@include");
	free(path);
	free(text);
}

/* libconfig 1.5 calls exit() on @include "."; the process must live on. */
static void
test_include_dot(void **state)
{
	(void)state;
	refuse_directive("dot.cfg", "@include ", ".");
	refuse_directive("dotdot.cfg", "@include ", "..");
}

/* A FIFO would block the library for ever. */
static void
test_include_fifo(void **state)
{
	char *fifo = tmp_path("fifo");

	(void)state;
	unlink(fifo);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	refuse_directive("fifo.cfg", "@include ", fifo);
	free(fifo);
}

/* /etc/passwd must not be read, nor its first line leak as "syntax error". */
static void
test_include_passwd(void **state)
{
	struct session *s = NULL;
	char *cause = NULL;
	char *path;
	const char *text = "version = 1;\n@include \"/etc/passwd\"\n";

	(void)state;
	path = write_file("passwd.cfg", text, strlen(text));
	expect_refused(path, 2, "@include");
	assert_int_equal(store_load(path, &s, NULL, &cause), -1);
	assert_null(strstr(cause, "/etc/passwd:"));
	free(cause);
	free(path);
}

/* A valid file that would be merged silently is never even opened. */
static void
test_include_not_opened(void **state)
{
	static const char *forms[] = {
		"@include ", "  @include ", "\t@include ", " \t @include\t",
		"@include  ",
	};
	const char *inc = "title = \"merged from another file\";\n";
	char *target, *name;
	size_t i;
	int fd;

	(void)state;
	target = write_file("included.cfg", inc, strlen(inc));
	for (i = 0; i < sizeof forms / sizeof forms[0]; i++) {
		name = xasprintf("indent%zu.cfg", i);
		fd = watch_open(target);
		refuse_directive(name, forms[i], target);
		assert_never_opened(fd, target);
		free(name);
	}
	free(target);
}

/*
 * "@include" at the start of a line inside a multi-line string: libconfig
 * would take it as a directive only outside a string, but a cheap
 * pre-scan cannot tell, so refusing it is fine; reading is not. Elsewhere
 * in a string or a comment it is just text.
 */
static void
test_include_in_string(void **state)
{
	const char *inc = "title = \"merged\";\n";
	char *target, *text, *path;
	struct session *s = NULL;
	char *cause = NULL;
	int fd;

	(void)state;
	target = write_file("inc2.cfg", inc, strlen(inc));
	fd = watch_open(target);
	text = xasprintf("version = 1;\ntitle = \"a\n@include \\\"%s\\\"\n\";\n",
	    target);
	path = write_file("instring.cfg", text, strlen(text));
	if (store_load(path, &s, NULL, &cause) == 0) {
		assert_non_null(strstr(s->title, "@include"));
		session_free(s);
	} else {
		assert_non_null(strstr(cause, path));
		free(cause);
	}
	assert_never_opened(fd, target);
	free(text);
	free(path);

	fd = watch_open(target);
	text = xasprintf("version = 1;\n# @include \"%s\"\n"
	    "title = \"see @include \\\"%s\\\"\";\n", target, target);
	path = write_file("intext.cfg", text, strlen(text));
	assert_int_equal(store_load(path, &s, NULL, &cause), 0);
	assert_non_null(strstr(s->title, "@include"));
	assert_never_opened(fd, target);
	session_free(s);
	free(text);
	free(path);
	free(target);
}

/* The session path itself: a FIFO, a device, a directory. */
static void
test_not_regular(void **state)
{
	char *fifo = tmp_path("session-fifo.cfg");

	(void)state;
	unlink(fifo);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	expect_refused(fifo, 0, NULL);
	expect_refused("/dev/zero", 0, NULL);
	expect_refused(tmpdir, 0, NULL);
	free(fifo);
}

/* One multi-megabyte string costs libconfig 1.5 about 34 s; refuse it. */
static void
test_huge_string(void **state)
{
	size_t n = 8u * 1024 * 1024, off;
	char *text = xmalloc(n + 64), *path;
	double t;

	(void)state;
	off = (size_t)sprintf(text, "version = 1;\ntitle = \"");
	memset(text + off, 'a', n);
	off += n;
	off += (size_t)sprintf(text + off, "\";\n");
	path = write_file("huge-string.cfg", text, off);
	t = expect_refused(path, 2, NULL);
	print_message("8 MiB string refused in %.3f s\n", t);
	free(path);
	free(text);
}

/* Adjacent literals concatenate into one long string. */
static void
test_concatenated_string(void **state)
{
	size_t piece = 32 * 1024, pieces = 256, off, i;
	char *text = xmalloc(pieces * (piece + 4) + 64), *path;
	double t;

	(void)state;
	off = (size_t)sprintf(text, "version = 1;\ntitle =");
	for (i = 0; i < pieces; i++) {
		text[off++] = ' ';
		text[off++] = '"';
		memset(text + off, 'b', piece);
		off += piece;
		text[off++] = '"';
	}
	off += (size_t)sprintf(text + off, ";\n");
	path = write_file("concat.cfg", text, off);
	t = expect_refused(path, 2, NULL);
	print_message("8 MiB of concatenated literals refused in %.3f s\n", t);
	free(path);
	free(text);
}

/* Writes n settings "kI = I;" inside open ... close. */
static char *
many_settings(const char *name, const char *open, const char *close,
    unsigned n)
{
	size_t size = (size_t)n * 24 + 256, off;
	char *text = xmalloc(size), *path;
	unsigned i;

	off = (size_t)snprintf(text, size, "version = 1;\n%s", open);
	for (i = 0; i < n; i++)
		off += (size_t)snprintf(text + off, size - off,
		    "k%u = %u;\n", i, i);
	off += (size_t)snprintf(text + off, size - off, "%s", close);
	path = write_file(name, text, off);
	free(text);
	return path;
}

/* 40,000 keys in one group cost libconfig 1.5 about 16 s; refuse them. */
static void
test_many_settings(void **state)
{
	char *path;
	double t;

	(void)state;
	path = many_settings("wide-group.cfg", "extra = {\n", "};\n", 50000);
	t = expect_refused(path, 0, NULL);
	print_message("50,000 settings in one group refused in %.3f s\n", t);
	free(path);
	path = many_settings("wide-top.cfg", "", "", 50000);
	t = expect_refused(path, 0, NULL);
	print_message("50,000 top-level settings refused in %.3f s\n", t);
	free(path);
}

/* A file over the size cap is refused before it is read. */
static void
test_file_size(void **state)
{
	char *path = tmp_path("huge-file.cfg");
	const char *head = "version = 1;\n# ";
	double t;
	int fd;

	(void)state;
	unlink(path);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, head, strlen(head)), (ssize_t)strlen(head));
	/* Sparse: costs no disk, still larger than the cap. */
	assert_int_equal(ftruncate(fd, (off_t)STORE_MAX_FILE + 1), 0);
	assert_int_equal(close(fd), 0);
	t = expect_refused(path, 0, NULL);
	print_message("16 MiB + 1 byte file refused in %.3f s\n", t);
	free(path);
}

/* Deep nesting must fail cleanly, not overflow a stack. */
static void
test_deep_nesting(void **state)
{
	size_t depth = 200000, off, i;
	char *text = xmalloc(depth * 2 + 64), *path;
	double t;

	(void)state;
	off = (size_t)sprintf(text, "version = 1;\nextra = ");
	for (i = 0; i < depth; i++)
		text[off++] = '(';
	for (i = 0; i < depth; i++)
		text[off++] = ')';
	off += (size_t)sprintf(text + off, ";\n");
	path = write_file("deep.cfg", text, off);
	t = expect_refused(path, 2, NULL);
	print_message("200,000 levels of nesting refused in %.3f s\n", t);
	free(path);
	free(text);
}

/* Writes "version = 1;\n" then line 2 from a format. */
static char *
line2_file(const char *name, const char *fmt, ...)
{
	va_list ap;
	char *body, *text, *path;

	va_start(ap, fmt);
	body = xvasprintf(fmt, ap);
	va_end(ap);
	text = xasprintf("version = 1;\n%s\n", body);
	path = write_file(name, text, strlen(text));
	free(text);
	free(body);
	return path;
}

/* Numbers libconfig would truncate, overflow or not write back. */
static void
test_numbers_out_of_range(void **state)
{
	static const struct { const char *line, *want; } cases[] = {
		{ "zz_unknown = 9999999999;", "too large" },
		{ "zz_unknown = 4294967295;", "too large" },
		{ "zz_unknown = 99999999999999999999999;", "too large" },
		{ "zz_unknown = 1e999;", "not finite" },
		{ "zz_unknown = ( { deep = [ -1e999 ]; } );", "not finite" },
		/* Written back with 15 digits it would read as inf. */
		{ "zz_unknown = 1.7976931348623157e308;", "not finite" },
		{ "part2 = { measurement_plan = { sample_size = 9999999999L; }; };",
		    "out of range" },
		{ "part2 = { measurement_plan = { month = 13; }; };",
		    "out of range" },
		{ "part1 = { housing = { resources = ( { kind = \"money\"; "
		    "amount = 1e999; } ); }; };", "not finite" },
	};
	char *path, *name;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		name = xasprintf("number%zu.cfg", i);
		path = line2_file(name, "%s", cases[i].line);
		expect_refused(path, 2, cases[i].want);
		free(path);
		free(name);
	}
}

/* A text one byte over the limit, and a list one element over. */
static void
test_string_and_list_limits(void **state)
{
	char *big = xmalloc(STORE_MAX_STRING + 2), *path, *list;
	size_t i, off = 0;
	double t;

	(void)state;
	memset(big, 'x', STORE_MAX_STRING + 1);
	big[STORE_MAX_STRING + 1] = '\0';
	path = line2_file("long-title.cfg", "title = \"%s\";", big);
	expect_refused(path, 2, "longer than");
	free(path);
	free(big);

	list = xmalloc((size_t)(STORE_MAX_LIST + 1) * 5 + 1);
	for (i = 0; i <= STORE_MAX_LIST; i++)
		off += (size_t)sprintf(list + off, "%s\"a\"", i ? "," : "");
	path = line2_file("long-list.cfg", "part2 = { actions = ( %s ); };",
	    list);
	t = expect_refused(path, 2, NULL);
	print_message("a list of %u texts refused in %.3f s\n",
	    STORE_MAX_LIST + 1, t);
	free(path);
	free(list);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_include_dot, setup_alarm),
		cmocka_unit_test_setup(test_include_fifo, setup_alarm),
		cmocka_unit_test_setup(test_include_passwd, setup_alarm),
		cmocka_unit_test_setup(test_include_not_opened, setup_alarm),
		cmocka_unit_test_setup(test_include_in_string, setup_alarm),
		cmocka_unit_test_setup(test_not_regular, setup_alarm),
		cmocka_unit_test_setup(test_huge_string, setup_alarm),
		cmocka_unit_test_setup(test_concatenated_string, setup_alarm),
		cmocka_unit_test_setup(test_many_settings, setup_alarm),
		cmocka_unit_test_setup(test_file_size, setup_alarm),
		cmocka_unit_test_setup(test_deep_nesting, setup_alarm),
		cmocka_unit_test_setup(test_numbers_out_of_range, setup_alarm),
		cmocka_unit_test_setup(test_string_and_list_limits,
		    setup_alarm),
	};

	return cmocka_run_group_tests(tests, setup_dir, NULL);
}
