#!/bin/sh
# Pasted text is text, never keys: the terminal's bracketed paste (the
# script's "paste") puts several lines into the one field it lands in,
# with line ends and tabs as spaces (newlines kept in a multi-line
# field); Enter, Tab, F-keys and Ctrl keys inside a paste move nothing
# and run nothing; control characters never get in; a paste whose end
# never comes ends at the next input timeout. The wizard switches the
# terminal's bracketed paste on at start and off on leaving and on a
# suspend (SIGTSTP), and on again after it.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup paste

# The user's report: three lines pasted into "Area or estate" stay there
# (the last line end, which ends a line copied whole, is dropped); the
# next fields keep what they had.
cat > start.keys <<'KEYS'
type Titel
key Tab
paste Linje ét\nLinje to\tmed tab\n
dump-screen start-pasted
dump-cursor start-cursor
key Tab
type Bo-Vest
save
quit
KEYS
B2C_SCRIPT_OUT=start.out ui_run start.keys start.cfg ||
    { echo "FAIL: start exit $?"; UI_FAILED=1; }
ui_grep start.cfg 'title = "Titel";'
ui_grep start.cfg 'area = "Linje ét Linje to med tab";'
ui_grep start.cfg 'name = "Bo-Vest";'
ui_grep start.cfg 'contact = "";'
ui_grep start-pasted '▸   Linje ét Linje to med tab'
# Still on the area field's line (row 11 from 0), after the text.
ui_grep start-cursor '11 29'
# Bracketed paste on first thing, off as the last thing.
first=$(LC_ALL=C grep -ao "$(printf '\033')\[?2004[hl]" start.out | head -n 1)
last=$(LC_ALL=C grep -ao "$(printf '\033')\[?2004[hl]" start.out | tail -n 1)
[ "$first" = "$(printf '\033[?2004h')" ] ||
    { echo "FAIL: bracketed paste not switched on first"; UI_FAILED=1; }
[ "$last" = "$(printf '\033[?2004l')" ] ||
    { echo "FAIL: bracketed paste not switched off at the end"; UI_FAILED=1; }

# Read-only: a paste is refused like typing, and nothing changes.
cp start.cfg ro.cfg
printf 'key Tab\npaste zzz\\nyyy\ndump-screen ro-pasted\nquit\n' > ro.keys
ui_run ro.keys -r ro.cfg || { echo "FAIL: read-only exit $?"; UI_FAILED=1; }
ui_grep ro-pasted 'This session is open read-only; nothing can be changed.'
ui_grep ro-pasted '▸   Linje ét Linje to med tab'
cmp -s start.cfg ro.cfg || { echo "FAIL: read-only session changed"; UI_FAILED=1; }

# CR LF is one line end, a lone CR one too; keys inside a paste are text
# or nothing: F10, Ctrl-X, Ctrl-S, PgDn, Esc do nothing, Tab and Enter are
# spaces. Control characters (Esc, BEL, the C1 CSI, DEL) are dropped.
cat > keys.keys <<'KEYS'
paste a\r\nb\rc\nd
key Tab
paste-begin
type A
key F10
type B
key C-x
key C-s
type C
key Tab
type D
key Enter
key PgDn
key Esc
key F1
type E
paste-end
dump-screen keys-pasted
key Tab
paste x\e[31my\x07z\x9bw\x7fv\x01
save
quit
KEYS
ui_run keys.keys keys.cfg || { echo "FAIL: keys exit $?"; UI_FAILED=1; }
ui_grep keys.cfg 'title = "a b c d";'
ui_grep keys.cfg 'area = "ABC D E";'
ui_grep keys.cfg 'name = "x[31myzwv";'
ui_grep keys-pasted 'Start · The partnership'
ui_nogrep keys-pasted 'Save changes before quitting'

# A paste goes in at the cursor, which ends up after it.
printf 'type 0123456789\nkey Left 5\npaste ab\\tc\ntype !\nsave\nquit\n' > mid.keys
ui_run mid.keys mid.cfg || { echo "FAIL: mid exit $?"; UI_FAILED=1; }
ui_grep mid.cfg 'title = "01234ab c!56789";'

# A multi-line field keeps the line ends (CR LF still one) and makes
# tabs spaces.
cat > area.keys <<'KEYS'
key PgDn
key PgDn
paste one\r\ntwo\tthree\n\nfour
save
quit
KEYS
ui_run area.keys area.cfg || { echo "FAIL: area exit $?"; UI_FAILED=1; }
ui_grep area.cfg 'challenges = "one\ntwo three\n\nfour";'

# A paste into a choice (the partnership's size) changes nothing, even
# "1" that typed would choose the first.
cat > choice.keys <<'KEYS'
key Tab 8
paste 1\n
dump-screen choice-pasted
save
quit
KEYS
ui_run choice.keys choice.cfg || { echo "FAIL: choice exit $?"; UI_FAILED=1; }
ui_grep choice-pasted '▸   (•) Large partnership'
ui_grep choice.cfg 'partnership = "large";'

# The end of the paste never comes (a terminal bug): a timeout ends it,
# and Tab is a key again.
cat > unended.keys <<'KEYS'
paste-begin
type abc
key Tab
type def
tick
key Tab
type ghi
save
quit
KEYS
ui_run unended.keys unended.cfg || { echo "FAIL: unended exit $?"; UI_FAILED=1; }
ui_grep unended.cfg 'title = "abc def";'
ui_grep unended.cfg 'area = "ghi";'

# A paste longer than 65536 characters is cut, and the wizard says so;
# the rest of it is still not keys.
cat > long.keys <<'KEYS'
paste-begin
key x 65600
key Tab
type y
paste-end
dump-screen long-cut
key Tab
type next
save
quit
KEYS
ui_run long.keys long.cfg || { echo "FAIL: long exit $?"; UI_FAILED=1; }
n=$(sed -n 's/^title = "\(x*\)";$/\1/p' long.cfg | tr -d '\n' | wc -c)
[ "$n" -eq 65536 ] || { echo "FAIL: $n characters kept of the long paste"; UI_FAILED=1; }
ui_grep long.cfg 'area = "next";'
ui_grep long-cut "Only the first 65536 characters of the paste were taken"

# A file name pasted with its line end (a space in a one-line field)
# names the file without it: a new session in the picker, and the CSV
# file of the import dialog.
printf 'key Enter\npaste Møde\\n\nkey Enter\nsave\nquit\n' > picker.keys
ui_run picker.keys || { echo "FAIL: picker exit $?"; UI_FAILED=1; }
[ -f sessions/Møde.cfg ] ||
    { echo "FAIL: no sessions/Møde.cfg:" sessions/*; UI_FAILED=1; }
cp "$top_srcdir/tests/data/responses/demo-year2.csv" .
cp "$B2C_DATADIR/demo.cfg" imp.cfg
cat > imp.keys <<'KEYS'
key F3
key End
key Up 3
key Enter
key F9
paste demo-year2.csv\r\n
key Enter
dump-screen imp-pasted
key Esc
quit
key n
KEYS
ui_run imp.keys imp.cfg || { echo "FAIL: import exit $?"; UI_FAILED=1; }
ui_grep imp-pasted '5 respondents imported into'

# A suspend (SIGTSTP) gives the shell a terminal without bracketed paste
# and switches it on again on the way back.
B2C_SCRIPT_OUT=tstp.out
export B2C_SCRIPT_OUT
ui_live_start tstp.cfg
unset B2C_SCRIPT_OUT
ui_sync tstp-open
# The wizard is timeout's child (b2c execs it, valgrind too).
pid=$(pgrep -P "$UI_LIVE_PID" | head -n 1)
kill -TSTP "$pid"
# Stopped, or on again at once where the stop is discarded (a process
# group without a shell to continue it).
n=0
until [ "$(ps -o stat= -p "$pid" | cut -c1)" = T ] ||
    [ "$(LC_ALL=C grep -ao "$(printf '\033')\[?2004h" tstp.out | wc -l)" -ge 2 ] ||
    [ $n -ge 200 ]; do
	sleep 0.05
	n=$((n + 1))
done
kill -CONT "$pid"
ui_live "paste after\tsuspend"
ui_sync tstp-back
ui_live "save" "quit"
ui_live_end
ui_grep tstp.cfg 'title = "after suspend";'
seq=$(LC_ALL=C grep -ao "$(printf '\033')\[?2004[hl]" tstp.out | tr -d '\033[?' | tr '\n' ' ')
[ "$seq" = "2004h 2004l 2004h 2004l " ] ||
    { echo "FAIL: paste mode around the suspend: $seq"; UI_FAILED=1; }
ui_done
