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
# The text area without its scroll marks (lines 5-22 of the 24).
body() { sed -n '5,22p' "$1" | sed 's/ *[▲▼]$//; s/ *$//'; }
ui_grep page-top "About the dialogue tool"
ui_grep page-next "About the dialogue tool"
# The next screenful starts near where the first one ended.
last=$(body page-top | grep -v '^ *$' | tail -n 1)
[ -n "$last" ] && body page-next | grep -qxF -- "$last" ||
    { echo "FAIL: Space did not show the next screenful"; UI_FAILED=1; }
# ... and not a line or two further on: the top of the first screenful is
# gone, and text from below it came in.
for gone in "What is Business2Community?" "A dialogue tool that guides" \
    "where the company is. It is local"; do
	ui_nogrep page-next "$gone"
done
ui_grep page-next "Documentation for ESG (S3 and S4)"
ui_nogrep page-top "Documentation for ESG (S3 and S4)"
# This page is shorter than two screenfuls: the first Space reached its
# end, and more Space stays there.
cmp -s page-next page-end ||
    { echo "FAIL: Space went past the end of the page"; UI_FAILED=1; }
# Up goes back exactly one line: everything moves down a row.
body page-end | sed '$d' >end-shifted
body page-up | sed '1d' >up-rest
cmp -s end-shifted up-rest ||
    { echo "FAIL: Up did not scroll back one line"; diff end-shifted up-rest; UI_FAILED=1; }
ui_done
