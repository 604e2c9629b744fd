#!/bin/sh
# A choice shown one option per line carries the focus mark on the
# highlighted option, where the cursor is: first the chosen one; Up moves
# the highlight without choosing, Space chooses it.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup choice-mark

cat > mark.keys <<'KEYS'
key S-Tab
dump-screen mark-large
dump-cursor mark-large-cursor
key Up
dump-screen mark-moved
key Space
dump-screen mark-small
dump-cursor mark-small-cursor
key F10
key n
KEYS
ui_run mark.keys new.cfg || { echo "FAIL: exit $?"; UI_FAILED=1; }
ui_grep mark-large "▸   (•) Large partnership"
ui_grep mark-large "    ( ) Small partnership"
ui_grep mark-moved "▸   ( ) Small partnership"
ui_grep mark-moved "    (•) Large partnership"
ui_grep mark-small "▸   (•) Small partnership"
ui_grep mark-small "    ( ) Large partnership"
[ "$(grep -c '▸' mark-small)" = 1 ] ||
    { echo "FAIL: more than one focus mark"; UI_FAILED=1; }
# The cursor is on the chosen option's line, one below the other.
ly=$(cut -d' ' -f1 mark-large-cursor)
sy=$(cut -d' ' -f1 mark-small-cursor)
[ "$sy" = $((ly - 1)) ] ||
    { echo "FAIL: cursor rows $ly then $sy"; UI_FAILED=1; }
ui_done
