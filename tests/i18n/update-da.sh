#!/bin/sh
# po/update-da.sh on a small tree: it lists every file that marks strings
# in POTFILES.in, merges the parts' Danish into da.po (an area's own part
# over i18n-others.po), drops msgids no source uses, and fails naming
# each message that has no Danish.
set -u
command -v xgettext >/dev/null && command -v msgcat >/dev/null ||
	{ echo "FAIL: gettext tools are needed"; exit 99; }
dir="$B2C_TEST_TMP/update-da"
rm -rf "$dir"
mkdir -p "$dir/po/parts" "$dir/src/core"
cp "$top_srcdir/po/update-da.sh" "$dir/po/"
fail=0
bad() { echo "FAIL: $*"; fail=1; }

cat >"$dir/src/main.c" <<'EOS'
int main(void) { puts(_("Hello")); return 0; }
EOS
cat >"$dir/src/core/x.c" <<'EOS'
static const char *w = N_("World");
const char *f(int n) { return P_("%d step", "%d steps", n); }
EOS
printf 'src/main.c\n' >"$dir/po/parts/x.files"
cat >"$dir/po/parts/x.po" <<'EOS'
msgid "Hello"
msgstr "Hej"

msgid "Gone"
msgstr "Væk"
EOS
cat >"$dir/po/parts/i18n-others.po" <<'EOS'
msgid "Hello"
msgstr "Goddag"
EOS

sh "$dir/po/update-da.sh" "$dir" >"$dir/out" 2>&1
[ $? = 1 ] || bad "incomplete: did not fail"
grep -q 'msgid "World"' "$dir/out" || bad "World not named: $(cat "$dir/out")"
grep -q 'msgid "%d step"' "$dir/out" || bad "plural not named"
[ "$(grep -v '^#' "$dir/po/POTFILES.in")" = "src/core/x.c
src/main.c" ] || bad "POTFILES.in: $(cat "$dir/po/POTFILES.in")"

cat >>"$dir/po/parts/i18n-others.po" <<'EOS'

msgid "World"
msgstr "Verden"

msgid "%d step"
msgid_plural "%d steps"
msgstr[0] "%d trin"
msgstr[1] "%d trin"
EOS
sh "$dir/po/update-da.sh" "$dir" >"$dir/out" 2>&1 || bad "complete: $(cat "$dir/out")"
grep -q 'msgstr "Hej"' "$dir/po/da.po" || bad "the area's own part lost"
grep -q 'Goddag' "$dir/po/da.po" && bad "i18n-others.po won over x.po"
grep -q 'msgstr "Verden"' "$dir/po/da.po" || bad "World not merged"
grep -q 'Gone' "$dir/po/da.po" && bad "unused msgid kept"
grep -q 'charset=UTF-8' "$dir/po/da.po" || bad "no header"
msgfmt -c -o /dev/null "$dir/po/da.po" || bad "da.po does not compile"
exit $fail
