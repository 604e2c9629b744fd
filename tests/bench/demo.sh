#!/bin/sh
# The demo session as a user meets it: b2c report and the TUI's start to
# its first complete frame, whole processes (median of several runs),
# against bare-parse of the same file (libconfig alone: the format's floor).
# Goal: the report within 2x of the bare parse.
#
#   B2C=./b2c BENCH_BIN=tests/bench sh tests/bench/demo.sh
set -u
. "${BENCH_SRC:-$(dirname "$0")}/lib.sh"

DEMO=${B2C_DATADIR:-share/b2c}/demo.cfg
RUNS=${BENCH_RUNS:-31}
S=$BENCH_OUT/demo
mkdir -p "$S"

echo "== Demo session: whole-process times (median of $RUNS)"
if [ ! -f "$DEMO" ]; then
	echo "  $DEMO missing: skipped"
	bench_md "### Demo session: skipped ($DEMO missing)"
	exit 0
fi
bench_md "### Demo session (share/b2c/demo.cfg, $(wc -c < "$DEMO") bytes): whole process, median of $RUNS"
bench_md ""
bench_md "The commands run round-robin (tests/bench/timeit), so the baseline and b2c share the machine's load."
bench_md ""
bench_md "| command | median (ms) | min (ms) | peak RSS (KiB) | median vs bare-parse | min vs bare-parse | goal (median) |"
bench_md "|---|---:|---:|---:|---:|---:|---|"
printf 'key F10\n' > "$S/quit.keys"
cp "$DEMO" "$S/demo.b2c"
# Round-robin: bare parse, the process floor, load, report, TUI start.
"$BENCH_BIN/timeit" -n "$RUNS" -- "$BENCH_BIN/bare-parse" "$DEMO" \
	:: "$B2C" --version :: "$B2C" check "$DEMO" \
	:: "$B2C" report "$DEMO" \
	:: env B2C_SCRIPT="$S/quit.keys" "$B2C" -r "$S/demo.b2c" \
	> "$S/times" || { echo "  timeit failed"; exit 1; }
BARE=$(bench_field "$(sed -n 1p "$S/times")" median_ms)
BMIN=$(bench_field "$(sed -n 1p "$S/times")" min_ms)
i=0
for label in "bare-parse (libconfig only)" "b2c --version (process floor)" \
	"b2c check (load and validate)" "b2c report" \
	"b2c -r (TUI: start, first frame, quit)"; do
	i=$((i + 1))
	line=$(sed -n "${i}p" "$S/times")
	ms=$(bench_field "$line" median_ms); rss=$(bench_field "$line" maxrss_kb)
	mn=$(bench_field "$line" min_ms); rm=$(bench_ratio "$mn" "$BMIN")
	r=$(bench_ratio "$ms" "$BARE"); g=
	if [ "$label" = "b2c report" ]; then
		g="<= 2x: $(bench_goal x "$r" "<=" 2)"
		bench_goal_row "b2c report of the demo within 2x of bare-parse" \
			"$r x (median $ms ms vs $BARE ms, round-robin)" \
			"$(bench_goal x "$r" "<=" 2)"
	fi
	[ $i = 1 ] && g=baseline
	printf '  %-40s %8s ms (min %s) %6s KiB %5sx bare (min %sx) %s\n' \
		"$label" "$ms" "$mn" "$rss" "$r" "$rm" "$g"
	bench_md "| $label | $ms | $mn | $rss | $r | $rm | $g |"
done
# Instructions (callgrind) do not depend on the machine's load: the same
# comparison, repeatable to the instruction.
if bench_have valgrind; then
	bench_md ""
	bench_md "| command (instructions, callgrind) | instructions | vs bare-parse |"
	bench_md "|---|---:|---:|"
	IB=
	for cmd in "$BENCH_BIN/bare-parse" "$B2C --version" "$B2C check" \
		"$B2C report"; do
		arg=$DEMO
		[ "$cmd" = "$B2C --version" ] && arg=
		# shellcheck disable=SC2086
		ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
			$cmd $arg 2>&1 >/dev/null |
			sed -n 's/^==[0-9]*== Collected : *\([0-9]*\).*/\1/p')
		[ -z "$IB" ] && IB=$ir
		name=$(basename "${cmd%% *}")${cmd#"${cmd%% *}"}
		name=${name#"$B2C"}
		printf '  %-40s %10s Ir %5sx bare\n' "$name" "$ir" "$(bench_ratio "$ir" "$IB")"
		bench_md "| $name | $ir | $(bench_ratio "$ir" "$IB") |"
	done
fi

# A cross-check with hyperfine when it is installed (it runs each command's
# runs back to back, so it is more exposed to a changing machine load).
if bench_have hyperfine; then
	hyperfine -N --runs "$RUNS" --warmup 3 --style none \
		--export-json "$S/hyperfine.json" \
		"$(bench_quote "$BENCH_BIN/bare-parse" "$DEMO")" \
		"$(bench_quote "$B2C" report "$DEMO")" > /dev/null 2>&1 &&
	set -- $(sed -n 's/^ *"median": *\([0-9.e+-]*\).*/\1/p' "$S/hyperfine.json")
	if [ $# = 2 ]; then
		HB=$(awk -v x="$1" 'BEGIN { printf "%.3f", x * 1000 }')
		HR=$(awk -v x="$2" 'BEGIN { printf "%.3f", x * 1000 }')
		echo "  hyperfine: bare-parse $HB ms, b2c report $HR ms: $(bench_ratio "$HR" "$HB")x"
		bench_md ""
		bench_md "Cross-check with hyperfine $(hyperfine --version | cut -d' ' -f2): bare-parse $HB ms, b2c report $HR ms, ratio $(bench_ratio "$HR" "$HB")."
	fi
fi
echo "  reproduce: $BENCH_BIN/timeit -n $RUNS -- $BENCH_BIN/bare-parse $DEMO :: $B2C report $DEMO"
bench_md ""
bench_md "Reproduce: \`tests/bench/timeit -n $RUNS -- tests/bench/bare-parse share/b2c/demo.cfg :: ./b2c report share/b2c/demo.cfg\`"
bench_md ""
