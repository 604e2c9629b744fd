#!/bin/sh
# po/da.po translates every msgid the sources hold today: a fresh template
# is extracted from POTFILES.in, da.po is merged onto it, and msgfmt must
# count no untranslated and no fuzzy message. Every source file that marks
# strings must be listed in POTFILES.in.
set -u
command -v xgettext >/dev/null && command -v msgmerge >/dev/null ||
	{ echo "FAIL: gettext tools are needed"; exit 99; }
dir="$B2C_TEST_TMP/da-complete"
rm -rf "$dir"
mkdir -p "$dir"
cd "$top_srcdir" || exit 99
fail=0

grep -v '^#' po/POTFILES.in | sed '/^[[:space:]]*$/d' >"$dir/listed"
grep -rlE '\b(N_|P_|_)\("' src --include='*.c' --include='*.h' |
	LC_ALL=C sort >"$dir/marking"
unlisted=$(LC_ALL=C sort "$dir/listed" | comm -13 - "$dir/marking")
if [ -n "$unlisted" ]; then
	echo "FAIL: not in po/POTFILES.in (run po/update-da.sh):"
	echo "$unlisted"
	fail=1
fi

xgettext --keyword=_ --keyword=N_ --keyword=P_:1,2 --from-code=UTF-8 \
	--files-from="$dir/listed" -o "$dir/b2c.pot" || exit 99
msgmerge --quiet --no-fuzzy-matching -o "$dir/merged.po" po/da.po \
	"$dir/b2c.pot" || exit 99
stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null \
	"$dir/merged.po" 2>&1) || { echo "$stats"; exit 1; }
echo "$stats"
case $stats in
*fuzzy* | *untranslated*)
	echo "FAIL: po/da.po is incomplete; these need Danish:"
	msgattrib --untranslated "$dir/merged.po" | sed -n '/^#:/,$p'
	msgattrib --only-fuzzy "$dir/merged.po" | sed -n '/^#:/,$p'
	fail=1
	;;
esac
exit $fail
