# Shared by the line mode's tests (tests/line/*.sh): a scratch directory,
# the program run in the line mode, and checks of files and output.
set -u

: "${B2C:?}" "${top_srcdir:?}" "${B2C_TEST_TMP:?}"
LINE_FAILED=0

# line_setup NAME: a fresh scratch directory, made the current one.
line_setup() {
	LINE_DIR="$B2C_TEST_TMP/line-$1"
	rm -rf "$LINE_DIR"
	mkdir -p "$LINE_DIR/sessions"
	cd "$LINE_DIR" || exit 99
	B2C_SESSIONS="$LINE_DIR/sessions"
	export B2C_SESSIONS
}

# line_run LANG ARGS...: b2c in the line mode with the interface in LANG,
# answers on standard input, whatever the terminal of the caller.
line_run() {
	_lang=$1
	shift
	LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=$_lang TERM=dumb \
	    timeout 60 "$B2C" --lang "$_lang" --line "$@"
}

# line_has FILE TEXT: FILE must hold a line equal to TEXT, blanks around
# it aside (a field of a session file is one line).
line_has() {
	if ! sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' "$1" |
	    grep -qxF -- "$2"; then
		echo "FAIL: $1 has no line: $2"
		LINE_FAILED=1
	fi
}

# line_grep FILE TEXT: FILE must hold the fragment TEXT.
line_grep() {
	if ! grep -qF -- "$2" "$1"; then
		echo "FAIL: $1 does not hold: $2"
		LINE_FAILED=1
	fi
}

line_nogrep() {
	if grep -qF -- "$2" "$1"; then
		echo "FAIL: $1 holds: $2"
		LINE_FAILED=1
	fi
}

# line_no_escape FILE: not one byte 0x1b (ESC) in FILE.
line_no_escape() {
	if od -An -tx1 -v "$1" | tr ' ' '\n' | grep -qx 1b; then
		echo "FAIL: $1 holds an escape character"
		LINE_FAILED=1
	fi
}

line_done() {
	exit "$LINE_FAILED"
}
