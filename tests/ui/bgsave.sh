#!/bin/sh
# Saving on leaving a step runs in a forked child so a large session does
# not freeze the wizard. The child reports like a save in the wizard
# itself: an injected write failure shows "Could not save", leaves the
# file byte-identical and keeps the changes for F2. In a real terminal
# (tmux) the wizard stays live while the child writes, the file gets the
# text, the title turns to "saved", and quitting then asks nothing.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup bgsave
shim="$top_builddir/tests/fault/faultshim.so"

if [ -f "$shim" ]; then
	cp "$B2C_DATADIR/demo.cfg" orig.cfg
	# The child inherits the shim and its count: its rename is the
	# first on this file, and it fails.
	faulty() {
		ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
		LD_PRELOAD="$shim" FAULT_CALL=rename FAULT_NTH=1 FAULT_ERRNO=EIO \
		    FAULT_MATCH="$UI_DIR/s.cfg" FAULT_LOG="$UI_DIR/log" \
		    ui_run "$@" "$UI_DIR/s.cfg"
	}
	cp orig.cfg s.cfg
	printf 'type X\nkey PgDn\ndump-screen failed\nkey F10\nkey n\n' > a.keys
	faulty a.keys || { echo "FAIL: exit $? after a failed save"; UI_FAILED=1; }
	ui_grep failed "Could not save:"
	ui_grep failed "NOT SAVED"
	ui_grep log "rename 1 file $UI_DIR/s.cfg"
	cmp -s s.cfg orig.cfg || { echo "FAIL: the failed save changed the file"; UI_FAILED=1; }
	# F2 in the wizard: its own first rename fails too, the next works.
	rm -f log
	printf 'type Y\nkey PgDn\nsave\ndump-screen again\nsave\ndump-screen saved\nquit\n' > b.keys
	faulty b.keys || { echo "FAIL: exit $? after a retried save"; UI_FAILED=1; }
	ui_grep again "NOT SAVED"
	ui_grep saved " Saved."
	[ "$(grep -c '^rename' log)" = 2 ] || { echo "FAIL: expected two injected renames"; cat log; UI_FAILED=1; }
	ui_grep s.cfg 'Y";'
	# A session named in the picker whose first save fails stays
	# unsaved in the wizard: quitting asks, and the answer saves it.
	rm -f log
	printf 'key Up\nkey Enter\ntype Mit projekt\nkey Enter\ndump-screen pick-failed\nkey F10\ndump-screen pick-quit\nkey y\n' > c.keys
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
	LD_PRELOAD="$shim" FAULT_CALL=rename FAULT_NTH=1 FAULT_ERRNO=EIO \
	    FAULT_MATCH="$UI_DIR/sessions/Mit projekt.cfg" FAULT_LOG="$UI_DIR/log" \
	    ui_run c.keys || { echo "FAIL: exit $? after the picker's failed save"; UI_FAILED=1; }
	ui_grep pick-failed "Could not save:"
	ui_grep pick-failed "NOT SAVED"
	ui_grep pick-quit "Save changes before quitting?"
	ui_grep "sessions/Mit projekt.cfg" 'title = "Mit projekt";'
	# The directory cannot be flushed after the child's rename: the
	# file is in place, so it says "not yet safe on disk" (never "not
	# saved"), and the next save is no conflict with someone else.
	cp orig.cfg s.cfg
	rm -f log
	# The wizard's own F2 is its second fsync too: not safe again, and
	# still no conflict; the F2 after it is whole.
	printf 'type Z\nkey PgDn\ndump-screen unsynced\nkey PgUp\ntype W\nsave\ndump-screen after-unsynced\nsave\ndump-screen saved-again\nquit\n' > d.keys
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
	# (The journal's own fsyncs, elsewhere, do not count.)
	XDG_STATE_HOME="$B2C_TEST_TMP/state-bgsave" \
	LD_PRELOAD="$shim" FAULT_CALL=fsync FAULT_NTH=2 FAULT_ERRNO=EIO \
	    FAULT_MATCH="$UI_DIR" FAULT_LOG="$UI_DIR/log" \
	    ui_run d.keys "$UI_DIR/s.cfg" || { echo "FAIL: exit $? after an unsynced save"; UI_FAILED=1; }
	ui_grep log "fsync 2 dir $UI_DIR"
	ui_grep unsynced "Saved, but not yet safe on disk:"
	ui_nogrep unsynced "NOT SAVED"
	ui_nogrep unsynced "Could not save"
	ui_grep s.cfg 'Z";'
	ui_nogrep after-unsynced "changed on disk"
	ui_grep after-unsynced "Saved, but not yet safe on disk:"
	ui_grep saved-again " Saved."
	ui_grep s.cfg 'ZW";'
fi

command -v tmux >/dev/null 2>&1 ||
	{ echo "FAIL: tmux is needed (Debian package tmux)"; exit 99; }
# Under valgrind its reports would cover the screen: the terminal part
# runs the program itself.
if [ -n "${B2C_VALGRIND:-}" ]; then
	B2C="$top_builddir/b2c"
	B2C_WIZARD="$top_builddir/b2c-wizard"
	export B2C B2C_WIZARD
fi
SOCK="b2cbg-$$"
tm() {
	tmux -L "$SOCK" -f /dev/null "$@"
}
trap 'tmux -L "b2cbg-$$" kill-server 2>/dev/null;
    rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/b2cbg-$$"' EXIT
trap 'exit 1' INT TERM HUP
# wait_for TEXT [LINES]: polls the pane (its first LINES) for TEXT.
wait_for() {
	_n=0
	while [ $_n -lt 200 ]; do
		tm capture-pane -p -t bg 2>/dev/null | head -n "${2:-99}" |
		    grep -qE -- "$1" && return 0
		sleep 0.05
		_n=$((_n + 1))
	done
	echo "FAIL: the screen never showed: $1"
	tm capture-pane -p -t bg 2>/dev/null
	UI_FAILED=1
	return 1
}
cp "$B2C_DATADIR/demo.cfg" live.cfg
tm new-session -d -s bg -x 80 -y 24 \
    "env LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en TERM=tmux-256color \
    B2C_SESSIONS='$UI_DIR/sessions' '$B2C' --lang en '$UI_DIR/live.cfg'; \
    echo ENDED; sleep 30" || { echo "FAIL: tmux cannot start a session here"; exit 99; }
wait_for "Session title" || ui_done
tm send-keys -t bg -l " i baggrunden"
wait_for "i baggrunden"
wait_for " changed *$" 1
tm send-keys -t bg NPage
wait_for " saved *$" 1
ui_grep live.cfg 'i baggrunden";'
tm send-keys -t bg C-x
wait_for ENDED
tm capture-pane -p -t bg | grep -qF "Save changes" &&
    { echo "FAIL: quit asked after the background save"; UI_FAILED=1; }
[ ! -e live.cfg.lock ] || { echo "FAIL: lock left behind"; UI_FAILED=1; }
ui_done
