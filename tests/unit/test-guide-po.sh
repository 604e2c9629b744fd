#!/bin/sh
# Every message in the guide's sources (N_() in the tables and _() in
# the accessors) has a Danish translation in po/parts/guide.po, and the
# printf conversions of each translation match its msgid.
for tool in xgettext msgcmp msgmerge msgfmt; do
	command -v $tool >/dev/null 2>&1 || exit 77
done
set -e
tmp="$B2C_TEST_TMP/guide-po"
rm -rf "$tmp"
mkdir -p "$tmp"
cd "$top_srcdir"
xgettext --keyword=_ --keyword=N_ --from-code=UTF-8 --no-location \
	-o "$tmp/guide.pot" $(cat po/parts/guide.files)
# The part file has no header; give it one so the tools know UTF-8.
{
	printf 'msgid ""\nmsgstr ""\n'
	printf '"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
	cat po/parts/guide.po
} > "$tmp/guide.po"
msgcmp "$tmp/guide.po" "$tmp/guide.pot"
# msgmerge carries the c-format flags over, so msgfmt -c checks them.
msgmerge -q --no-fuzzy-matching -o "$tmp/merged.po" "$tmp/guide.po" \
	"$tmp/guide.pot"
msgfmt -c -o /dev/null "$tmp/merged.po" 2>"$tmp/msgfmt.err" || {
	cat "$tmp/msgfmt.err" >&2
	exit 1
}
# msgmerge marks a translation fuzzy when its conversions do not match.
if grep -n -A2 '^#,.*fuzzy' "$tmp/merged.po" >&2; then
	exit 1
fi
