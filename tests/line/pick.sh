#!/bin/sh
# The line mode without FILE: the sessions directory's sessions to choose
# from by number, or a new one named (created at once, with the name as
# its title); and --demo, a private copy of the demo session.
. "$top_srcdir/tests/line/lib.sh"
line_setup pick

cp "$B2C_DATADIR/demo.cfg" sessions/hedemarken.cfg
touch -d '2026-01-01 00:00' sessions/hedemarken.cfg
printf 'version = 1;\ntitle = "Tom";\n' > sessions/old.cfg
touch -d '2025-01-01 00:00' sessions/old.cfg
printf 'title = "Uden version";\n' > sessions/bad.cfg
touch -d '2024-01-01 00:00' sessions/bad.cfg
line_run en > list.txt 2>&1 <<'ANSWERS'
../ud
old
7
1
/quit
ANSWERS
status=$?
[ "$status" = 0 ] || { echo "FAIL: picked: exit $status"; LINE_FAILED=1; }
line_no_escape list.txt
line_grep list.txt "Sessions in $LINE_DIR/sessions:"
line_grep list.txt "   1. Partnerskab mellem Bo-Vest og Nortec · Bo-Vest & Nortec (vaskerier) · Part 1 ✓  Part 2 ✓  Part 3 3 meetings"
line_grep list.txt "   2. Tom · "
line_grep list.txt "Invalid value"
line_grep list.txt "There is a session by that name"
line_grep list.txt "   3. bad.cfg: $LINE_DIR/sessions/bad.cfg:1: version: missing"
line_grep list.txt "Give a number from 1 to 3, or a new name."
# Number 1 opened the newest, the demo's partnership.
line_grep list.txt "   Now: Partnerskab mellem Bo-Vest og Nortec"

# A new name: the file is there with that title, even when nothing else
# is answered.
printf 'Ny på Ørnevej\n' | line_run en > new.txt 2>&1 ||
    { echo "FAIL: new: exit $?"; LINE_FAILED=1; }
line_has "sessions/Ny på Ørnevej.cfg" 'title = "Ny på Ørnevej";'

# Enter alone leaves, and writes nothing.
ls sessions > before.txt
printf '\n' | line_run en > leave.txt 2>&1 ||
    { echo "FAIL: leaving: exit $?"; LINE_FAILED=1; }
ls sessions | cmp -s - before.txt || { echo "FAIL: leaving wrote a file"; LINE_FAILED=1; }

# --ascii: the lists and titles in ASCII characters only.
printf '\n/map\n/quit\n' | line_run en --ascii > ascii.txt 2>&1 ||
    { echo "FAIL: --ascii: exit $?"; LINE_FAILED=1; }
line_grep ascii.txt ". Partnerskab mellem Bo-Vest og Nortec - Bo-Vest & Nortec (vaskerier) - Part 1 ok"
printf '/map\n/quit\n' | line_run en --ascii sessions/hedemarken.cfg > ascii2.txt 2>&1 ||
    { echo "FAIL: --ascii FILE: exit $?"; LINE_FAILED=1; }
line_grep ascii2.txt "Start - The partnership - 1/2"
line_grep ascii2.txt "   3. Part 1 - Own priorities (Bo-Vest): done"
line_grep ascii.txt ". Tom - Part 1 0/8"
line_nogrep ascii.txt "·"
line_nogrep ascii2.txt "·"

# --demo: a private, writable copy, the demo itself untouched.
# Typed text is trimmed, as everywhere.
printf ' (prøve)\n/quit\n' > demo.answers
rm -f sessions/demo-*.cfg
LC_ALL=C.UTF-8 LANGUAGE=en TERM=dumb "$B2C" --lang en --demo \
    < demo.answers > demo.txt 2>&1 || { echo "FAIL: demo: exit $?"; LINE_FAILED=1; }
set -- sessions/demo-*.cfg
[ -f "$1" ] || { echo "FAIL: no demo copy in the sessions directory"; LINE_FAILED=1; }
line_has "$1" 'title = "(prøve)";'
[ "$(stat -c %a "$1")" = 600 ] || { echo "FAIL: demo copy is not private"; LINE_FAILED=1; }
line_done
