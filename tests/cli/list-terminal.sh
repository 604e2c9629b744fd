#!/bin/sh
# b2c list on a real 80-column terminal (tmux): every session takes one
# row, none wraps, and what is due is on it. Needs tmux.
set -u
command -v tmux >/dev/null 2>&1 || { echo "FAIL: tmux is needed (Debian package tmux)"; exit 99; }
tmp="$B2C_TEST_TMP/list-terminal.$$"
rm -rf "$tmp"
mkdir -p "$tmp/s"
SOCK="b2clist-$$"
status=0
tm() {
	tmux -L "$SOCK" -f /dev/null "$@"
}
# Only the server this test started is ever killed.
trap 'tmux -L "b2clist-$$" kill-server 2>/dev/null' EXIT
trap 'exit 1' INT TERM HUP

cp "$B2C_DATADIR/demo.cfg" "$tmp/s/demo.cfg"
cp "$top_srcdir/tests/data/import/joint.cfg" "$tmp/s/joint.cfg"
printf 'anna@elsewhere.invalid\n4242\n2026-11-26T15:00:00Z\n' \
	>"$tmp/s/demo.cfg.lock"
cat >"$tmp/run.sh" <<EOT
"$B2C" --lang en list --today 2026-12-07 "$tmp/s"
echo "END OF LIST"
exec cat
EOT
LANG=C.UTF-8 tm new-session -d -s list -x 80 -y 24 "sh $tmp/run.sh"
n=0
until tm capture-pane -p -t list 2>/dev/null | grep -q 'END OF LIST'; do
	n=$((n + 1))
	if [ $n -gt 400 ]; then
		echo "FAIL: the list never ended" >&2
		tm capture-pane -p -t list >&2
		exit 1
	fi
	sleep 0.05
done
tm capture-pane -p -t list | sed '/^$/d' >"$tmp/screen"
# Two sessions and the marker: a wrapped line would make more rows.
[ "$(wc -l <"$tmp/screen")" -eq 3 ] || {
	echo "FAIL: the list wraps on 80 columns:" >&2
	cat "$tmp/screen" >&2
	status=1
}
grep -q '^demo.cfg  *Partnerskab.*2026-10 postponed: ' "$tmp/screen" || {
	echo "FAIL: demo row: $(head -1 "$tmp/screen")" >&2
	status=1
}
rm -rf "$tmp"
exit $status
