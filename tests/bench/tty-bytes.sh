#!/bin/sh
# Bytes written to the terminal per key, in tmux at 80x24: typing into a
# single-line field (ASCII and Danish letters), moving to the next field
# and to the next step, against a full repaint of the same program, and
# b2c against whiptail --inputbox and dialog --inputbox in the same run.
# tmux's pipe-pane sees exactly what the program writes to its terminal.
#
#   B2C=./b2c BENCH_BIN=tests/bench sh tests/bench/tty-bytes.sh
set -u
. "${BENCH_SRC:-$(dirname "$0")}/lib.sh"

N=${BENCH_TTY_CHARS:-40}
SOCK=b2c-bench-$$
RUN=0
T="tmux -L $SOCK-0 -f /dev/null"
W=$BENCH_OUT/tty
mkdir -p "$W"
trap '$T kill-server 2>/dev/null; rm -f "$W/gate"' EXIT INT TERM

tty_size() { if [ -f "$1" ]; then wc -c < "$1"; else echo 0; fi; }

# Waits until the pipe file has stopped growing: 80 ms of quiet after a
# change, or 1 s without any change (a key that draws nothing).
tty_settle() {
	_last=$(tty_size "$1"); _quiet=0; _waited=0; _moved=0
	while [ $_waited -lt 100 ]; do
		sleep 0.01
		_now=$(tty_size "$1"); _waited=$((_waited + 1))
		if [ "$_now" != "$_last" ]; then
			_last=$_now; _quiet=0; _moved=1
		else
			_quiet=$((_quiet + 1))
			[ $_moved = 1 ] && [ $_quiet -ge 8 ] && return 0
		fi
	done
}

# Starts CMD in a fresh 80x24 pane, holding it at a FIFO until pipe-pane
# is attached so the first frame is counted too; waits for TEXT on screen.
tty_start() {
	_text=$1; shift
	$T kill-server 2>/dev/null
	# A new server per program: a server still shutting down cannot
	# refuse the next one.
	RUN=$((RUN + 1))
	T="tmux -L $SOCK-$RUN -f /dev/null"
	rm -f "$W/gate" "$W/out"
	mkfifo "$W/gate"
	$T new-session -d -s bench -x 80 -y 24 \
		"cat '$W/gate' >/dev/null; exec env LANG=C.UTF-8 LC_ALL=C.UTF-8 $*"
	$T set-option -g status off
	$T pipe-pane -O -t bench "cat >> '$W/out'"
	if ! timeout 5 sh -c ": > '$W/gate'"; then
		echo "  (the program did not start in tmux)" >&2
		return 1
	fi
	_i=0
	until $T capture-pane -p -t bench 2>/dev/null | grep -q -- "$_text"; do
		_i=$((_i + 1))
		if [ $_i -gt 500 ]; then
			echo "  (did not see '$_text' on screen)" >&2
			return 1
		fi
		sleep 0.01
	done
	tty_settle "$W/out"
	FIRST=$(tty_size "$W/out")
}

# tty_keys KIND KEY...: sends each key and waits for the output to settle;
# sets BYTES to what was written for all of them.
tty_keys() {
	_before=$(tty_size "$W/out")
	_kind=$1; shift
	for _k in "$@"; do
		if [ "$_kind" = literal ]; then
			$T send-keys -t bench -l "$_k"
		else
			$T send-keys -t bench "$_k"
		fi
		tty_settle "$W/out"
	done
	BYTES=$(( $(tty_size "$W/out") - _before ))
}

tty_repeat() { _i=0; while [ $_i -lt "$2" ]; do printf '%s ' "$1"; _i=$((_i + 1)); done; }
M=$((N - 1))
ASCII=$(tty_repeat a "$M")
DANISH=$(for c in ø å æ; do tty_repeat "$c" $(( (M + 2) / 3 )); done |
	tr ' ' '\n' | sed '/^$/d' | head -n "$M" | tr '\n' ' ')

# tty_measure NAME READY-TEXT CMD...: per-character figures of one program.
# The first key of a run is counted apart: it may set colours once (whiptail
# sends 10 bytes of SGR with it); the figure per character is the steady
# cost of the N-1 keys after it.
tty_measure() {
	_name=$1; _ready=$2; shift 2
	if ! tty_start "$_ready" "$@"; then
		echo "  $_name: skipped (did not start)"; return 1
	fi
	_start=$(tty_size "$W/out")
	tty_keys literal a; A1=$BYTES
	# shellcheck disable=SC2086
	tty_keys literal $ASCII; A=$BYTES
	tty_keys key $(tty_repeat BSpace "$N"); BS=$BYTES
	tty_keys literal æ; D1=$BYTES
	# shellcheck disable=SC2086
	tty_keys literal $DANISH; D=$BYTES
	A_PER=$(bench_ratio "$A" "$M"); D_PER=$(bench_ratio "$D" "$M")
	BS_PER=$(bench_ratio "$BS" "$N")
	tail -c +$((_start + 1)) "$W/out" > "$W/keys-$(echo "$_name" | tr -c 'a-z0-9\n' -)"
	printf '  %-18s first frame %5s B; ASCII first %3s B then %5s B/char; æøå first %3s B then %5s B/char; BSpace %5s B\n' \
		"$_name" "$FIRST" "$A1" "$A_PER" "$D1" "$D_PER" "$BS_PER"
}

echo "== Bytes to the terminal per key (tmux 80x24, LANG=C.UTF-8, $N characters each)"
bench_md "### Bytes to the terminal per key (tmux 80x24, TERM=screen, UTF-8, $N characters typed one at a time)"
bench_md ""
bench_md "| program | first frame (B) | first key (B) | B per ASCII char | B per æøå char | B per Backspace | ASCII vs whiptail |"
bench_md "|---|---:|---:|---:|---:|---:|---:|"

WT_A=
for prog in whiptail dialog; do
	if ! bench_have $prog; then
		echo "  $prog: not installed, baseline skipped (apt-get install $prog)"
		bench_md "| $prog | not installed: skipped | | | | |"
		continue
	fi
	tty_measure "$prog --inputbox" "Navn" \
		"$prog --inputbox 'Navn på partnerskabet' 8 60" || continue
	[ $prog = whiptail ] && WT_A=$A_PER
	bench_md "| \`$prog --inputbox\` | $FIRST | $A1 | $A_PER | $D_PER | $BS_PER | $(bench_ratio "$A_PER" "$WT_A") |"
done

# b2c: a new session opens on the start step with the title field focused.
B2C_READY=${BENCH_B2C_READY:-Titel}
if [ ! -x "${B2C:-}" ]; then
	echo "  b2c: not built, skipped"
elif tty_measure "b2c (title field)" "$B2C_READY" \
	"$B2C --lang=da '$W/new.b2c'"; then
	B2C_FIRST=$FIRST
	bench_md "| b2c | $FIRST | $A1 | $A_PER | $D_PER | $BS_PER | $(bench_ratio "$A_PER" "$WT_A") |"
	tty_keys key Tab; TAB=$BYTES
	tty_keys key C-n; NEXT=$BYTES
	tty_keys key PageDown; PGDN=$BYTES
	tty_keys key C-l; REPAINT=$BYTES
	echo "  b2c Tab (next field) $TAB B, Ctrl-N (next step) $NEXT B, PgDn $PGDN B,"
	echo "      Ctrl-L (full repaint) $REPAINT B, first frame $B2C_FIRST B"
	echo "  ratio step change / first frame: $(bench_ratio "$NEXT" "$B2C_FIRST")"
	echo "  goal per ASCII char <= whiptail ($WT_A): $(bench_goal x "$A_PER" "<=" "${WT_A:-1.0}")"
	bench_md ""
	bench_md "| b2c key | bytes | vs first frame ($B2C_FIRST B) |"
	bench_md "|---|---:|---:|"
	bench_md "| Tab (next field) | $TAB | $(bench_ratio "$TAB" "$B2C_FIRST") |"
	bench_md "| Ctrl-N (next step) | $NEXT | $(bench_ratio "$NEXT" "$B2C_FIRST") |"
	bench_md "| PgDn (next step) | $PGDN | $(bench_ratio "$PGDN" "$B2C_FIRST") |"
	bench_md "| Ctrl-L (full repaint) | $REPAINT | $(bench_ratio "$REPAINT" "$B2C_FIRST") |"
fi
bench_md ""
bench_md "Reproduce: \`make bench\` or \`B2C=./b2c BENCH_BIN=tests/bench sh tests/bench/tty-bytes.sh\`"
bench_md ""
echo "  reproduce: B2C=$B2C BENCH_BIN=$BENCH_BIN sh $0"
