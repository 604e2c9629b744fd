/*
 * Loading: the file is opened without following symlinks or blocking on
 * FIFOs, must be a regular file under STORE_MAX_FILE, is read into memory,
 * pre-scanned, and only then parsed by libconfig from the buffer. A file
 * from a newer version is refused whole; any other problem is collected
 * so that every error in the file is reported at once.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "b2c/i18n.h"
#include "b2c/sha256.h"
#include "store-private.h"

/* The file's format version (1..SESSION_FORMAT_VERSION); 0 after
 * reporting why nothing else should be read. */
static int
read_version(struct store_errors *err, config_t *cfg)
{
	const config_setting_t *v = config_lookup(cfg, "version");
	long long version;

	if (v == NULL) {
		store_errorf(err, 1, _("version: missing; a session file "
		    "starts with version = %d;"), SESSION_FORMAT_VERSION);
		return 0;
	}
	if (config_setting_type(v) != CONFIG_TYPE_INT &&
	    config_setting_type(v) != CONFIG_TYPE_INT64) {
		store_errorf(err, store_line(v), _("version: expected a whole "
		    "number"));
		return 0;
	}
	version = config_setting_get_int64(v);
	if (version > SESSION_FORMAT_VERSION) {
		store_errorf(err, store_line(v), _("version: the file is "
		    "version %lld, newer than this b2c understands (%d); "
		    "use a newer b2c"), version, SESSION_FORMAT_VERSION);
		return 0;
	}
	if (version < 1) {
		store_errorf(err, store_line(v), _("version: %lld is not a "
		    "session file version"), version);
		return 0;
	}
	return (int)version;
}

/* Reads the parsed tree into a new session; NULL on errors. */
static struct session *
read_tree(struct store_errors *err, config_t *cfg, int version,
    bool strings_utf8)
{
	struct store_reader r;

	memset(&r, 0, sizeof r);
	r.err = *err;
	r.strings_utf8 = strings_utf8;
	r.s = session_new();
	r.unknown = xmalloc(sizeof *r.unknown);
	config_init(r.unknown);
	r.indicator_ids = store_set_new();
	r.statement_ids = store_set_new();
	store_read_group(&r, config_root_setting(cfg), store_schema_root, r.s,
	    config_root_setting(r.unknown));
	store_set_free(r.indicator_ids);
	store_set_free(r.statement_ids);
	/* Before version 3 a small partnership had only the full Del 2 and
	 * Del 3: one that used them keeps them in view (part2.full), and
	 * the next save writes it as version 3. */
	if (version < 3)
		session_small_migrate(r.s);
	*err = r.err;
	if (err->n != 0) {
		session_free(r.s);
		r.s = NULL;
	}
	store_unknown_attach(&r);
	return r.s;
}

/* Parses without the pre-scan (the bytes already checked). libconfig reads
 * them through a stream over the caller's buffer: config_read_string
 * would first copy the whole file into a scanner buffer of its own, and
 * on a large file that copy costs as much as a tenth of the parse. */
static int
store_parse_checked(struct store_errors *err, const char *text, size_t len,
    bool strings_utf8, struct session **out)
{
	struct session *s = NULL;
	config_t cfg;
	FILE *in;
	int ok, version;

	config_init(&cfg);
	/* An empty buffer is no stream (fmemopen may refuse size 0). */
	in = len != 0 ? fmemopen((void *)(uintptr_t)text, len, "r") : NULL;
	if (in != NULL) {
		ok = config_read(&cfg, in);
		fclose(in);
	} else
		ok = config_read_string(&cfg, "");
	if (len != 0 && in == NULL)
		store_errorf(err, 0, "%s", strerror(errno));
	else if (ok != CONFIG_TRUE)
		store_errorf(err, config_error_line(&cfg), "%s",
		    config_error_text(&cfg));
	else if ((version = read_version(err, &cfg)) != 0)
		s = read_tree(err, &cfg, version, strings_utf8);
	config_destroy(&cfg);
	if (s == NULL)
		return -1;
	*out = s;
	return 0;
}

int
store_parse_hashed(const char *name, const char *text, size_t len,
    struct session **out, char **cause, unsigned char sha[SHA256_LEN])
{
	struct store_errors err = { name, NULL, 0 };
	struct sha256_ctx ctx;
	bool strings_utf8;
	int rc = -1;

	if (sha != NULL)
		sha256_init(&ctx);
	/* Editors on other systems may start UTF-8 files with a BOM. */
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) {
		if (sha != NULL)
			sha256_update(&ctx, text, 3);
		text += 3;
		len -= 3;
	}
	if (len > STORE_MAX_FILE) {
		store_errorf(&err, 0, _("the file is larger than %u MiB"),
		    STORE_MAX_FILE >> 20);
		if (sha != NULL)
			sha256_update(&ctx, text, len);
	} else if (store_prescan(&err, text, len, &strings_utf8, sha != NULL ?
	    &ctx : NULL) == 0)
		rc = store_parse_checked(&err, text, len, strings_utf8, out);
	if (sha != NULL)
		sha256_final(&ctx, sha);
	if (rc != 0 && cause != NULL) {
		/* Lines end in '\n'; the last one's is the caller's to add. */
		err.text[strlen(err.text) - 1] = '\0';
		*cause = err.text;
	} else
		free(err.text);
	return rc;
}

int
store_parse(const char *name, const char *text, size_t len,
    struct session **out, char **cause)
{
	return store_parse_hashed(name, text, len, out, cause, NULL);
}
