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
RUNS=${BENCH_RUNS:-21}
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
bench_md "| command | median (ms) | peak RSS (KiB) | vs bare-parse | goal |"
bench_md "|---|---:|---:|---:|---|"
bench_time "$RUNS" -- "$BENCH_BIN/bare-parse" "$DEMO" || exit 1
BARE=$MED_MS
echo "  bare-parse demo.cfg      $BARE ms, $RSS_KB KiB (baseline)"
bench_md "| bare-parse (libconfig only) | $BARE | $RSS_KB | 1.00 | baseline |"

# demo_row LABEL GOAL-RATIO CMD...: one timed command against the baseline.
demo_row() {
	_label=$1; _goal=$2; shift 2
	if ! bench_time "$RUNS" -- "$@"; then
		echo "  $_label: failed"
		bench_md "| $_label | failed | | | |"
		return 1
	fi
	_r=$(bench_ratio "$MED_MS" "$BARE"); _g=
	[ -n "$_goal" ] && _g="<= ${_goal}x: $(bench_goal x "$_r" "<=" "$_goal")"
	printf '  %-24s %s ms, %s KiB, %sx bare %s\n' "$_label" "$MED_MS" \
		"$RSS_KB" "$_r" "$_g"
	bench_md "| $_label | $MED_MS | $RSS_KB | $_r | $_g |"
}

demo_row "b2c report demo.cfg" 2 "$B2C" report "$DEMO"
demo_row "b2c check demo.cfg" "" "$B2C" check "$DEMO"
demo_row "b2c --version (process floor)" "" "$B2C" --version

# Start to the first complete frame: the headless key script quits at
# once, so the run is start-up, load, layout and one frame.
if [ -n "${BENCH_START:-1}" ]; then
	printf 'key F10\n' > "$S/quit.keys"
	cp "$DEMO" "$S/demo.b2c"
	demo_row "b2c -r demo.cfg: start, first frame, quit" "" \
		env B2C_SCRIPT="$S/quit.keys" "$B2C" -r "$S/demo.b2c" ||
		echo "  (the wizard's headless script mode is not in this build)"
fi
echo "  reproduce: $BENCH_BIN/timeit -n $RUNS -- $B2C report $DEMO; $BENCH_BIN/timeit -n $RUNS -- $BENCH_BIN/bare-parse $DEMO"
bench_md ""
bench_md "Reproduce: \`tests/bench/timeit -n $RUNS -- ./b2c report share/b2c/demo.cfg\` and the same with \`tests/bench/bare-parse\`."
bench_md ""
