#!/bin/sh
# Nothing typed is lost when the connection drops or the process is told
# to stop: SIGHUP and SIGTERM save and exit cleanly, the end of input acts
# as a hangup, Ctrl-C asks like quit, and a file changed on disk by
# someone else is never overwritten without asking.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup signals

# A hangup (the script's "hup" raises the same flag as SIGHUP).
printf 'type Hedemarken æøå 漢\nhup\ntype never\n' > hup.keys
ui_run hup.keys hup.cfg || { echo "FAIL: hup exit $?"; UI_FAILED=1; }
ui_grep hup.cfg 'title = "Hedemarken æøå 漢";'
[ ! -e hup.cfg.lock ] || { echo "FAIL: lock left after hangup"; UI_FAILED=1; }

# A real SIGTERM between keys.
ui_live_start term.cfg
ui_live "type Albertslund ÆØÅ é" "key Tab" "type Bo-Vest"
ui_sync term-typed
kill -TERM "$(pgrep -P "$UI_LIVE_PID" b2c || echo "$UI_LIVE_PID")"
ui_live_end
ui_grep term.cfg 'title = "Albertslund ÆØÅ é";'
ui_grep term.cfg 'area = "Bo-Vest";'

# Ctrl-C is quit: it asks because something is unsaved; "c" cancels.
cat > ctrlc.keys <<'KEYS'
type Sommerfest
key C-c
dump-screen ctrlc-asked
key c
type  i gården
key C-c
key y
KEYS
ui_run ctrlc.keys ctrlc.cfg || { echo "FAIL: ctrl-c exit $?"; UI_FAILED=1; }
ui_grep ctrlc-asked "Save changes before quitting? (y)es, (n)o, (c)ancel"
ui_grep ctrlc.cfg 'title = "Sommerfest i gården";'

# Changed on disk meanwhile: asked before overwriting; "n" keeps both.
cp "$B2C_DATADIR/demo.cfg" conflict.cfg
ui_live_start conflict.cfg
ui_sync conflict-open
printf '# changed by someone else\n' >> conflict.cfg
ui_live "type  (min)" "save"
ui_sync conflict-asked
ui_live "key n"
ui_sync conflict-kept
ui_live "key F10" "key n"
ui_live_end
ui_grep conflict-asked "changed on disk by someone else since it was opened"
ui_grep conflict-kept "Not saved: the file changed on disk."
ui_grep conflict-kept "NOT SAVED"
ui_grep conflict.cfg "# changed by someone else"
ui_nogrep conflict.cfg "(min)"
# ... and "y" overwrites.
ui_live_start conflict.cfg
ui_sync conflict2-open
printf '# changed again\n' >> conflict.cfg
ui_live "type  (min)" "save" "key y"
ui_sync conflict2-saved
ui_live "quit"
ui_live_end
ui_grep conflict.cfg "(min)"
ui_nogrep conflict.cfg "# changed again"

# A save that fails (its directory is gone) says so, keeps everything in
# memory, and F2 succeeds once the directory is back.
mkdir -p gone
ui_live_start gone/s.cfg
ui_live "type Gemt til sidst æøå"
ui_sync fail-typed
mv gone gone.away
ui_live "save"
ui_sync fail-error
ui_live "type  og mere"
mv gone.away gone
rm -f gone/s.cfg.lock.tmp
ui_live "save"
ui_sync fail-retried
ui_live "quit"
ui_live_end || { echo "FAIL: exit $? after a failed save"; UI_FAILED=1; }
ui_grep fail-error "Could not save:"
ui_grep fail-error "NOT SAVED"
ui_grep fail-retried " Saved."
ui_grep gone/s.cfg 'title = "Gemt til sidst æøå og mere";'
ui_done
