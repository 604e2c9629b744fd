#!/bin/sh
# A resize storm in a real terminal (tmux): 200 random sizes between 20x10
# and 200x60, a letter typed right after each one without waiting (Danish
# letters too), including at sizes below the minimum, where b2c shows a
# notice but still takes the keys. b2c must not crash, and the saved file
# must hold every letter in order. The sizes come from a fixed seed,
# printed; STORM_SEED=N replays another storm.
. "$top_srcdir/tests/reliability/tmux-lib.sh"
D="$B2C_TEST_TMP/tmux-resize-storm"
rm -rf "$D"
mkdir -p "$D"
f="$D/storm.cfg"
seed=${STORM_SEED:-2026}
echo "seed $seed"
awk -v seed="$seed" 'BEGIN { srand(seed)
	n = split("a b c d e f g h i j k l m n o p q r s t u v w x y z æ ø å Æ Ø Å", l, " ")
	for (i = 0; i < 200; i++)
		printf "%d %d %s\n", 20 + int(rand() * 181), 10 + int(rand() * 51),
		    l[1 + i % n] }' >"$D/sizes"

tm_start storm 80 24 "$f"
tm_wait storm "Session title" || exit 1
pid=$(tm_pid storm)
typed="" small=0 n=0
while read -r w h c; do
	tm resize-window -t rel:storm -x "$w" -y "$h"
	tm send-keys -t rel:storm -l "$c"
	typed="$typed$c"
	n=$((n + 1))
	[ "$w" -ge 60 ] && [ "$h" -ge 18 ] || small=$((small + 1))
	kill -0 "$pid" 2>/dev/null || { tm_fail "b2c died after $n resizes"; break; }
done <"$D/sizes"
echo "$n resizes ($small below the minimum size), typed: $typed"

tm resize-window -t rel:storm -x 200 -y 30
tm_wait storm "Session title"
tm send-keys -t rel:storm C-s
tm_wait storm "Saved."
tm send-keys -t rel:storm C-x
tm_restored storm
saved=$(sed -n 's/^title = "\(.*\)";$/\1/p' "$f")
[ "$saved" = "$typed" ] || tm_fail "saved \"$saved\""
exit "$TM_FAILED"
