#!/bin/sh
# Settings b2c does not know inside meetings survive the wizard: a meeting
# is edited, another deleted, the last moved first, and the session saved;
# each remaining meeting keeps its own unknown settings, after the known
# ones, and the deleted one's are gone. The rest of the file is unchanged.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup unknown-kept
cp "$top_srcdir/tests/data/unknown-everywhere.cfg" s.cfg
chmod u+w s.cfg
cat > edit.keys <<'KEYS'
key F3
key End
key Up 5
key Enter
key Enter
# (the record opens on its first empty field; Shift-Tab: participants)
key S-Tab
key End
type , Carl
key Esc
key Down
key C-k
key y
key F7
dump-screen meetings
key F2
key F10
KEYS
ui_run edit.keys s.cfg || { echo "FAIL: exit $?"; exit 1; }
ui_grep meetings "1. 15 September 2026"
ui_grep meetings "2. 15 January 2026 · Anna, Bo, Carl"
sed -e 's/^created = ".*";$/created = "T";/' \
    -e 's/^modified = ".*";$/modified = "T";/' \
    -e 's/^saved_by = ".*";$/saved_by = "U";/' s.cfg > saved.cfg
if ! diff -u "$top_srcdir/tests/data/unknown-everywhere-edited.cfg" \
    saved.cfg; then
	echo "FAIL: the saved session differs from the expected one"
	UI_FAILED=1
fi
ui_done
