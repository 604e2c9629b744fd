#!/bin/sh
# Nothing typed is lost, even to SIGKILL: within a second of typing the
# wizard has the text in its recovery journal (in XDG_STATE_HOME, not
# beside the session); the next open offers it back (recover, show what
# differs, discard), and a clean save removes it. SIGQUIT saves like
# SIGTERM. An emergency copy FILE.save is offered back the same way.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup recover
jdir="$XDG_STATE_HOME/b2c/journal"

# journal_has TEXT: polls (between keys) until the journal holds TEXT.
# (ui_sync has its own _n.)
journal_has() {
	_poll=$((${_poll:-0} + 1))
	_tries=0
	while [ $_tries -lt 100 ]; do
		# A key that changes nothing, so the wizard goes round its
		# loop (a terminal's input times out twice a second).
		ui_live "key C-l"
		ui_sync "poll-$_poll-$_tries"
		cat "$jdir"/*.journal 2>/dev/null | grep -qF -- "$1" && return 0
		sleep 0.05
		_tries=$((_tries + 1))
	done
	echo "FAIL: the journal never held: $1"
	UI_FAILED=1
	return 1
}

cp "$B2C_DATADIR/demo.cfg" killed.cfg
cp killed.cfg killed.orig
ui_live_start killed.cfg
ui_live "type  lige før strømmen gik"
journal_has "lige før strømmen gik"
ls "$jdir" | grep -q '^killed\.cfg-[0-9a-f]*\.journal$' ||
    { echo "FAIL: the journal is not named after the session"; UI_FAILED=1; }
head -n 1 "$jdir"/killed.cfg-*.journal | grep -qF "# b2c recovery journal of $UI_DIR/killed.cfg" ||
    { echo "FAIL: the journal does not name its session"; UI_FAILED=1; }
# The wizard's own pid, from its lock (a wrapper may stand between).
kill -KILL "$(sed -n 2p killed.cfg.lock)"
ui_live_end
cmp -s killed.cfg killed.orig ||
    { echo "FAIL: the session changed although it was never saved"; UI_FAILED=1; }

cat > reopen.keys <<'KEYS'
dump-screen offer
key s
dump-screen differs
key r
dump-screen recovered
save
dump-screen recovered-saved
quit
KEYS
ui_run reopen.keys killed.cfg || { echo "FAIL: reopen exit $?"; UI_FAILED=1; }
ui_grep offer "Changes that were never saved are kept in the recovery journal."
ui_grep offer "(s)how what differs, (d)iscard them"
ui_grep differs 'against the file: - title = "Partnerskab mellem'
ui_grep differs '| + title = "Partnerskab mellem Bo-Vest og Nortec lige'
ui_grep recovered "Recovered; not saved yet"
ui_grep killed.cfg 'title = "Partnerskab mellem Bo-Vest og Nortec lige før strømmen gik";'
[ -z "$(ls "$jdir")" ] || { echo "FAIL: a clean save left the journal"; ls "$jdir"; UI_FAILED=1; }

# Discard: the file stays as it is, the journal goes.
cp killed.orig discard.cfg
ui_live_start discard.cfg
ui_live "type  (kassér mig)"
journal_has "(kassér mig)"
kill -KILL "$(sed -n 2p discard.cfg.lock)"
ui_live_end
printf 'key d\ndump-screen discarded\nquit\n' > discard.keys
ui_run discard.keys discard.cfg || { echo "FAIL: discard exit $?"; UI_FAILED=1; }
cmp -s discard.cfg killed.orig || { echo "FAIL: discard changed the file"; UI_FAILED=1; }
[ -z "$(ls "$jdir")" ] || { echo "FAIL: discard left the journal"; UI_FAILED=1; }

# SIGQUIT: saved and left like SIGTERM, the journal gone with the save.
ui_live_start quit.cfg
ui_live "type Stoppet med SIGQUIT"
ui_sync quit-typed
kill -QUIT "$(sed -n 2p quit.cfg.lock)"
ui_live_end
ui_grep quit.cfg 'title = "Stoppet med SIGQUIT";'
[ ! -e quit.cfg.lock ] || { echo "FAIL: SIGQUIT left the lock"; UI_FAILED=1; }
[ -z "$(ls "$jdir")" ] || { echo "FAIL: SIGQUIT's save left the journal"; UI_FAILED=1; }

# An emergency copy beside the session is offered too, then removed.
cp killed.orig saved.cfg
sed 's/^title = .*/title = "Fra nødkopien";/' killed.orig >saved.cfg.save
printf 'dump-screen save-offer\nkey r\nsave\nquit\n' > save.keys
ui_run save.keys saved.cfg || { echo "FAIL: emergency copy exit $?"; UI_FAILED=1; }
ui_grep save-offer "kept in the emergency copy saved.cfg.save."
ui_grep saved.cfg 'title = "Fra nødkopien";'
[ ! -e saved.cfg.save ] || { echo "FAIL: the recovered emergency copy was left"; UI_FAILED=1; }
# A hangup while the session's disk is full: every rename in its
# directory fails, so neither the session nor FILE.save can be written;
# the journal, elsewhere, has the text, and the next open offers it.
shim="$top_builddir/tests/fault/faultshim.so"
mkdir full
cp killed.orig full/s.cfg
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0" \
LD_PRELOAD="$shim" FAULT_CALL=rename FAULT_NTH=1 FAULT_ALL=1 \
    FAULT_ERRNO=ENOSPC FAULT_MATCH="$UI_DIR/full/" FAULT_LOG="$UI_DIR/full.log" \
    ui_live_start "$UI_DIR/full/s.cfg"
ui_live "type  på en fuld disk"
journal_has "på en fuld disk"
ui_live "hup"
ui_live_end
grep -q "^rename 1 file $UI_DIR/full/s.cfg.save" full.log ||
    { echo "FAIL: the emergency copy was not tried (and refused)"; cat full.log; UI_FAILED=1; }
[ ! -e full/s.cfg.save ] || { echo "FAIL: FILE.save written on a full disk"; UI_FAILED=1; }
cmp -s full/s.cfg killed.orig || { echo "FAIL: the full disk's session changed"; UI_FAILED=1; }
printf 'dump-screen full-offer\nkey r\nsave\nquit\n' > full.keys
ui_run full.keys "$UI_DIR/full/s.cfg" || { echo "FAIL: after the full disk exit $?"; UI_FAILED=1; }
ui_grep full-offer "kept in the recovery journal"
ui_grep full/s.cfg 'Nortec på en fuld disk";'
ui_done
