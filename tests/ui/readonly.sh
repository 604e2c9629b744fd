#!/bin/sh
# Read-only modes never write: -r refuses edits, b2c view shows a file
# full of escape sequences with every control character made visible and
# sends none of them to the terminal, and a session locked by someone
# else opens read-only with a notice naming the holder, and Ctrl-B takes
# it over after asking (no by default: nothing changes).
. "$top_srcdir/tests/ui/lib.sh"
ui_setup readonly
cp "$top_srcdir/tests/ui/data/escapes.cfg" esc.cfg
cp esc.cfg esc.orig
touch -d '2026-01-02 03:04:05' esc.cfg
before=$(stat -c %Y esc.cfg)

cat > ro.keys <<'KEYS'
type x
key Tab
key Space
dump-screen ro-refused
key F2
dump-screen ro-save
key PgDn
key PgDn
dump-screen ro-escapes
quit
KEYS
ui_run ro.keys -r esc.cfg || { echo "FAIL: -r exit $?"; UI_FAILED=1; }
ui_expect ro-refused
ui_expect ro-escapes
ui_grep ro-save "This session is open read-only; nothing can be changed."

cat > view.keys <<'KEYS'
dump-screen view-start
key F4
dump-screen view-whole
key End
key Esc
quit
KEYS
B2C_SCRIPT_OUT=view.out ui_run view.keys view esc.cfg ||
    { echo "FAIL: view exit $?"; UI_FAILED=1; }
ui_expect view-start
ui_grep view-whole " The whole session"
ui_grep view-whole "Evil ^[[2J^[]0;pwned^G"
ui_grep view-whole "Bo^[[31mVest^[[0m^H^H"
# The terminal got the visible forms, never the file's own sequences.
for seq in "$(printf '\033]0;pwned')" "$(printf '\033[31mVest')" \ "$(printf '\302\233')" \
    "$(printf '\342\200\256')"; do
	ui_nogrep view.out "$seq"
done
ui_grep view.out "pwned"
cmp -s esc.cfg esc.orig || { echo "FAIL: read-only changed the file"; UI_FAILED=1; }
[ "$(stat -c %Y esc.cfg)" = "$before" ] || { echo "FAIL: mtime changed"; UI_FAILED=1; }
[ ! -e esc.cfg.lock ] || { echo "FAIL: read-only took a lock"; UI_FAILED=1; }

# Someone else edits the session: the second opens read-only, told who.
cp "$B2C_DATADIR/demo.cfg" shared.cfg
ui_live_start shared.cfg
ui_sync first-open
[ -e shared.cfg.lock ] || { echo "FAIL: no lock taken"; UI_FAILED=1; }
printf 'dump-screen locked\ntype z\ndump-screen locked-typed\nquit\n' > second.keys
ui_run second.keys shared.cfg || { echo "FAIL: second exit $?"; UI_FAILED=1; }
ui_grep locked "READ-ONLY"
ui_grep locked "Opened read-only: the session is in use by"
ui_grep locked "in use by $(id -un)@"
ui_grep locked-typed "This session is open read-only: someone else has it. Ctrl-B takes it over."
printf 'dump-screen viewing\nquit\n' > third.keys
ui_run third.keys view shared.cfg || { echo "FAIL: view exit $?"; UI_FAILED=1; }
ui_grep viewing "READ-ONLY"
ui_live quit
ui_live_end || { echo "FAIL: first exit $?"; UI_FAILED=1; }
[ ! -e shared.cfg.lock ] || { echo "FAIL: lock left behind"; UI_FAILED=1; }
cmp -s shared.cfg "$B2C_DATADIR/demo.cfg" || { echo "FAIL: shared.cfg changed"; UI_FAILED=1; }
# Read-only needs an existing session.
printf 'quit\n' > none.keys
ui_run none.keys view missing.cfg 2> none.err && { echo "FAIL: view of a missing file succeeded"; UI_FAILED=1; }
ui_grep none.err "missing.cfg: no such session"
[ ! -e missing.cfg ] || { echo "FAIL: view created a file"; UI_FAILED=1; }
# A lock from another host (never stale here): Ctrl-B names its holder,
# n keeps the session read-only, y takes it over and editing works.
cp "$B2C_DATADIR/demo.cfg" taken.cfg
printf 'bo@other-host.example\n4242\n2026-11-26T15:00:00Z\n' >taken.cfg.lock
cat > take.keys <<'KEYS'
key C-b
dump-screen take-ask
key n
type q
dump-screen take-refused
key C-b
key y
dump-screen take-done
key Down
type Taken
key F2
quit
KEYS
ui_run take.keys taken.cfg || { echo "FAIL: take-over exit $?"; UI_FAILED=1; }
ui_grep take-ask "in use by bo@other-host.example, pid 4242"
ui_grep take-ask "Take it over?"
ui_grep take-refused "READ-ONLY"
ui_grep take-refused "Ctrl-B takes it over."
ui_grep take-done "You have the session now; it was in use by"
ui_nogrep take-done "READ-ONLY"
grep -q 'Taken' taken.cfg || { echo "FAIL: typing after the take-over was not saved"; UI_FAILED=1; }
# The file records who took it from whom.
grep -Eq '^history = \[ "[0-9T:-]+Z [^ ]+@[^ ]+ took over the session from bo@other-host.example, pid 4242, since 26 November 2026 at 15:00 UTC" \];$' taken.cfg ||
    { echo "FAIL: the take-over is not in the session's history"; grep -n history taken.cfg; UI_FAILED=1; }
[ ! -e taken.cfg.lock ] || { echo "FAIL: the lock taken over was left behind"; UI_FAILED=1; }
ui_done
