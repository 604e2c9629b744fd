#!/bin/sh
# The line mode shares sessions as the wizard does: it starts by itself
# where TERM is dumb or not set, takes the lock (a second b2c opens the
# session read-only and says who has it), saves on a terminating signal,
# and never overwrites a file someone else changed meanwhile: at the end
# of the input it keeps the session beside it as FILE.save instead.
. "$top_srcdir/tests/line/lib.sh"
line_setup lock

# wait_for FILE TEXT: until FILE holds TEXT (b2c answers in its own time).
wait_for() {
	_n=0
	while ! grep -qF -- "$2" "$1" 2>/dev/null; do
		_n=$((_n + 1))
		if [ $_n -gt 600 ]; then
			echo "FAIL: $1 never showed: $2"
			LINE_FAILED=1
			return 1
		fi
		sleep 0.1
	done
}

# No TERM, or a dumb one: the line mode, without being asked.
printf 'Uden terminal\n/quit\n' | env -u TERM LC_ALL=C.UTF-8 LANGUAGE=en \
    "$B2C" --lang en auto.cfg > auto.txt 2>&1 ||
    { echo "FAIL: no TERM: exit $?"; cat auto.txt; LINE_FAILED=1; }
line_has auto.cfg 'title = "Uden terminal";'
printf '\nDum terminal\n/quit\n' | TERM=dumb LC_ALL=C.UTF-8 LANGUAGE=en \
    "$B2C" --lang en auto.cfg > dumb.txt 2>&1 ||
    { echo "FAIL: TERM=dumb: exit $?"; cat dumb.txt; LINE_FAILED=1; }
line_has auto.cfg 'area = "Dum terminal";'
line_grep dumb.txt "   Now: Uden terminal"

# bg_run OUT: b2c in the background on held.cfg, answers from the FIFO
# (not under timeout(1), so that a signal reaches b2c itself).
bg_run() {
	LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en TERM=dumb \
	    "$B2C" --lang en --line held.cfg < answers.fifo > "$1" 2>&1 &
	pid=$!
}

# One b2c holds the session, answering from a FIFO.
rm -f answers.fifo
mkfifo answers.fifo || exit 99
bg_run held.txt
exec 3> answers.fifo
wait_for held.txt "[1/9] Session title"
printf 'Hedemarken\n' >&3
wait_for held.txt "[2/9] Area or estate"
[ -e held.cfg.lock ] || { echo "FAIL: no lock while editing"; LINE_FAILED=1; }
# ... so a second one may only look.
printf '/quit\n' | line_run en held.cfg > second.txt 2>&1
line_grep second.txt "Opened read-only: the session is in use by $(id -un)@"
# A terminating signal saves the answers given, and lets the lock go.
kill -TERM $pid
wait $pid
status=$?
exec 3>&-
[ "$status" = 0 ] || { echo "FAIL: after SIGTERM: exit $status"; LINE_FAILED=1; }
line_has held.cfg 'title = "Hedemarken";'
[ ! -e held.cfg.lock ] || { echo "FAIL: the lock was left behind"; LINE_FAILED=1; }

# Someone else saves the session meanwhile: never overwritten unasked.
bg_run conflict.txt
exec 3> answers.fifo
wait_for conflict.txt "[1/9] Session title"
printf 'Mit navn\n' >&3
wait_for conflict.txt "[2/9] Area or estate"
sed 's/^area = "";/area = "Andens område";/' held.cfg > other.tmp
mv other.tmp held.cfg
printf '/next\n' >&3
wait_for conflict.txt "Not saved: the file was changed on disk"
exec 3>&-
wait $pid
status=$?
[ "$status" = 1 ] || { echo "FAIL: a conflict at the end: exit $status, want 1"; LINE_FAILED=1; }
line_has held.cfg 'area = "Andens område";'
line_has held.cfg 'title = "Hedemarken";'
line_has held.cfg.save 'title = "Mit navn";'
line_grep conflict.txt "The session was saved to held.cfg.save instead."
[ ! -e held.cfg.lock ] || { echo "FAIL: the lock was left behind"; LINE_FAILED=1; }
line_done
