#!/bin/sh
# A date list with a line added and not (validly) filled in still saves:
# the empty line is kept as a placeholder, the bad text is named, and
# the good date typed next to it reaches the file.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup empty-item
cp "$B2C_DATADIR/demo.cfg" d.cfg

cat > item.keys <<'KEYS'
key F3
key Home
key Down 18
key Enter
key Down 4
key Enter
type 5 January 2028
key Enter
key Enter
type 6/1
key Enter
save
dump-screen item-saved
key F10
key y
KEYS
ui_run item.keys d.cfg
ui_grep item-saved '"6/1" is not a date'
ui_grep item-saved "Everything else is"
ui_nogrep item-saved "Could not save"
ui_grep d.cfg '"2026-11-24", "2028-01-05", "" ];'
"$B2C" check d.cfg > /dev/null || { echo "FAIL: the saved file does not load"; UI_FAILED=1; }
ui_done
