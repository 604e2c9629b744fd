#!/bin/sh
# A resize storm in a real terminal (tmux): 200 random sizes between 20x10
# and 200x60 while typing, twice. b2c must not crash, must keep up, and
# must save exactly what it shows.
#
# 1. Paced: after a size below the minimum, the next letter waits until
#    b2c has redrawn at a usable size; every letter must arrive. (Below the
#    minimum b2c shows a notice and ignores typing, by design, so no key
#    is sent then.)
# 2. Flat out: letters follow the resizes without waiting. tmux tells the
#    program about a new size up to 250 ms late (it throttles resizes), so
#    a letter can reach b2c while it still has a too-small size and is
#    ignored. Such letters are counted and printed; STORM_STRICT=1 makes
#    any loss fail the test.
# The sizes come from a fixed seed, printed; STORM_SEED=N replays one.
. "$top_srcdir/tests/reliability/tmux-lib.sh"
D="$B2C_TEST_TMP/tmux-resize-storm"
rm -rf "$D"
mkdir -p "$D"
seed=${STORM_SEED:-2026}
echo "seed $seed"
awk -v seed="$seed" 'BEGIN { srand(seed)
	n = split("a b c d e f g h i j k l m n o p q r s t u v w x y z æ ø å Æ Ø Å", l, " ")
	for (i = 0; i < 200; i++)
		printf "%d %d %s\n", 20 + int(rand() * 181), 10 + int(rand() * 51),
		    l[1 + i % n] }' >"$D/sizes"

# drawn_at W H: b2c has redrawn the wizard at W x H (its status word
# ending at the right margin of the first line, its key bar on the last).
drawn_at() {
	_i=0
	while [ "$_i" -lt 400 ]; do
		_s=$(tm_screen storm)
		_first=$(printf '%s\n' "$_s" | head -1)
		_last=$(printf '%s\n' "$_s" | sed -n "${2}p")
		case "$_first" in *changed|*saved)
			_len=$(printf '%s' "$_first" | LC_ALL=C.UTF-8 wc -m)
			[ "$_len" -ge $(($1 - 1)) ] && [ "$_len" -le "$1" ] &&
			    case "$_last" in F1*) return 0;; esac;;
		esac
		sleep 0.02
		_i=$((_i + 1))
	done
	tm_fail "b2c did not redraw at ${1}x$2"
	return 1
}

# storm FILE PACED: one storm; sets typed and small.
storm() {
	tm_start storm 80 24 "$1"
	tm_wait storm "Session title" || exit 1
	pid=$(tm_pid storm)
	typed="" small=0 n=0 was_small=0
	while read -r w h c; do
		tm resize-window -t rel:storm -x "$w" -y "$h"
		n=$((n + 1))
		if [ "$w" -ge 60 ] && [ "$h" -ge 18 ]; then
			# Only a letter after a too-small size can meet a
			# b2c that has not seen the new size yet.
			if [ "$2" = paced ] && [ "$was_small" = 1 ]; then
				drawn_at "$w" "$h" || break
			fi
			was_small=0
			tm send-keys -t rel:storm -l "$c"
			typed="$typed$c"
		else
			small=$((small + 1))
			was_small=1
		fi
		kill -0 "$pid" 2>/dev/null ||
		    { tm_fail "b2c died after $n resizes"; break; }
	done <"$D/sizes"
	echo "$2: $n resizes ($small below the minimum), typed: $typed"
	tm resize-window -t rel:storm -x 200 -y 30
	drawn_at 200 30
}

# finish FILE: saves, quits, and prints the title b2c saved.
finish() {
	tm send-keys -t rel:storm C-s
	tm_wait storm "Saved."
	tm send-keys -t rel:storm C-x
	tm_restored storm
	sed -n 's/^title = "\(.*\)";$/\1/p' "$1"
	tm kill-window -t rel:storm
}

storm "$D/paced.cfg" paced
saved=$(finish "$D/paced.cfg")
[ "$saved" = "$typed" ] || tm_fail "paced: saved \"$saved\""

storm "$D/flat.cfg" flat
saved=$(finish "$D/flat.cfg")
lost=$(( $(printf '%s' "$typed" | LC_ALL=C.UTF-8 wc -m) -
    $(printf '%s' "$saved" | LC_ALL=C.UTF-8 wc -m) ))
echo "flat out: saved $saved"
echo "flat out: $lost letters typed at a usable size were ignored"
if [ "$lost" != 0 ] && [ -n "${STORM_STRICT:-}" ]; then
	tm_fail "flat out: $lost letters lost"
fi
exit "$TM_FAILED"
