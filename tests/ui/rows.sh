#!/bin/sh
# Adding, moving and deleting lines of a list, with a question before any
# deletion; the fixed five points cannot be deleted.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup rows
ui_run "$top_srcdir/tests/ui/rows.keys" rows.cfg || { echo "FAIL: exit $?"; exit 1; }
ui_expect rows-moved
ui_grep rows-ask "Delete line 3? (y/n)"
ui_expect rows-deleted
ui_grep rows-fixed "These lines cannot be deleted; empty one by deleting its text"
ui_grep rows.cfg 'actions = [ "første", "tredje æøå" ];'

# A measurement moved to another indicator moves in the list too; its
# form and the focus follow it.
cp "$B2C_DATADIR/demo.cfg" move.cfg
cat > move.keys <<'KEYS'
key F3
key End
key Up 3
key Enter
key S-Tab
key Enter
key S-Tab
key Backspace 10
type År 2
key S-Tab
key Down
key Space
dump-screen move-form
key Esc
dump-screen move-list
key F10
key n
KEYS
ui_run move.keys move.cfg || { echo "FAIL: move exit $?"; UI_FAILED=1; }
ui_grep move-form "(•) Tillid"
# Typed in Danish, shown in the interface's language (English here).
ui_grep move-form "Year 2"
ui_grep move-list "▸   5. Tillid · Year 2"
ui_done
