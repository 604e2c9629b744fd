# Shared by the headless UI tests: run b2c on a key script (B2C_SCRIPT)
# with curses writing to /dev/null, then compare screen dumps and the
# saved session with expected files. Sourced by each tests/ui/*.sh.
set -u

: "${B2C:?}" "${top_srcdir:?}" "${B2C_TEST_TMP:?}"
UI_EXPECTED="$top_srcdir/tests/ui/expected"
UI_FAILED=0

# ui_setup NAME: a fresh scratch directory, made the current one.
ui_setup() {
	UI_DIR="$B2C_TEST_TMP/ui-$1"
	rm -rf "$UI_DIR"
	mkdir -p "$UI_DIR/sessions"
	cd "$UI_DIR" || exit 99
	B2C_SESSIONS="$UI_DIR/sessions"
	export B2C_SESSIONS
	# This test's own recovery journals, gone with its directory. Where
	# a session was left is not remembered (its file cannot be made, a
	# folder is in the way), so reopening a session in a test starts at
	# the first step as the expected screens do; tests/ui/resume.sh tests
	# remembering with a state directory of its own.
	XDG_STATE_HOME="$UI_DIR/state"
	export XDG_STATE_HOME
	mkdir -p "$XDG_STATE_HOME/b2c/resume"
}

# ui_run SCRIPT ARGS...: runs the wizard headless with English screens.
ui_run() {
	_script=$1
	shift
	LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en NO_COLOR=1 \
	    B2C_SCRIPT="$_script" B2C_SCRIPT_TERM=xterm-256color \
	    timeout 60 "$B2C" --lang en "$@"
}

# ui_expect NAME: compares the dump NAME with expected/NAME.
ui_expect() {
	if ! diff -u "$UI_EXPECTED/$1" "$1"; then
		echo "FAIL: screen $1 differs from expected"
		UI_FAILED=1
	fi
}

# ui_grep FILE TEXT: FILE must hold the line fragment TEXT.
ui_grep() {
	if ! grep -qF -- "$2" "$1"; then
		echo "FAIL: $1 does not hold: $2"
		UI_FAILED=1
	fi
}

# ui_nogrep FILE TEXT: FILE must not hold TEXT.
ui_nogrep() {
	if grep -qF -- "$2" "$1"; then
		echo "FAIL: $1 holds: $2"
		UI_FAILED=1
	fi
}

ui_done() {
	exit "$UI_FAILED"
}

# A wizard driven through a FIFO, for tests that act between keys (other
# processes, signals, changes on disk). ui_live_start FILE ARGS... starts
# it in the background; ui_live LINE... sends script lines; ui_sync NAME
# waits until everything sent so far has been handled.
ui_live_start() {
	rm -f live.fifo
	mkfifo live.fifo || exit 99
	LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=en NO_COLOR=1 \
	    B2C_SCRIPT=live.fifo B2C_SCRIPT_TERM=xterm-256color \
	    timeout 60 "$B2C" --lang en "$@" &
	UI_LIVE_PID=$!
	exec 3>live.fifo
}

ui_live() {
	for _l in "$@"; do
		printf '%s\n' "$_l" >&3
	done
}

ui_sync() {
	ui_live "dump-screen $1"
	_n=0
	while [ ! -s "$1" ] && [ $_n -lt 200 ]; do
		sleep 0.05
		_n=$((_n + 1))
	done
	[ -s "$1" ] || { echo "FAIL: the wizard did not reach $1"; UI_FAILED=1; }
}

# ui_live_end: closes the script and waits; returns the exit status.
ui_live_end() {
	exec 3>&-
	wait "$UI_LIVE_PID"
}

# ui_run_da SCRIPT ARGS...: the same with Danish screens, from the test
# catalogue (B2C_LOCALEDIR).
ui_run_da() {
	_script=$1
	shift
	LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=da NO_COLOR=1 \
	    B2C_SCRIPT="$_script" B2C_SCRIPT_TERM=xterm-256color \
	    timeout 60 "$B2C" --lang da "$@"
}
