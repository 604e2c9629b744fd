#!/bin/sh
# Coming back, in tmux: a user leaves the demo at the annual wheel's third
# row and quits; reopening (through another name of the same file) offers
# that place and names what is due; y goes there, n stays at the start.
# Where the user was is kept in their XDG state directory, not in the
# session file. Another user (another state directory) starts at the top.
# Needs tmux.
set -u
: "${B2C:?}" "${B2C_TEST_TMP:?}"
command -v tmux >/dev/null 2>&1 || { echo "FAIL: tmux is needed (Debian package tmux)"; exit 99; }
T="$B2C_TEST_TMP/ui-resume.$$"
rm -rf "$T"
mkdir -p "$T/s"
N=0
SOCK="b2cresume-$$-$N"
FAILED=0
tm() {
	tmux -L "$SOCK" -f /dev/null "$@"
}
# Only the servers this test started are ever killed: one per opening.
trap 'for i in 1 2 3 4; do tmux -L "b2cresume-$$-$i" kill-server \
    2>/dev/null; done' EXIT
trap 'exit 1' INT TERM HUP

# wait_for TEXT: polls the pane until it shows TEXT (20 s at most).
wait_for() {
	_n=0
	while [ $_n -lt 400 ]; do
		if tm capture-pane -p -t r 2>/dev/null | grep -qF -- "$1"; then
			return 0
		fi
		sleep 0.05
		_n=$((_n + 1))
	done
	echo "FAIL: the screen never showed: $1"
	tm capture-pane -p -t r 2>/dev/null
	FAILED=1
	return 1
}

# open STATE FILE: the wizard in a new tmux server, as a user whose
# state directory is STATE.
open() {
	tm kill-server 2>/dev/null
	N=$((N + 1))
	SOCK="b2cresume-$$-$N"
	LANG=C.UTF-8 tm new-session -d -s r -x 100 -y 30 \
		"env XDG_STATE_HOME='$1' '$B2C' --lang en '$2'; echo WIZARD-ENDED; cat"
}

cp "$B2C_DATADIR/demo.cfg" "$T/s/demo.cfg"
ln -s s "$T/link"
state="$T/anna"

open "$state" "$T/s/demo.cfg"
wait_for "Start · The partnership" || exit 1
tm send-keys -t r F3
wait_for "Overview of all steps"
i=0
while [ $i -lt 17 ]; do
	tm send-keys -t r Down
	i=$((i + 1))
done
tm send-keys -t r Enter
wait_for "Part 2 · Annual wheel"
tm send-keys -t r Down Down
tm send-keys -t r F10
wait_for "WIZARD-ENDED"
[ -f "$state/b2c/resume" ] || { echo "FAIL: nothing kept in $state/b2c"; FAILED=1; }
grep -q 'part2.wheel' "$T/s/demo.cfg" &&
	{ echo "FAIL: the place was written into the session"; FAILED=1; }
cmp -s "$B2C_DATADIR/demo.cfg" "$T/s/demo.cfg" ||
	{ echo "FAIL: the session file changed"; FAILED=1; }

# Through the link: the same file, so the same place; what is due is
# named (the demo's missed meeting of 24 November 2026 stays late for a
# year, and the open house was postponed: late items come first).
open "$state" "$T/link/demo.cfg"
wait_for "Continue where you left off, at Part 2 · Annual wheel? (y/n)"
tm capture-pane -p -t r | grep -q 'Due: .*postponed: Åbent hus' || {
	echo "FAIL: what is due is not named:"
	tm capture-pane -p -t r
	FAILED=1
}
tm send-keys -t r y
wait_for "Part 2 · Annual wheel · 6/9"
# The third row has the focus mark.
tm capture-pane -p -t r | grep -q '^▸ *<March>' || {
	echo "FAIL: the focus is not on the third row:"
	tm capture-pane -p -t r
	FAILED=1
}
tm send-keys -t r F10
wait_for "WIZARD-ENDED"

# n: stays at the start.
open "$state" "$T/s/demo.cfg"
wait_for "Continue where you left off"
tm send-keys -t r n
_n=0
while tm capture-pane -p -t r | grep -q 'Continue where' && [ $_n -lt 400 ]; do
	sleep 0.05
	_n=$((_n + 1))
done
tm capture-pane -p -t r | head -1 | grep -q 'Start · The partnership' || {
	echo "FAIL: n did not stay at the start:"
	tm capture-pane -p -t r
	FAILED=1
}
tm send-keys -t r F10
wait_for "WIZARD-ENDED"

# Another user has no place kept: no question, the start.
open "$T/bo" "$T/s/demo.cfg"
wait_for "Start · The partnership"
tm capture-pane -p -t r | grep -q 'Continue where' &&
	{ echo "FAIL: another user was offered anna's place"; FAILED=1; }
tm send-keys -t r F10
wait_for "WIZARD-ENDED"

rm -rf "$T"
exit $FAILED
