/*
 * A survey file's bytes as UTF-8 text and its delimiter. Survey tools and
 * Excel write UTF-8 with or without a BOM, UTF-16 with a BOM ("Unicode
 * text") or Windows-1252 (Excel's "CSV" on Danish Windows); the
 * separator is ',' ';' or TAB depending on tool and locale, and Excel
 * may be told it by a "sep=;" first line. The conversions are iconv's
 * (no hand-written tables); text that is valid UTF-8 is never copied.
 */
#include "config.h"

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "b2c/i18n.h"
#include "b2c/util.h"
#include "import-private.h"

#define SCAN_RECORDS	200	/* records looked at to find the delimiter */

/* Length of the valid UTF-8 prefix of text (len when all of it). */
static size_t
utf8_valid_prefix(const unsigned char *s, size_t len)
{
	size_t i = 0, n, k;
	uint32_t cp;

	while (i < len) {
		uint64_t eight;

		/* Eight ASCII bytes at a time: most files are mostly ASCII. */
		if (i + 8 <= len && (memcpy(&eight, s + i, 8),
		    (eight & 0x8080808080808080ull) == 0)) {
			i += 8;
			continue;
		}
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if (s[i] >= 0xc2 && s[i] <= 0xdf)
			n = 1;
		else if (s[i] >= 0xe0 && s[i] <= 0xef)
			n = 2;
		else if (s[i] >= 0xf0 && s[i] <= 0xf4)
			n = 3;
		else
			return i;
		cp = s[i] & (0x3f >> n);
		for (k = 1; k <= n; k++) {
			if (i + k >= len || (s[i + k] & 0xc0) != 0x80)
				return i;
			cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		if ((n == 2 && (cp < 0x800 || (cp >= 0xd800 &&
		    cp <= 0xdfff))) || (n == 3 && (cp < 0x10000 ||
		    cp > 0x10ffff)))
			return i;
		i += n + 1;
	}
	return len;
}

/* The 1-based line of a byte offset, for messages. */
static long
line_of(const char *text, size_t off)
{
	long line = 1;
	size_t i;

	for (i = 0; i < off; i++) {
		if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= off ||
		    text[i + 1] != '\n')))
			line++;
	}
	return line;
}

/* Converts with iconv into t->owned; -1 with *cause at the first bad
 * byte (reported on its line of the original). */
static int
convert(const char *name, const char *from, const char *bytes, size_t len,
    size_t skip, struct import_text *t, char **cause)
{
	iconv_t cd = iconv_open("UTF-8", from);
	size_t cap = len * 2 + 4, in_left = len, out_left = cap;
	char *in, *out, *copy;

	if (cd == (iconv_t)-1) {
		*cause = xasprintf(_("%s: this system cannot convert from %s"),
		    name, from);
		return -1;
	}
	/* iconv's input is not const; it reads a copy. */
	in = copy = xmalloc(len + 1);
	memcpy(copy, bytes, len);
	t->owned = out = xmalloc(cap);
	if (iconv(cd, &in, &in_left, &out, &out_left) == (size_t)-1) {
		size_t off = (size_t)(in - copy);

		free(copy);
		iconv_close(cd);
		if (strcmp(from, "WINDOWS-1252") == 0)
			*cause = xasprintf(_("%s:%ld: byte 0x%02X is neither "
			    "UTF-8 nor Windows-1252; save the file as \"CSV "
			    "UTF-8\""), name, line_of(bytes, off),
			    (unsigned char)bytes[off]);
		else
			*cause = xasprintf(_("%s: the file is not valid %s "
			    "(at byte %zu); save it as \"CSV UTF-8\""), name,
			    from, off + skip);
		return -1;
	}
	free(copy);
	iconv_close(cd);
	t->text = t->owned;
	t->len = cap - out_left;
	return 0;
}

/* Decodes the bytes into t: BOMs, UTF-16, else UTF-8 or Windows-1252. */
static int
decode_bytes(const char *name, const char *b, size_t len,
    struct import_text *t, char **cause)
{
	const unsigned char *u = (const unsigned char *)b;

	if (len >= 2 && u[0] == 0xff && u[1] == 0xfe) {
		t->encoding = "UTF-16LE";
		return convert(name, "UTF-16LE", b + 2, len - 2, 2, t, cause);
	}
	if (len >= 2 && u[0] == 0xfe && u[1] == 0xff) {
		t->encoding = "UTF-16BE";
		return convert(name, "UTF-16BE", b + 2, len - 2, 2, t, cause);
	}
	if (len >= 3 && memcmp(b, "\xef\xbb\xbf", 3) == 0) {
		t->encoding = "UTF-8 BOM";
		b += 3;
		len -= 3;
	} else
		t->encoding = "UTF-8";
	t->text = b;
	t->len = len;
	if (utf8_valid_prefix((const unsigned char *)b, len) == len)
		return 0;
	if (strcmp(t->encoding, "UTF-8 BOM") == 0) {
		*cause = xasprintf(_("%s:%ld: the file begins as UTF-8 but is "
		    "not valid UTF-8"), name, line_of(b,
		    utf8_valid_prefix((const unsigned char *)b, len)));
		return -1;
	}
	t->encoding = "Windows-1252";
	return convert(name, "WINDOWS-1252", b, len, 0, t, cause);
}

/* Excel's "sep=;" first line: takes the delimiter and skips the line. */
static void
take_sep_line(struct import_text *t)
{
	const char *s = t->text;
	size_t n = 0;

	if (t->len < 5 || strncasecmp(s, "sep=", 4) != 0 || s[4] == '\r' ||
	    s[4] == '\n')
		return;
	if (t->len > 5 && s[5] != '\r' && s[5] != '\n')
		return;
	n = t->len > 5 ? 6 : 5;
	if (t->len > 6 && s[5] == '\r' && s[6] == '\n')
		n = 7;
	t->delim = (unsigned char)s[4];
	t->text += n;
	t->len -= n;
	t->first_line = 2;
}

/* Fields per record of the first SCAN_RECORDS non-empty records, split
 * at delim outside quotes; returns how many records were seen. */
static size_t
count_fields(const char *text, size_t len, unsigned char delim,
    size_t *fields)
{
	size_t i, n = 0, f = 1;
	bool quoted = false, empty = true;

	for (i = 0; i < len && n < SCAN_RECORDS; i++) {
		unsigned char c = (unsigned char)text[i];

		if (c == '"')
			quoted = !quoted;
		if (quoted || (c != '\n' && c != '\r')) {
			if (!quoted && c == delim)
				f++;
			empty = false;
			continue;
		}
		if (!empty)
			fields[n++] = f;
		f = 1;
		empty = true;
	}
	if (!empty && n < SCAN_RECORDS)
		fields[n++] = f;
	return n;
}

unsigned char
import_detect_delimiter(const char *text, size_t len)
{
	static const unsigned char cands[] = { ';', ',', '\t', '|' };
	size_t fields[SCAN_RECORDS], i, k, n, score, best_score = 0;
	size_t best_fields = 1;
	unsigned char best = ',';

	/* The delimiter for which most records have as many fields as the
	 * header (and more than one): commas inside a header's wording
	 * then lose to the semicolons between its cells. */
	for (k = 0; k < sizeof cands; k++) {
		n = count_fields(text, len, cands[k], fields);
		if (n == 0 || fields[0] < 2)
			continue;
		for (i = 0, score = 0; i < n; i++)
			score += fields[i] == fields[0];
		if (score > best_score || (score == best_score &&
		    fields[0] > best_fields)) {
			best_score = score;
			best_fields = fields[0];
			best = cands[k];
		}
	}
	return best;
}

int
import_decode(const char *name, const char *bytes, size_t len,
    struct import_text *t, char **cause)
{
	memset(t, 0, sizeof *t);
	t->first_line = 1;
	if (decode_bytes(name, bytes, len, t, cause) != 0) {
		import_text_clear(t);
		return -1;
	}
	take_sep_line(t);
	if (t->delim == 0)
		t->delim = import_detect_delimiter(t->text, t->len);
	return 0;
}

void
import_text_clear(struct import_text *t)
{
	free(t->owned);
	memset(t, 0, sizeof *t);
}
