/*
 * libFuzzer harness for the session loader, with a round-trip oracle:
 * whatever store_parse() accepts must serialise, parse again and compare
 * equal. A file that loads but cannot be saved and re-read would lose a
 * user's data at the next save, so that is treated as a crash; so is a
 * second save that writes different text (unknown settings drifting).
 * session_equal is code under test too, so a second oracle does without
 * b2c's model: libconfig's own reading of the input, compared setting by
 * setting with its reading of what b2c writes. Every value of the input
 * must be in the output at the same place, unchanged.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libconfig.h>
#include <math.h>

#include "b2c/period.h"
#include "b2c/session.h"
#include "b2c/textnorm.h"
#include "b2c/store.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);
const char *__asan_default_options(void);

/*
 * AddressSanitizer keeps freed memory in a quarantine of 256 MB by
 * default, and with its redzones that grew a run of this target to over a
 * gigabyte in minutes although nothing leaks (LeakSanitizer reports
 * nothing; with no quarantine the resident size stays flat). A small one
 * still catches a use after free in the same input.
 */
const char *
__asan_default_options(void)
{
	return "quarantine_size_mb=16";
}

static void
fuzz_fail(const char *what, const char *cause, const char *text)
{
	fprintf(stderr, "round trip failed: %s: %s\n", what,
	    cause != NULL ? cause : "(no message)");
	if (text != NULL)
		fprintf(stderr, "--- serialised text ---\n%s\n", text);
	abort();
}

/* A setting's value as a number, for int, int64 and float alike. */
static double
fuzz_number(const config_setting_t *s)
{
	switch (config_setting_type(s)) {
	case CONFIG_TYPE_INT:
		return config_setting_get_int(s);
	case CONFIG_TYPE_INT64:
		return (double)config_setting_get_int64(s);
	default:
		return config_setting_get_float(s);
	}
}

/* Equal as libconfig 1.5 writes numbers: 15 significant digits. */
static int
fuzz_same_number(double a, double b)
{
	char x[40], y[40];

	snprintf(x, sizeof x, "%.15g", a);
	snprintf(y, sizeof y, "%.15g", b);
	return strcmp(x, y) == 0;
}

/*
 * Equal as b2c keeps text: trimmed (white space alone is empty), and a
 * period by its key, so "Baseline " reads back as "baseline".
 */
static int
fuzz_same_text(const char *name, const char *a, const char *b)
{
	char *x, *y;
	int same;

	if (name != NULL && strcmp(name, "period") == 0)
		return period_same(a, b);
	x = textnorm_trim(a);
	y = textnorm_trim(b);
	same = strcmp(x, y) == 0;
	free(x);
	free(y);
	return same;
}

/* True when an earlier element of list in has the same period as a:
 * b2c merges the two into the first, so a's own values are not kept
 * as they were (their sum is, which the first oracle checks). */
static int
fuzz_repeated_period(const config_setting_t *in, unsigned index)
{
	const config_setting_t *a = config_setting_get_elem(in, index), *p, *q;
	unsigned i;

	if (!config_setting_is_group(a) ||
	    (p = config_setting_get_member(a, "period")) == NULL ||
	    config_setting_type(p) != CONFIG_TYPE_STRING)
		return 0;
	for (i = 0; i < index; i++) {
		q = config_setting_get_member(config_setting_get_elem(in, i),
		    "period");
		if (q != NULL && config_setting_type(q) == CONFIG_TYPE_STRING &&
		    period_same(config_setting_get_string(p),
		    config_setting_get_string(q)))
			return 1;
	}
	return 0;
}

/*
 * The element of list out that stands for element a of list in: the one
 * with the same key (indicators, statements and tallies are known by
 * their id or statement, measurements by their period; b2c puts the core
 * indicators first), else the one at the same index.
 */
static const config_setting_t *
fuzz_same_element(const config_setting_t *out, const config_setting_t *a,
    unsigned index)
{
	static const char *const keys[] = { "id", "statement", "period",
		NULL };
	const config_setting_t *ka, *b, *kb;
	unsigned i, k, n = (unsigned)config_setting_length(out);

	for (k = 0; config_setting_is_group(a) && keys[k] != NULL; k++) {
		ka = config_setting_get_member(a, keys[k]);
		if (ka == NULL || config_setting_type(ka) != CONFIG_TYPE_STRING)
			continue;
		for (i = 0; i < n; i++) {
			b = config_setting_get_elem(out, i);
			kb = config_setting_get_member(b, keys[k]);
			if (kb != NULL &&
			    config_setting_type(kb) == CONFIG_TYPE_STRING &&
			    fuzz_same_text(keys[k],
			    config_setting_get_string(ka),
			    config_setting_get_string(kb)))
				return b;
		}
		return NULL;
	}
	return config_setting_get_elem(out, index);
}

static int
fuzz_is_number(const config_setting_t *s)
{
	int t = config_setting_type(s);

	return t == CONFIG_TYPE_INT || t == CONFIG_TYPE_INT64 ||
	    t == CONFIG_TYPE_FLOAT;
}

/* Every value under in is under out at the same place; 0 when so, else
 * the setting that is not (its name, or "list element"). */
static const char *
fuzz_tree_kept(const config_setting_t *in, const config_setting_t *out)
{
	const config_setting_t *a, *b;
	const char *why, *name;
	unsigned i, n = (unsigned)config_setting_length(in);

	for (i = 0; i < n; i++) {
		a = config_setting_get_elem(in, i);
		name = config_setting_name(a);
		if (!config_setting_is_group(in) && fuzz_repeated_period(in, i))
			continue;
		/* An older version is written as the current one. */
		if (name != NULL && config_setting_parent(in) == NULL &&
		    strcmp(name, "version") == 0)
			continue;
		b = config_setting_is_group(in) ?
		    config_setting_get_member(out, name) :
		    fuzz_same_element(out, a, i);
		if (name == NULL)
			name = "list element";
		if (b == NULL)
			return name;
		if (config_setting_is_aggregate(a)) {
			if (config_setting_type(a) != config_setting_type(b))
				return name;
			if ((why = fuzz_tree_kept(a, b)) != NULL)
				return why;
		} else if (fuzz_is_number(a)) {
			if (!fuzz_is_number(b) ||
			    !fuzz_same_number(fuzz_number(a), fuzz_number(b)))
				return name;
		} else if (config_setting_type(a) == CONFIG_TYPE_STRING) {
			if (config_setting_type(b) != CONFIG_TYPE_STRING ||
			    !fuzz_same_text(name, config_setting_get_string(a),
			    config_setting_get_string(b)))
				return name;
		} else if (config_setting_type(a) != config_setting_type(b) ||
		    config_setting_get_bool(a) != config_setting_get_bool(b))
			return name;
	}
	return NULL;
}

/* The second oracle: libconfig's trees of the input and of the output. */
static void
fuzz_compare_trees(const uint8_t *data, size_t size, const char *text)
{
	config_t in, out;
	char *copy = malloc(size + 1);
	const char *lost;

	if (copy == NULL)
		abort();
	memcpy(copy, data, size);
	copy[size] = '\0';
	config_init(&in);
	config_init(&out);
	/* b2c accepted the input, so libconfig reads it too. */
	if (config_read_string(&in, copy) != CONFIG_TRUE)
		fuzz_fail("libconfig refuses what b2c accepted",
		    config_error_text(&in), NULL);
	if (config_read_string(&out, text) != CONFIG_TRUE)
		fuzz_fail("libconfig refuses what b2c wrote",
		    config_error_text(&out), text);
	lost = fuzz_tree_kept(config_root_setting(&in),
	    config_root_setting(&out));
	if (lost != NULL)
		fuzz_fail("a value of the input is not in the output", lost,
		    text);
	config_destroy(&in);
	config_destroy(&out);
	free(copy);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct session *s = NULL, *again = NULL;
	char *cause = NULL, *text = NULL, *text2 = NULL;
	size_t len = 0, len2 = 0;

	if (store_parse("fuzz.cfg", (const char *)data, size, &s,
	    &cause) != 0) {
		/* Every refusal must say why, as "FILE:LINE: text". */
		if (cause == NULL || strncmp(cause, "fuzz.cfg:", 9) != 0)
			fuzz_fail("refused without a FILE:LINE message",
			    cause, NULL);
		free(cause);
		return 0;
	}
	if (store_serialise(s, &text, &len, &cause) != 0)
		fuzz_fail("serialise", cause, NULL);
	if (store_parse("fuzz-again.cfg", text, len, &again, &cause) != 0)
		fuzz_fail("re-parse", cause, text);
	if (!session_equal(s, again))
		fuzz_fail("sessions differ after a round trip", NULL, text);
	fuzz_compare_trees(data, size, text);
	/* Settings b2c does not know are kept: they must be stable too. */
	if (store_serialise(again, &text2, &len2, &cause) != 0)
		fuzz_fail("serialise again", cause, text);
	if (len2 != len || memcmp(text, text2, len) != 0)
		fuzz_fail("the text changed on a second save", text2, text);
	session_free(again);
	session_free(s);
	free(text2);
	free(text);
	return 0;
}
