/*
 * libFuzzer harness for the session loader, with a round-trip oracle:
 * whatever store_parse() accepts must serialise, parse again and compare
 * equal. A file that loads but cannot be saved and re-read would lose a
 * user's data at the next save, so that is treated as a crash; so is a
 * second save that writes different text (unknown settings drifting).
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "b2c/session.h"
#include "b2c/store.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static void
fuzz_fail(const char *what, const char *cause, const char *text)
{
	fprintf(stderr, "round trip failed: %s: %s\n", what,
	    cause != NULL ? cause : "(no message)");
	if (text != NULL)
		fprintf(stderr, "--- serialised text ---\n%s\n", text);
	abort();
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
