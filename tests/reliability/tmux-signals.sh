#!/bin/sh
# Signals in a real terminal (tmux): text typed into the wizard survives
# SIGHUP, SIGTERM and SIGINT sent to b2c, the terminal is restored, and
# Ctrl-C typed as a key asks before leaving; a signal while that question
# waits saves too. A SIGKILL loses at most what the autosave had not yet
# written. On a hangup after someone else changed the file, the text goes
# to FILE.save, never through a symlink there.
. "$top_srcdir/tests/reliability/tmux-lib.sh"
D="$B2C_TEST_TMP/tmux-signals"
rm -rf "$D"
mkdir -p "$D"

for sig in HUP TERM INT; do
	f="$D/sig-$sig.cfg"
	tm_start "$sig" 80 24 "$f"
	tm_wait "$sig" "Session title" || continue
	tm send-keys -t "rel:$sig" -l "Signal $sig æøå 漢"
	tm_wait "$sig" "Signal $sig æøå 漢" || continue
	kill -"$sig" "$(tm_pid "$sig")"
	tm_restored "$sig"
	file_has "$f" "title = \"Signal $sig æøå 漢\";"
	[ ! -e "$f.lock" ] || tm_fail "SIG$sig left the lock behind"
	echo "SIG$sig: saved, exit status $(tm_exit "$sig")"
done

# Ctrl-C typed is a key, not a lost session: it asks; y saves.
f="$D/ctrl-c.cfg"
tm_start ctrlc 80 24 "$f"
tm_wait ctrlc "Session title"
tm send-keys -t rel:ctrlc -l "Ctrl-C kept"
tm_wait ctrlc "Ctrl-C kept"
tm send-keys -t rel:ctrlc C-c
tm_wait ctrlc "Save changes before quitting?"
tm send-keys -t rel:ctrlc y
tm_restored ctrlc
file_has "$f" 'title = "Ctrl-C kept";'

# SIGTERM while the quit question waits for an answer.
f="$D/asking.cfg"
tm_start asking 80 24 "$f"
tm_wait asking "Session title"
tm send-keys -t rel:asking -l "Asked and killed"
tm_wait asking "Asked and killed"
tm send-keys -t rel:asking C-x
tm_wait asking "Save changes before quitting?"
kill -TERM "$(tm_pid asking)"
tm_restored asking
file_has "$f" 'title = "Asked and killed";'

# SIGKILL: whatever was typed more than the autosave delay ago is on disk.
f="$D/kill.cfg"
tm_start kill 80 24 "$f"
tm_wait kill "Session title"
tm send-keys -t rel:kill -l "Autosaved"
tm_wait kill "Autosaved"
i=0
until grep -qF 'title = "Autosaved";' "$f" 2>/dev/null || [ $i -ge 200 ]; do
	sleep 0.05
	i=$((i + 1))
done
echo "SIGKILL: autosave wrote the text after $((i * 50)) ms or less"
kill -KILL "$(tm_pid kill)"
tm_wait kill DONE
file_has "$f" 'title = "Autosaved";'

# A hangup after the file changed on disk: FILE.save, not the symlink's
# target, receives the text.
f="$D/conflict.cfg"
tm_start conflict 80 24 "$f"
tm_wait conflict "Session title"
tm send-keys -t rel:conflict -l "First"
tm send-keys -t rel:conflict C-s
tm_wait conflict "Saved."
printf '# changed by someone else\n' >>"$f"
echo "do not touch" >"$D/victim"
ln -s "$D/victim" "$f.save"
tm send-keys -t rel:conflict -l " and mine"
tm_wait conflict "First and mine"
kill -HUP "$(tm_pid conflict)"
tm_restored conflict
file_has "$f" "# changed by someone else"
[ "$(cat "$D/victim")" = "do not touch" ] ||
    tm_fail "the save went through the symlink at $f.save"
[ -f "$f.save" ] && [ ! -L "$f.save" ] ||
    tm_fail "$f.save is not a regular file"
file_has "$f.save" 'title = "First and mine";'

exit "$TM_FAILED"
