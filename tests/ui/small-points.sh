#!/bin/sh
# Small points of the wizard: a new session says "not saved yet" until
# its file exists; read-only mode shows no "Add" line that would refuse;
# Ctrl-E puts one example in the focused line only, another one where
# another line has it already or when pressed again; Home, End, PgUp and
# PgDn in the session picker move, they never open a session.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup small-points

printf 'dump-screen first\ntype T\nsave\ndump-screen saved\nquit\n' > first.keys
ui_run first.keys new.cfg || { echo "FAIL: first exit $?"; UI_FAILED=1; }
ui_grep first "not saved yet"
head -n 1 first | grep -q ' saved$' && { echo "FAIL: saved before a file"; UI_FAILED=1; }
head -n 1 saved | grep -q ' saved$' || { echo "FAIL: not saved after F2"; UI_FAILED=1; }

cp "$B2C_DATADIR/demo.cfg" ro.cfg
{
	for n in 3 5 13 16 17 21; do
		printf 'key F3\nkey Home\nkey Down %s\nkey Enter\n' $n
		printf 'dump-screen ro-%s\n' $n
	done
	echo quit
} > ro.keys
ui_run ro.keys -r ro.cfg || { echo "FAIL: read-only exit $?"; UI_FAILED=1; }
for n in 3 5 13 16 17 21; do
	ui_grep "ro-$n" "READ-ONLY"
	ui_nogrep "ro-$n" "[+]"
done

# The five points of a new session: Ctrl-E in the first line, in the
# second (the first example is taken: the second), again (the third),
# and in the third line (the second is free again).
cat > ex.keys <<'KEYS'
key PgDn
key PgDn
key PgDn
key PgDn
key PgDn
key C-e
key Down
key C-e
key C-e
key Down
key C-e
dump-screen examples
save
quit
KEYS
ui_run ex.keys ex.cfg || { echo "FAIL: examples exit $?"; UI_FAILED=1; }
ui_grep examples "Five most important points"
ui_grep ex.cfg 'points = [ "We want to reduce loneliness.", "We have limited resources.", "We want to increase safety.", "", "" ];'

# The picker: Home and the others keep it open; F10 quits.
mkdir -p sessions
cp "$B2C_DATADIR/demo.cfg" sessions/a.cfg
printf 'key Home\nkey End\nkey PgUp\nkey PgDn\nkey Home\ndump-screen picker\nkey F10\n' > pick.keys
ui_run pick.keys || { echo "FAIL: picker exit $?"; UI_FAILED=1; }
ui_grep picker "a.cfg"
cmp -s "$B2C_DATADIR/demo.cfg" sessions/a.cfg ||
    { echo "FAIL: the picker changed a session"; UI_FAILED=1; }
ui_done
