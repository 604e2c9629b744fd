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

# Waits until the pipe file has stopped growing (tests/bench/settle).
# $2: the size before the key was sent.
tty_settle() { "$BENCH_BIN/settle" "$1" 60 1000 ${2:-} > /dev/null; }

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
	# A program that dies stays visible, with its exit status.
	$T set-option -g remain-on-exit on
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

# tty_alive: true while the program runs; otherwise says how it ended.
tty_alive() {
	if ! $T has-session -t bench 2>/dev/null; then
		echo "  (the tmux server is gone)" >&2
		return 1
	fi
	[ "$($T display -p -t bench '#{pane_dead}')" = 1 ] || return 0
	echo "  (the program ended: status $($T display -p -t bench \
		'#{pane_dead_status} signal #{pane_dead_signal}'))" >&2
	return 1
}

# tty_keys KIND KEY...: sends each key and waits for the output to settle;
# sets BYTES to what was written for all of them.
tty_keys() {
	_before=$(tty_size "$W/out")
	_kind=$1; shift
	for _k in "$@"; do
		tty_alive || return 1
		_sz=$(tty_size "$W/out")
		if [ "$_kind" = literal ]; then
			$T send-keys -t bench -l "$_k"
		else
			$T send-keys -t bench "$_k"
		fi
		tty_settle "$W/out" "$_sz"
	done
	BYTES=$(( $(tty_size "$W/out") - _before ))
	tty_alive
}

# tty_change KEY: BYTES written for one key and FLOOR, the UTF-8 bytes of
# the screen text it changed (tests/bench/screendiff): what any program
# must send at the least to show the new screen.
tty_change() {
	$T capture-pane -p -t bench > "$W/before"
	tty_keys key "$1" || return 1
	$T capture-pane -p -t bench > "$W/after"
	FLOOR=$("$BENCH_BIN/screendiff" "$W/before" "$W/after")
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
	tty_keys literal a || return 1; A1=$BYTES
	# shellcheck disable=SC2086
	tty_keys literal $ASCII || return 1; A=$BYTES
	tty_keys key $(tty_repeat BSpace "$M") || return 1; BS=$BYTES
	# The last Backspace empties the field, which may then be drawn
	# differently (b2c shows a dotted line); counted apart.
	tty_keys key BSpace || return 1; BS_LAST=$BYTES
	tty_keys literal æ || return 1; D1=$BYTES
	# shellcheck disable=SC2086
	tty_keys literal $DANISH || return 1; D=$BYTES
	A_PER=$(bench_ratio "$A" "$M"); D_PER=$(bench_ratio "$D" "$M")
	BS_PER=$(bench_ratio "$BS" "$M")
	tail -c +$((_start + 1)) "$W/out" > "$W/keys-$(echo "$_name" | tr -c 'a-z0-9\n' -)"
	printf '  %-18s first frame %5s B; ASCII first %3s B then %5s B/char; æøå first %3s B then %5s B/char; BSpace %5s B, emptying %s B\n' \
		"$_name" "$FIRST" "$A1" "$A_PER" "$D1" "$D_PER" "$BS_PER" "$BS_LAST"
}

echo "== Bytes to the terminal per key (tmux 80x24, LANG=C.UTF-8, $N characters each)"
ROWS=$W/rows.md
: > "$ROWS"

# b2c first: a new session opens on the start step with the title field
# focused. Autosave is time-driven, so the per-key figures come from a run
# with it off; a second run measures what one autosave writes.
B2C_READY=${BENCH_B2C_READY:-Session title}
mkdir -p "$W/xdg-off/b2c" "$W/xdg-default"
printf 'autosave_seconds = 0;\n' > "$W/xdg-off/b2c/config"
rm -f "$W/new.b2c" "$W/new2.b2c"
B2C_A= B2C_FIRST=
if [ ! -x "${B2C:-}" ]; then
	echo "  b2c: not built, skipped"
elif tty_measure "b2c (title field)" "$B2C_READY" \
	"XDG_CONFIG_HOME='$W/xdg-off' $B2C --lang en '$W/new.b2c'"; then
	B2C_FIRST=$FIRST; B2C_A=$A_PER
	B2C_ROW="$FIRST | $A1 | $A_PER | $D_PER | $BS_PER | $BS_LAST"
	{
		echo "| b2c key | bytes written | screen text changed (floor) | written / floor | vs first frame ($B2C_FIRST B) |"
		echo "|---|---:|---:|---:|---:|"
	} >> "$ROWS"
	for key in Tab C-n PageDown C-l; do
		case $key in
		Tab) label="Tab (next field)" ;;
		C-n) label="Ctrl-N (next step)" ;;
		PageDown) label="PgDn (next step)" ;;
		C-l) label="Ctrl-L (full repaint)" ;;
		esac
		tty_change $key || break
		[ $key = C-n ] && { NEXT=$BYTES; NEXT_FLOOR=$FLOOR; }
		echo "  b2c $label: $BYTES B written, $FLOOR B of screen text changed, $(bench_ratio "$BYTES" "$B2C_FIRST") of the first frame"
		echo "| $label | $BYTES | $FLOOR | $(bench_ratio "$BYTES" "$FLOOR") | $(bench_ratio "$BYTES" "$B2C_FIRST") |" >> "$ROWS"
	done
	# Autosave with the default settings: the status word changes when
	# the first key after a save makes the session unsaved, and again
	# when the autosave (5 s later) has written it.
	if tty_start "$B2C_READY" \
		"XDG_CONFIG_HOME='$W/xdg-default' $B2C --lang en '$W/new2.b2c'"; then
		tty_keys literal a; FLIP=$BYTES
		_b=$(tty_size "$W/out")
		"$BENCH_BIN/settle" "$W/out" 200 8000 > /dev/null
		SAVED=$(( $(tty_size "$W/out") - _b ))
		echo "  autosave: first key after a save $FLIP B, the autosave itself $SAVED B"
		printf '\nWith autosave on (the default, 5 s): the first key after a save writes %s B; the autosave itself writes %s B.\n' \
			"$FLIP" "$SAVED" >> "$ROWS"
	fi
	# Peak RSS with the demo open on a real terminal (the pane runs b2c).
	if cp "${B2C_DATADIR:-share/b2c}/demo.cfg" "$W/demo.b2c" 2>/dev/null &&
	    tty_start "Start" "XDG_CONFIG_HOME='$W/xdg-off' $B2C --lang en '$W/demo.b2c'"; then
		_pid=$($T display -p -t bench '#{pane_pid}')
		HWM=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$_pid/status")
		echo "  b2c with the demo open in tmux: peak RSS $HWM KiB (goal < 8192: $(bench_goal x "$HWM" "<" 8192))"
		printf '\nPeak RSS (VmHWM) of b2c with the demo open at 80x24: %s KiB (goal under 8 MiB: %s).\n' \
			"$HWM" "$(bench_goal x "$HWM" "<" 8192)" >> "$ROWS"
	fi
fi

WT_A=
BASE_ROWS=
for prog in whiptail dialog; do
	if ! bench_have $prog; then
		echo "  $prog: not installed, baseline skipped (apt-get install $prog)"
		BASE_ROWS="$BASE_ROWS| $prog | not installed: skipped | | | | | | |
"
		continue
	fi
	tty_measure "$prog --inputbox" "Navn" \
		"$prog --inputbox 'Navn på partnerskabet' 8 60" || continue
	[ $prog = whiptail ] && WT_A=$A_PER
	BASE_ROWS="$BASE_ROWS| \`$prog --inputbox\` | $FIRST | $A1 | $A_PER | $D_PER | $BS_PER | $BS_LAST | $(bench_ratio "$A_PER" "$WT_A") |
"
done
if [ -n "$B2C_A" ]; then
	echo "  goal per ASCII char <= whiptail (${WT_A:-1.00}): $(bench_goal x "$B2C_A" "<=" "${WT_A:-1.00}")"
	bench_goal_row "bytes per ASCII character typed <= whiptail (${WT_A:-n/a})" \
		"$B2C_A B (æøå: $(echo "$B2C_ROW" | cut -d'|' -f4 | tr -d ' ') B, the UTF-8 floor)" \
		"$(bench_goal x "$B2C_A" "<=" "${WT_A:-1.00}")"
	r=$(bench_ratio "${NEXT:-}" "$B2C_FIRST")
	v=MISSED
	bench_cmp "$r" "<=" 0.25 && v=met
	bench_goal_row "a step change far below a full 80x24 repaint" \
		"Ctrl-N ${NEXT:-?} B = $r of the first frame; $(bench_ratio "${NEXT:-}" "${NEXT_FLOOR:-}") of the screen text that changed" \
		"$v (the new step's text is the floor)"
fi

bench_md "### Bytes to the terminal per key (tmux 80x24, TERM=screen, UTF-8, $N characters typed one at a time)"
bench_md ""
bench_md "| program | first frame (B) | first key (B) | B per ASCII char | B per æøå char | B per Backspace | last Backspace (field empty) (B) | ASCII vs whiptail |"
bench_md "|---|---:|---:|---:|---:|---:|---:|---:|"
printf '%s' "$BASE_ROWS" >> "$BENCH_MD"
[ -n "$B2C_A" ] && bench_md "| b2c | $B2C_ROW | $(bench_ratio "$B2C_A" "$WT_A") |"
bench_md ""
bench_md "The first key of a run is counted apart (whiptail sets its colours with it; b2c shows \"changed\" in its title line); the per-character figures are the steady cost of the $((N - 1)) keys after it. æøå are two bytes each in UTF-8, so 2.00 is their floor."
bench_md ""
cat "$ROWS" >> "$BENCH_MD"
bench_md ""
bench_md "Reproduce: \`make bench\` or \`B2C=./b2c BENCH_BIN=tests/bench sh tests/bench/tty-bytes.sh\`"
bench_md ""
echo "  reproduce: B2C=$B2C BENCH_BIN=$BENCH_BIN sh $0"
