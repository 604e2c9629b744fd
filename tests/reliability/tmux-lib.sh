# Helpers for the terminal tests: a private tmux server per test (its own
# socket, no user configuration, killed on exit: nothing else is touched),
# and waiting for text instead of sleeping a fixed time, so the tests stay
# robust on a loaded machine. Sourced; fails without tmux.

command -v tmux >/dev/null 2>&1 || { echo "FAIL: tmux is needed (Debian package tmux)"; exit 99; }
: "${B2C:?}" "${B2C_TEST_TMP:?}"
if [ -n "${B2C_VALGRIND:-}" ]; then
	# Under valgrind a terminal test still runs, with the program itself:
	# its timing is the terminal's, and memory is checked by the others.
	B2C="$top_builddir/b2c"
	B2C_WIZARD="$top_builddir/b2c-wizard"
	export B2C B2C_WIZARD
fi

TM_SOCK="b2c-rel-$(basename "$0" .sh)-$$"
# This test's own recovery journals: none left by an earlier run.
XDG_STATE_HOME="$B2C_TEST_TMP/state-$(basename "$0" .sh)"
rm -rf "$XDG_STATE_HOME"
export XDG_STATE_HOME
# Nothing remembered between openings (tests/ui/lib.sh says why).
mkdir -p "$XDG_STATE_HOME/b2c/resume"
TM_FAILED=0
tm() { tmux -L "$TM_SOCK" -f /dev/null "$@"; }
trap 'tm kill-server 2>/dev/null' EXIT
# A signal (a closed pipe, a make interrupted) would skip the EXIT trap.
trap 'tm kill-server 2>/dev/null; exit 1' HUP INT TERM PIPE

tm_fail() {
	echo "FAIL: $*"
	TM_FAILED=1
}

# tm_start NAME W H FILE [ARGS]: b2c on FILE in window NAME of W x H (the
# first window sets the size; later ones share it, since a resize would
# dismiss the notice a test is waiting for). The
# shell around it reports the exit status and whether the terminal modes
# came back (canonical input and echo), then waits to be killed.
tm_start() {
	_name=$1 _w=$2 _h=$3
	shift 3
	_cmd="'$B2C' --lang en"
	for _a in "$@"; do
		_cmd="$_cmd '$_a'"
	done
	_cmd="$_cmd; echo \"EXIT=\$?\"; stty -a | tr ' ;' '\\n\\n' |
	    grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' ';
	    echo; echo DONE; exec sleep 300"
	_env="env LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en TERM=tmux-256color"
	_env="$_env B2C_SESSIONS='$B2C_TEST_TMP'"
	if tm has-session 2>/dev/null; then
		tm new-window -d -n "$_name" "$_env sh -c \"$_cmd\""
	else
		tm new-session -d -s rel -n "$_name" -x "$_w" -y "$_h" \
		    "$_env sh -c \"$_cmd\""
	fi || { echo "FAIL: tmux cannot start a session here"; exit 99; }
}

tm_screen() { tm capture-pane -p -t "rel:$1" 2>/dev/null; }

# tm_wait NAME TEXT [SECONDS]: until window NAME shows TEXT. Lines are
# joined and runs of blanks squeezed, so a message wrapped at a long path
# or host name still matches.
tm_wait() {
	_i=0
	_limit=$(( ${3:-20} * 20 ))
	while [ "$_i" -lt "$_limit" ]; do
		tm_screen "$1" | tr '\n' ' ' | tr -s ' ' | grep -qF -- "$2" &&
		    return 0
		sleep 0.05
		_i=$((_i + 1))
	done
	tm_fail "window $1 never showed \"$2\"; it shows:"
	tm_screen "$1"
	return 1
}

# tm_pid NAME: the pid of b2c in window NAME (the child of its shell).
tm_pid() {
	_shell=$(tm display-message -p -t "rel:$1" '#{pane_pid}')
	_i=0
	while [ "$_i" -lt 100 ]; do
		_pid=$(pgrep -P "$_shell" 2>/dev/null | head -1)
		[ -n "$_pid" ] && { echo "$_pid"; return 0; }
		sleep 0.05
		_i=$((_i + 1))
	done
	return 1
}

# tm_restored NAME: b2c has exited and left the terminal as it found it.
tm_restored() {
	tm_wait "$1" DONE || return 1
	tm_screen "$1" | grep -q '^icanon echo' ||
	    tm_fail "window $1: terminal modes not restored:
$(tm_screen "$1" | tail -3)"
	[ "$(tm display-message -p -t "rel:$1" '#{alternate_on}')" = 0 ] ||
	    tm_fail "window $1: still on the alternate screen"
	[ "$(tm display-message -p -t "rel:$1" '#{cursor_flag}')" = 1 ] ||
	    tm_fail "window $1: cursor left hidden"
}

# tm_exit NAME: the exit status b2c reported.
tm_exit() { tm_screen "$1" | sed -n 's/^EXIT=//p' | head -1; }

# file_has FILE TEXT: FILE holds TEXT.
file_has() {
	grep -qF -- "$2" "$1" 2>/dev/null || tm_fail "$1 does not hold: $2"
}
