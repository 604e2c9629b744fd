#!/bin/sh
# Moving around: the help screen, the step map with its marks and jumps,
# the review's jump links, the session picker, --demo, and ASCII drawing.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup nav
ui_run "$top_srcdir/tests/ui/nav.keys" nav.cfg || { echo "FAIL: exit $?"; UI_FAILED=1; }
for s in help help-end map jumped back review-jump; do
	ui_expect "nav-$s"
done
[ ! -e nav.cfg ] || { echo "FAIL: nothing changed, yet a file was written"; UI_FAILED=1; }

# An unknown terminal type and no terminal at all: a clear message.
printf 'quit\n' > term.keys
LC_ALL=C.UTF-8 B2C_SCRIPT=term.keys B2C_SCRIPT_TERM=no-such-term "$B2C" \
    --lang en term.cfg 2> term.err && { echo "FAIL: unknown TERM accepted"; UI_FAILED=1; }
ui_grep term.err "unknown terminal type 'no-such-term'; try TERM=xterm-256color"
LC_ALL=C.UTF-8 "$B2C" --lang en term.cfg < /dev/null > /dev/null 2> tty.err &&
    { echo "FAIL: ran without a terminal"; UI_FAILED=1; }
ui_grep tty.err "the wizard needs a terminal"
[ ! -e term.cfg ] || { echo "FAIL: a file was written"; UI_FAILED=1; }

# A small partnership: only the housing organisation does Del 1.
printf 'key S-Tab\nkey Up\nkey Space\nkey F3\ndump-screen small-map\nkey Esc\nkey F10\nkey n\n' > small.keys
ui_run small.keys small.cfg || { echo "FAIL: small exit $?"; UI_FAILED=1; }
ui_grep small-map "Part 1 · Own priorities (Housing organisation)"
ui_nogrep small-map "(Company)"
ui_grep small-map "[ ] Part 2 · Concrete proposal"
ui_grep small-map "[ ] Part 2 · Agreement on one page"
ui_nogrep small-map "Shared priorities"

# No FILE: the picker lists the sessions directory, newest first.
cp "$B2C_DATADIR/demo.cfg" sessions/hedemarken.cfg
touch -d '2026-01-01 00:00' sessions/hedemarken.cfg
printf 'title = "Tom";\n' > sessions/old.cfg
touch -d '2025-01-01 00:00' sessions/old.cfg
printf 'dump-screen pick-list\nkey Enter\ndump-screen pick-opened\nkey F10\n' \
    > pick.keys
ui_run pick.keys || { echo "FAIL: picker exit $?"; UI_FAILED=1; }
ui_grep pick-list "[+] New session"
ui_grep pick-list "▸ Partnerskab mellem Bo-Vest og Nortec · Bo-Vest & Nortec"
ui_grep pick-list "Part 1 ✓  Part 2 ✓  Part 3 3 meetings  saved 20 November 2026 at 14:05 UTC"
[ "$(grep -n '^  old.cfg' pick-list | cut -d: -f1)" = 8 ] ||
    { echo "FAIL: sessions not listed newest first"; UI_FAILED=1; }
ui_grep pick-opened "Start · The partnership · 1/2"
ui_grep pick-opened "Partnerskab mellem Bo-Vest og Nortec"
# ... and says who has a session open.
ui_live_start sessions/hedemarken.cfg
ui_sync held
printf 'dump-screen pick-held\nkey F10\n' > held.keys
ui_run held.keys || { echo "FAIL: picker exit $?"; UI_FAILED=1; }
ui_grep pick-held "in use by $(id -un)@"
ui_live quit
ui_live_end
cat > picknew.keys <<'KEYS'
key Up
key Enter
type ../ud
key Enter
dump-screen pick-badname
key Backspace 5
type ny session
key Enter
dump-screen pick-new
key S-Tab
key End
type  på Ørnevej
key F10
key y
KEYS
ui_run picknew.keys || { echo "FAIL: picker exit $?"; UI_FAILED=1; }
ui_grep pick-badname "Invalid value"
# The name given is the title, and the file exists at once; the focus is
# on the first field still empty.
ui_grep pick-new "    ny session"
ui_nogrep pick-new "▸   ny session"
ui_grep pick-new " saved"
ui_grep "sessions/ny session.cfg" 'title = "ny session på Ørnevej";'
printf 'key Up\nkey Enter\ntype kort.cfg\nkey Enter\nkey F10\n' > pickquit.keys
ui_run pickquit.keys || { echo "FAIL: picker exit $?"; UI_FAILED=1; }
ui_grep sessions/kort.cfg 'title = "kort";'
# A name already taken is refused, not opened in place of a new one.
printf 'key Up\nkey Enter\ntype kort\nkey Enter\ndump-screen pick-taken\nkey Esc\nkey F10\n' > picktaken.keys
ui_run picktaken.keys || { echo "FAIL: picker exit $?"; UI_FAILED=1; }
ui_grep pick-taken "There is a session by that name"

# --demo: a private, writable copy of the demo session.
printf 'dump-screen demo-open\ntype  (prøve)\nkey F10\nkey y\n' > demo.keys
ui_run demo.keys --demo || { echo "FAIL: demo exit $?"; UI_FAILED=1; }
set -- sessions/demo-*.cfg
[ -f "$1" ] || { echo "FAIL: no demo copy in the sessions directory"; UI_FAILED=1; }
ui_grep "$1" '(prøve)";'
[ "$(stat -c %a "$1")" = 600 ] || { echo "FAIL: demo copy is not private"; UI_FAILED=1; }
cmp -s "$B2C_DATADIR/demo.cfg" sessions/hedemarken.cfg ||
    { echo "FAIL: the demo itself changed"; UI_FAILED=1; }

# --ascii: ASCII lines and marks (also chosen when the locale's character
# set is not UTF-8, which the program itself avoids when it can).
printf 'type Hedemarken æøå\ndump-screen ascii\nkey F10\nkey y\n' > ascii.keys
ui_run ascii.keys --ascii ascii.cfg || { echo "FAIL: ascii exit $?"; UI_FAILED=1; }
ui_grep ascii " Start - The partnership - 1/2"
ui_grep ascii "--------------------"
ui_grep ascii ">   Hedemarken æøå"
ui_nogrep ascii "─"
ui_grep ascii.cfg 'title = "Hedemarken æøå";'
ui_done
