#!/bin/sh
# Home and End in a multi-line field go to the start and end of the line
# the cursor is on (as in nano), not of the whole text.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup home-end

cat > he.keys <<'KEYS'
type Titel
key PgDn
key PgDn
type abc
key Enter
type def
key Enter
type ghi
key Up
key Home
type X
key End
type Y
save
quit
KEYS
ui_run he.keys he.cfg || { echo "FAIL: exit $?"; UI_FAILED=1; }
ui_grep he.cfg '"abc\nXdefY\nghi"'
ui_done
