#!/bin/sh
# Every area keeps the Danish for its own messages in po/parts/AREA.po
# and lists its sources in po/parts/AREA.files. For each area: every
# message of its sources has a translation there, and the printf
# conversions of each translation match its msgid. (po/da.po is merged
# from these parts; tests/i18n/da-complete.sh checks the result.)
for tool in xgettext msgcmp msgmerge msgfmt; do
	command -v $tool >/dev/null 2>&1 ||
	    { echo "FAIL: $tool is needed (Debian package gettext)"; exit 99; }
done
set -e
tmp="$B2C_TEST_TMP/parts-complete"
rm -rf "$tmp"
mkdir -p "$tmp"
cd "$top_srcdir"
status=0
for files in po/parts/*.files; do
	area=$(basename "$files" .files)
	xgettext --keyword=_ --keyword=N_ --keyword=P_:1,2 --from-code=UTF-8 \
		--no-location -o "$tmp/$area.pot" $(cat "$files")
	[ -f "$tmp/$area.pot" ] || continue	# no messages at all
	# The part files have no header; give one so the tools know UTF-8.
	{
		printf 'msgid ""\nmsgstr ""\n'
		printf '"Content-Type: text/plain; charset=UTF-8\\n"\n'
		printf '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
		cat "po/parts/$area.po"
	} > "$tmp/$area.po"
	if ! msgcmp "$tmp/$area.po" "$tmp/$area.pot"; then
		echo "FAIL: $area: messages without Danish in po/parts/$area.po"
		status=1
		continue
	fi
	# msgmerge carries the c-format flags over, so msgfmt -c checks them,
	# and it marks a translation fuzzy when its conversions differ.
	msgmerge -q --no-fuzzy-matching -o "$tmp/$area.merged.po" \
		"$tmp/$area.po" "$tmp/$area.pot"
	if ! msgfmt -c -o /dev/null "$tmp/$area.merged.po" ||
	    grep -n -A2 '^#,.*fuzzy' "$tmp/$area.merged.po"; then
		echo "FAIL: $area: translations whose conversions differ"
		status=1
	fi
done
exit $status
