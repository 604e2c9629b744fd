#!/bin/sh
# The line mode by hand at a terminal (a pseudo-terminal): answers are
# typed, corrected with Backspace and the arrow keys, taken again from
# the history; a terminal that understands escape sequences still gets
# none; Ctrl-C saves what was typed and leaves.
. "$top_srcdir/tests/line/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "FAIL: python3 is needed"; exit 99; }
line_setup pty
PTY="$top_srcdir/tests/line/terminal.py"

# pty_run OUT LANG ARGS... < SCRIPT
pty_run() {
	_out=$1 _lang=$2
	shift 2
	LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=$_lang TERM=xterm-256color \
	    timeout 120 python3 "$PTY" "$_out" "$B2C" --lang "$_lang" --line "$@"
}

# Backspace (DEL), Left and Right, Ctrl-A (start of line), Up (the
# answer before) and Ctrl-P.
pty_run en.txt en by-hand.cfg <<'SCRIPT'
expect [1/9] Session title
expect > 
send Hedemarken 2027\r
expect [2/9] Area or estate
expect > 
send Hedemarkx\x7fen\r
expect [3/9] Housing organisation
expect > 
send Bo-Vst\e[D\e[De\e[C\e[C\r
expect [4/9] Contact person (housing)
expect > 
send \e[A\x01Mette, \r
expect [5/9] Role (housing)
expect > 
send /map
send \r
expect Overview of all steps
expect [5/9] Role (housing)
expect > 
send Koordinator\r
expect [6/9] Company
expect > 
send /quit\r
expect Saved.
SCRIPT
status=$?
[ "$status" = 0 ] || { echo "FAIL: by hand: exit status $status"; LINE_FAILED=1; }
line_no_escape en.txt
line_has by-hand.cfg 'title = "Hedemarken 2027";'
line_has by-hand.cfg 'area = "Hedemarken";'
line_has by-hand.cfg 'name = "Bo-Vest";'
line_has by-hand.cfg 'contact = "Mette, Bo-Vest";'
line_has by-hand.cfg 'role = "Koordinator";'
[ ! -e by-hand.cfg.lock ] || { echo "FAIL: the lock was left behind"; LINE_FAILED=1; }

# In Danish, with Danish letters; Ctrl-C while a question waits saves the
# answers given so far and leaves.
pty_run da.txt da by-hand.cfg <<'SCRIPT'
expect [1/9] Sessionens titel
expect > 
send \r
expect [2/9] Område eller afdeling
expect > 
send Hedemarken i Albertslund\r
expect [3/9] Boligorganisation
expect > 
send \r
expect [4/9]
expect > 
send \r
expect [5/9]
expect > 
send Boligsocial koordinator på Ørnevej\r
expect [6/9] Virksomhed
expect > 
send \x03
SCRIPT
status=$?
[ "$status" = 0 ] || { echo "FAIL: Ctrl-C: exit status $status"; LINE_FAILED=1; }
line_no_escape da.txt
line_grep da.txt "   Nu: Hedemarken 2027"
line_has by-hand.cfg 'area = "Hedemarken i Albertslund";'
line_has by-hand.cfg 'role = "Boligsocial koordinator på Ørnevej";'
line_has by-hand.cfg 'title = "Hedemarken 2027";'
[ ! -e by-hand.cfg.lock ] || { echo "FAIL: the lock was left behind"; LINE_FAILED=1; }
line_done
