/*
 * Messages on standard error. They quote values from session files, lock
 * files and CSV exports, which anyone with write access to a shared
 * directory can fill with escape sequences; every message passes through
 * the sanitiser so no control byte reaches the user's terminal.
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "b2c/cli.h"
#include "b2c/sanitize.h"
#include "b2c/util.h"

void
cli_error(const char *fmt, ...)
{
	va_list ap;
	char *raw, *safe;

	va_start(ap, fmt);
	raw = xvasprintf(fmt, ap);
	va_end(ap);
	safe = sanitize_text(raw, SANITIZE_NEWLINES | SANITIZE_TABS);
	fputs(safe, stderr);
	free(safe);
	free(raw);
}
