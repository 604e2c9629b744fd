#!/bin/sh
# A merge conflict in the wizard, in a real terminal (tmux, 80x24), in
# English and in Danish. Two clones set up with b2c init-git each give
# the session a title; git merges them with b2c merge and reports the
# conflict. The wizard shows the conflict at the title field, with our
# title in place and theirs beside it, and marks the step in the step
# map; choosing theirs puts it in, and the saved file has no conflicts
# left, reads with b2c check, and git takes it as the merge's result.
set -u
: "${B2C:?}" "${B2C_TEST_TMP:?}" "${B2C_DATADIR:?}"
command -v tmux >/dev/null 2>&1 || { echo "FAIL: tmux is needed (Debian package tmux)"; exit 99; }
command -v git >/dev/null || { echo "FAIL: git is needed"; exit 99; }

T="$B2C_TEST_TMP/tmux-conflict.$$"
rm -rf "$T"
mkdir -p "$T/home"
# A state directory of its own: journals and places left by tests running
# beside this one must not change what the program offers here.
XDG_STATE_HOME="$T/state"
export XDG_STATE_HOME
mkdir -p "$XDG_STATE_HOME/b2c/resume"
SOCK="b2cconflict-$$"
FAILED=0
fail() {
	echo "FAIL: $*"
	FAILED=1
}
tm() {
	tmux -L "$SOCK" -f /dev/null "$@"
}
# Only the server this test started is ever killed.
trap 'tmux -L "b2cconflict-$$" kill-server 2>/dev/null;
    rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/b2cconflict-$$"' EXIT
trap 'exit 1' INT TERM HUP
GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_CONFIG_GLOBAL GIT_CONFIG_NOSYSTEM

# wait_for TEXT: polls the pane until it shows TEXT (60 s at most: a
# limit for a hung program; a loaded machine can be slow).
wait_for() {
	_n=0
	while [ $_n -lt 1200 ]; do
		if tm capture-pane -p -t w 2>/dev/null | grep -qF -- "$1"; then
			return 0
		fi
		sleep 0.05
		_n=$((_n + 1))
	done
	fail "the screen never showed: $1"
	tm capture-pane -p -t w 2>/dev/null
	return 1
}

# conflicted DIR: a clone DIR whose session is in a merge git reports
# as conflicted: the title "Bos titel" here, "Annas titel" in the other.
conflicted() {
	d="$T/$1"
	git init -q "$d.origin" && cd "$d.origin" || exit 99
	git config user.email t@example.org
	git config user.name Test
	"$B2C" init-git . >/dev/null || fail "init-git"
	cp "$B2C_DATADIR/demo.cfg" s.cfg
	git add .gitattributes s.cfg && git commit -qm base || exit 99
	git branch -M main
	git checkout -qb anna
	sed 's/^title = .*/title = "Annas titel";/' s.cfg >t && mv t s.cfg
	git commit -qam anna || exit 99
	git checkout -q main
	git clone -q "$d.origin" "$d" && cd "$d" || exit 99
	git config user.email bo@example.org
	git config user.name Bo
	"$B2C" init-git . >/dev/null || fail "init-git in the clone"
	sed 's/^title = .*/title = "Bos titel";/' s.cfg >t && mv t s.cfg
	git commit -qam bo || exit 99
	git pull -q --no-rebase origin anna >/dev/null 2>&1 &&
		fail "$1: git merged the titles"
	git status --porcelain s.cfg | grep -q '^UU' ||
		fail "$1: git reports no conflict"
	"$B2C" check s.cfg 2>/dev/null && fail "$1: check finds no conflict"
}

# decide DIR LANG ...: opens the session in the wizard, in LANG; the
# texts to wait for follow: the conflict line, the step map's mark, the
# question, the word after choosing, "saved".
decide() {
	d="$T/$1"
	tm new-session -d -s w -x 80 -y 24 \
	    "env LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= TERM=tmux-256color \
	    HOME='$T/home' B2C_LOCALEDIR='${B2C_LOCALEDIR:-}' \
	    '$B2C' --lang $2 '$d/s.cfg'; sleep 30" ||
	    { echo "FAIL: tmux cannot start a session here"; exit 99; }
	wait_for "$3" || return 1
	# Ours in place, in the title field; the line under it, focused.
	tm capture-pane -p -t w | grep -A1 '^    Bos titel *$' |
	    grep -F -- "$3" | grep -q '^▸' ||
	    fail "$1: the conflict is not under the title, focused"
	tm send-keys -t w F3
	wait_for "$4 *  $5"
	tm send-keys -t w Escape
	wait_for "$3"
	# the step opens on its conflict: Enter asks at once
	tm send-keys -t w Enter
	wait_for "$6"
	tm send-keys -t w 2
	wait_for "$7"
	tm capture-pane -p -t w | grep -q '^▸   Annas titel *$' ||
	    fail "$1: the title field does not hold theirs"
	tm capture-pane -p -t w | grep -qF '! ' && fail "$1: a conflict still shown"
	tm send-keys -t w C-s
	wait_for "$8"
	tm send-keys -t w C-x
	_n=0
	while tm capture-pane -p -t w | grep -qF "Annas titel" && [ $_n -lt 200 ]; do
		sleep 0.05
		_n=$((_n + 1))
	done
	tm kill-server 2>/dev/null
	grep -q '^title = "Annas titel";$' "$d/s.cfg" || fail "$1: theirs not saved"
	grep -q '^conflicts' "$d/s.cfg" && fail "$1: conflicts left in the file"
	"$B2C" check "$d/s.cfg" || fail "$1: check after deciding"
	# git takes the file as the merge's result.
	cd "$d" && git add s.cfg && git commit -qm merged || fail "$1: commit"
	[ -z "$(git status --porcelain)" ] || fail "$1: not clean"
}

conflicted en
decide en en '! Conflict: the other version has "Annas titel" (Enter: choose)' \
    'Start · The partnership' '! 1 conflict' \
    'Esc: decide later' \
    'Decided. No conflicts are left' 'Saved.'
conflicted da
decide da da '! Konflikt: den anden version har "Annas titel" (Enter: vælg)' \
    'Start · Partnerskabet' '! 1 konflikt' \
    'Esc: afgør senere' \
    'Afgjort. Der er ingen konflikter tilbage' 'Gemt.'

[ "$FAILED" -eq 0 ] && rm -rf "$T"
exit $FAILED
