#!/bin/sh
# On a step with only text to read, Space shows the next screenful (PgDn
# is the next step), and Up scrolls back a line at a time.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup page-space

cat > page.keys <<'KEYS'
key PgDn
dump-screen page-top
key Space
dump-screen page-next
key Space
key Space
key Space
dump-screen page-end
key Up
dump-screen page-up
key F10
key n
KEYS
ui_run page.keys new.cfg || { echo "FAIL: exit $?"; UI_FAILED=1; }
body() { sed -n '7,22p' "$1"; }
ui_grep page-top "About the dialogue tool"
ui_grep page-next "About the dialogue tool"
# The next screenful starts near where the first one ended.
last=$(body page-top | grep -v '^ *$' | grep -v '▼' | tail -n 1)
[ -n "$last" ] && body page-next | grep -qF -- "$last" ||
    { echo "FAIL: Space did not show the next screenful"; UI_FAILED=1; }
cmp -s page-top page-next && { echo "FAIL: Space scrolled nothing"; UI_FAILED=1; }
# More Space stops at the end of the page; Up goes back a line.
cmp -s page-end page-up && { echo "FAIL: Up scrolled nothing"; UI_FAILED=1; }
ui_done
