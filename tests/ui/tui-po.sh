#!/bin/sh
# Every message in the wizard's sources has a Danish translation in
# po/parts/tui.po, and the printf conversions of each translation match
# its msgid.
for tool in xgettext msgcmp msgmerge msgfmt; do
	command -v $tool >/dev/null 2>&1 || exit 77
done
set -e
tmp="$B2C_TEST_TMP/tui-po"
rm -rf "$tmp"
mkdir -p "$tmp"
cd "$top_srcdir"
xgettext --keyword=_ --keyword=N_ --from-code=UTF-8 --no-location \
	-o "$tmp/tui.pot" $(cat po/parts/tui.files)
# The part file has no header; give it one so the tools know UTF-8.
{
	printf 'msgid ""\nmsgstr ""\n'
	printf '"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
	cat po/parts/tui.po
} > "$tmp/tui.po"
msgcmp "$tmp/tui.po" "$tmp/tui.pot"
# msgmerge carries the c-format flags over, so msgfmt -c checks them.
msgmerge -q --no-fuzzy-matching -o "$tmp/merged.po" "$tmp/tui.po" \
	"$tmp/tui.pot"
msgfmt -c -o /dev/null "$tmp/merged.po" 2>"$tmp/msgfmt.err" || {
	cat "$tmp/msgfmt.err" >&2
	exit 1
}
# msgmerge marks a translation fuzzy when its conversions do not match.
if grep -n -A2 '^#,.*fuzzy' "$tmp/merged.po" >&2; then
	exit 1
fi
