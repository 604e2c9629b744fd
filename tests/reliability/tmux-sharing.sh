#!/bin/sh
# Two people on one session in real terminals (tmux): the second b2c is
# told who holds the file (user@host and pid) and opens it read-only; when
# the first leaves, the lock goes with it; a lock left by a b2c that was
# killed is taken over with a note; a change made on disk meanwhile is not
# overwritten without asking.
. "$top_srcdir/tests/reliability/tmux-lib.sh"
D="$B2C_TEST_TMP/tmux-sharing"
rm -rf "$D"
mkdir -p "$D"
f="$D/shared.cfg"

tm_start first 100 24 "$f"
tm_wait first "Session title"
tm send-keys -t rel:first -l "Anna's session"
tm send-keys -t rel:first C-s
tm_wait first "Saved."
pid1=$(tm_pid first)

tm_start second 100 24 "$f"
tm_wait second "Opened read-only: the session is in use by"
tm_wait second "pid $pid1"
tm_wait second "READ-ONLY"
# A resize is no answer: the notice stays.
tm resize-window -t rel:second -x 120 -y 30
sleep 0.5
tm_wait second "pid $pid1"
tm send-keys -t rel:second -l "x"
tm_wait second "someone else has it. Ctrl-B takes it over"
tm send-keys -t rel:second C-x
tm_restored second

# The first one goes: no lock remains.
tm send-keys -t rel:first C-x
tm_restored first
[ ! -e "$f.lock" ] || tm_fail "the lock outlived its holder"
file_has "$f" "title = \"Anna's session\";"

# Killed while holding the lock: the next b2c takes it over.
tm_start killed 100 24 "$f"
tm_wait killed "Session title"
kill -KILL "$(tm_pid killed)"
tm_wait killed DONE
[ -e "$f.lock" ] || tm_fail "SIGKILL should have left the lock"
tm_start third 100 24 "$f"
tm_wait third "took over a stale lock"

# Someone changes the file on disk: saving asks; n keeps their change.
printf '# edited in another program\n' >>"$f"
# (the focus starts on the first empty field: Shift-Tab is the title)
tm send-keys -t rel:third BTab
tm send-keys -t rel:third End
tm send-keys -t rel:third -l " again"
tm_wait third "Anna's session again"
tm send-keys -t rel:third C-s
tm_wait third "changed on disk by someone else"
tm send-keys -t rel:third n
tm_wait third "Not saved"
file_has "$f" "# edited in another program"
grep -qF "again" "$f" && tm_fail "the other program's change was overwritten"
tm send-keys -t rel:third C-x
tm_wait third "Save changes before quitting?"
tm send-keys -t rel:third n
tm_restored third
[ ! -e "$f.lock" ] || tm_fail "the lock outlived its holder"

# New session files are private to their owner.
mode=$(stat -c %a "$f")
[ "$mode" = 600 ] || tm_fail "$f has mode $mode, not 600"
exit "$TM_FAILED"
