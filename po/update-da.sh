#!/bin/sh
# Regenerates po/POTFILES.in and po/da.po from the pieces each area of
# the program keeps in po/parts/: NAME.files (the sources with _() in
# that area) and NAME.po (Danish for the msgids that area added).
#
#   po/update-da.sh [SRCDIR]
#
# POTFILES.in gets every file the parts list plus every source under src/
# that marks strings, so a forgotten listing cannot drop messages. da.po
# is the parts' translations merged onto a fresh template. Exits 1, and
# names them, when a msgid has no translation or only a fuzzy one.
set -eu

srcdir=${1:-$(dirname "$0")/..}
cd "$srcdir"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/b2c-po.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

header='msgid ""
msgstr ""
"Project-Id-Version: b2c\n"
"PO-Revision-Date: 2026-11-26 12:00+0000\n"
"Last-Translator: The b2c authors\n"
"Language-Team: Danish\n"
"Language: da\n"
"MIME-Version: 1.0\n"
"Content-Type: text/plain; charset=UTF-8\n"
"Content-Transfer-Encoding: 8bit\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\n"'

# 1. The source files: listed by the parts, or found marking strings.
{
	cat po/parts/*.files 2>/dev/null || true
	echo src/main.c
	grep -rlE '\b(N_|P_|_)\(' src --include='*.c' --include='*.h' \
		2>/dev/null || true
} | sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' -e 's|^\./||' |
	LC_ALL=C sort -u >"$tmp/files"
missing=0
while read -r f; do
	if [ ! -f "$f" ]; then
		echo "update-da: $f is listed in po/parts but does not exist" >&2
		missing=1
	fi
done <"$tmp/files"
[ "$missing" = 0 ] || exit 1
{
	echo "# Source files with translatable strings; made by po/update-da.sh"
	cat "$tmp/files"
} >po/POTFILES.in

# 2. A fresh template, with the keywords po/Makevars gives xgettext.
xgettext --keyword=_ --keyword=N_ --keyword=P_:1,2 --from-code=UTF-8 \
	--add-comments=TRANSLATORS: --package-name=b2c --no-wrap \
	--add-location=file \
	--files-from="$tmp/files" -o "$tmp/b2c.pot"

# 3. The parts' translations. i18n-others.po holds Danish for areas that
# had none of their own yet, so it comes last: an area's own part wins.
n=0
for part in $(ls po/parts/*.po 2>/dev/null | grep -v '/i18n-others\.po$') \
	po/parts/i18n-others.po; do
	[ -f "$part" ] || continue
	n=$((n + 1))
	out=$(printf '%s/part%03d.po' "$tmp" "$n")
	if grep -q 'Content-Type:' "$part"; then
		cp "$part" "$out"
	else
		{ printf '%s\n\n' "$header"; cat "$part"; } >"$out"
	fi
done
printf '%s\n' "$header" >"$tmp/all.po"
if [ "$n" -gt 0 ]; then
	msgcat --use-first --no-wrap -o "$tmp/all.po" "$tmp"/part*.po
fi

# 4. Onto the template; parts' msgids that no source uses are dropped.
msgmerge --quiet --no-fuzzy-matching --no-wrap -o "$tmp/merged.po" \
	"$tmp/all.po" "$tmp/b2c.pot"
msgattrib --no-obsolete --no-wrap -o "$tmp/clean.po" "$tmp/merged.po"
{
	echo "# Danish translation of b2c."
	echo "# Made by po/update-da.sh from po/parts/*.po: edit those."
	printf '%s\n\n' "$header"
	# Drop the template's own header, keep every message.
	awk 'BEGIN { body = 0 } body { print } /^$/ && !body { body = 1 }' \
		"$tmp/clean.po"
} >po/da.po

# 5. Complete, or say what is missing.
stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null po/da.po 2>&1)
echo "update-da: $stats"
case $stats in
*fuzzy* | *untranslated*)
	echo "update-da: translate these in po/parts/*.po:" >&2
	msgattrib --only-fuzzy --no-wrap po/da.po |
		awk 'body { print } /^$/ && !body { body = 1 }' >&2
	msgattrib --untranslated --no-wrap po/da.po |
		awk 'body { print } /^$/ && !body { body = 1 }' >&2
	exit 1
	;;
esac
