#!/bin/sh
# Adding, moving and deleting lines of a list, with a question before any
# deletion; the fixed five points cannot be deleted.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup rows
ui_run "$top_srcdir/tests/ui/rows.keys" rows.cfg || { echo "FAIL: exit $?"; exit 1; }
ui_expect rows-moved
ui_grep rows-ask "Delete line 3? (y/n)"
ui_expect rows-deleted
ui_grep rows-fixed "These lines cannot be deleted."
ui_grep rows.cfg 'actions = [ "første", "tredje æøå" ];'
ui_done
