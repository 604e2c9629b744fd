#!/bin/sh
# The key list of b2c(1) is the keymap's (src/tui/keymap.h): the same
# keys, in the same order, with the same words as the F1 help.
set -u
: "${top_srcdir:?}" "${top_builddir:?}" "${B2C_TEST_TMP:?}"
T="$B2C_TEST_TMP/keymap-man"
mkdir -p "$T"
"$top_builddir/tests/unit/test-tui-keys" man > "$T/keymap" ||
    { echo "FAIL: the keymap cannot be printed"; exit 1; }
# The list in the manual: from its .Bl to its .El, text lines joined.
awk '/^\.Sh KEYS/ { keys = 1 }
    keys && /^\.Bl / { list = 1; next }
    list && /^\.El/ { exit }
    list' "$top_srcdir/man/b2c.1" > "$T/man"
join() {
	awk '/^\.It / { if (text != "") print text; text = ""; print; next }
	    { text = text == "" ? $0 : text " " $0 }
	    END { if (text != "") print text }' "$1"
}
join "$T/keymap" > "$T/keymap.joined"
join "$T/man" > "$T/man.joined"
if ! diff -u "$T/keymap.joined" "$T/man.joined"; then
	echo "FAIL: man/b2c.1's key list differs from the keymap (-: keymap)"
	exit 1
fi
[ -s "$T/keymap.joined" ] || { echo "FAIL: an empty keymap"; exit 1; }
exit 0
