#!/bin/sh
# The real terminal path, in tmux: 80x24, type Danish text, resize to
# 100x30, to 60x20 and back, save with Ctrl-S, quit with Ctrl-X; the saved
# file holds every character typed. Then a hangup (the terminal closes)
# right after typing saves too. Needs tmux.
set -u
: "${B2C:?}" "${B2C_TEST_TMP:?}"
command -v tmux >/dev/null 2>&1 || { echo "FAIL: tmux is needed (Debian package tmux)"; exit 99; }

T="$B2C_TEST_TMP/ui-tmux"
rm -rf "$T"
mkdir -p "$T"
# A state directory of its own: journals and places left by tests running
# beside this one must not change what the program offers here.
XDG_STATE_HOME="$T/state"
export XDG_STATE_HOME
mkdir -p "$XDG_STATE_HOME/b2c/resume"
SOCK="b2ctest-$$"
FAILED=0
tm() {
	tmux -L "$SOCK" -f /dev/null "$@"
}
# Only the servers this test started are ever killed.
trap 'tmux -L "b2ctest-$$" kill-server 2>/dev/null;
    tmux -L "b2ctest-$$-hup" kill-server 2>/dev/null;
    rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/b2ctest-$$" \
        "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/b2ctest-$$-hup"' EXIT
trap 'exit 1' INT TERM HUP

# wait_for TEXT: polls the pane until it shows TEXT (10 s at most).
wait_for() {
	_n=0
	while [ $_n -lt 200 ]; do
		if tm capture-pane -p -t smoke 2>/dev/null | grep -qF -- "$1"; then
			return 0
		fi
		sleep 0.05
		_n=$((_n + 1))
	done
	echo "FAIL: the screen never showed: $1"
	tm capture-pane -p -t smoke 2>/dev/null
	FAILED=1
	return 1
}

size_is() {
	[ "$(tm display -p -t smoke '#{window_width}x#{window_height}')" = "$1" ] ||
	    { echo "FAIL: window is not $1"; FAILED=1; }
}

tm new-session -d -s smoke -x 80 -y 24 \
    "env LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en TERM=tmux-256color \
    B2C_SESSIONS='$T' '$B2C' --lang en '$T/smoke.cfg'; sleep 30" ||
    { echo "FAIL: tmux cannot start a session here"; exit 99; }
wait_for "Session title" || exit 1
tm send-keys -t smoke -l "Hedemarken æøå é 漢"
wait_for "Hedemarken æøå é 漢"
tm send-keys -t smoke Tab
tm send-keys -t smoke -l "Albertslund ÆØÅ"
wait_for "Albertslund ÆØÅ"

tm resize-window -t smoke -x 100 -y 30
size_is 100x30
wait_for "PgDn/^N Next  PgUp/^P Previous  F10/^X Quit"
tm send-keys -t smoke -l " bred"
wait_for "Albertslund ÆØÅ bred"

tm resize-window -t smoke -x 60 -y 20
size_is 60x20
wait_for "F1/^G Help  F2/^S Save  PgDn/^N Next  F10/^X Quit"
tm send-keys -t smoke -l " smal"
wait_for "Albertslund ÆØÅ bred smal"

tm resize-window -t smoke -x 80 -y 24
size_is 80x24
wait_for "F1/^G Help  F2/^S Save  F3/^T Overview  PgDn/^N Next  F10/^X Quit"
wait_for "Hedemarken æøå é 漢"
tm send-keys -t smoke C-s
wait_for "Saved."
tm send-keys -t smoke -l "!"
tm send-keys -t smoke C-x
wait_for "Save changes before quitting?"
tm send-keys -t smoke y
# The program has ended when its pane shows the shell's sleep (no title).
_n=0
while tm capture-pane -p -t smoke | grep -qF "Session title" && [ $_n -lt 200 ]; do
	sleep 0.05
	_n=$((_n + 1))
done

grep -qF 'title = "Hedemarken æøå é 漢";' "$T/smoke.cfg" ||
    { echo "FAIL: title not saved"; FAILED=1; }
grep -qF 'area = "Albertslund ÆØÅ bred smal!";' "$T/smoke.cfg" ||
    { echo "FAIL: area not saved"; cat "$T/smoke.cfg"; FAILED=1; }
[ ! -e "$T/smoke.cfg.lock" ] || { echo "FAIL: lock left behind"; FAILED=1; }

# An SSH drop: the terminal goes away (tmux sends SIGHUP) right after
# typing; the text is saved and the lock released.
tm kill-server 2>/dev/null
SOCK="b2ctest-$$-hup"
tm new-session -d -s smoke -x 80 -y 24 \
    "env LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en TERM=tmux-256color \
    B2C_SESSIONS='$T' '$B2C' --lang en '$T/hup.cfg'" ||
    { echo "FAIL: tmux did not start again"; exit 1; }
wait_for "Session title" || exit 1
tm send-keys -t smoke -l "Forbindelsen røg 漢"
wait_for "Forbindelsen røg 漢"
tm kill-session -t smoke
_n=0
while [ ! -f "$T/hup.cfg" ] || [ -e "$T/hup.cfg.lock" ]; do
	[ $_n -lt 100 ] || break
	sleep 0.05
	_n=$((_n + 1))
done
grep -qF 'title = "Forbindelsen røg 漢";' "$T/hup.cfg" 2>/dev/null ||
    { echo "FAIL: nothing saved on hangup"; FAILED=1; }
[ ! -e "$T/hup.cfg.lock" ] || { echo "FAIL: lock left after hangup"; FAILED=1; }
exit $FAILED
