#!/bin/sh
# make bench: every benchmark in one run, then the Markdown section for the
# README (BENCHMARKS.md in $BENCH_OUT). Not part of make check.
set -u
: "${BENCH_SRC:=$(cd "$(dirname "$0")" && pwd)}"
export BENCH_SRC
. "$BENCH_SRC/lib.sh"
export B2C BENCH_BIN BENCH_OUT BENCH_MD

start=$(date +%s)
: > "$BENCH_MD"
: > "$BENCH_OUT/goals.md"
machine="$(uname -m), $(nproc) CPUs, $(uname -sr), $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "b2c benchmarks on $machine"
if bench_have hyperfine; then
	echo "timing: hyperfine $(hyperfine --version | cut -d' ' -f2) for medians, timeit for peak RSS"
else
	echo "timing: tests/bench/timeit (median loop); install hyperfine to cross-check"
fi

load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
echo "load average at start: $load (timings of millisecond processes are noisy on a busy machine;"
echo "the ratios come from round-robin runs and the instruction counts do not depend on load)"

# BENCH_PARTS picks some of them (make bench BENCH_PARTS="scale demo").
for part in ${BENCH_PARTS:-scale demo import tty-bytes keystroke}; do
	sh "$BENCH_SRC/$part.sh" || echo "  ($part.sh failed: status $?)"
done

elapsed=$(( $(date +%s) - start ))
{
	echo "## Benchmarks"
	echo ""
	echo "Measured by \`make bench\` on $machine (\`make bench\` took ${elapsed} s; load average at start $load)."
	echo "Each figure is the median of several runs; ratios are against a baseline measured in the same run."
	echo ""
	echo "| goal | measured | status |"
	echo "|---|---|---|"
	cat "$BENCH_OUT/goals.md"
	echo "| \`make bench\` in under five minutes | ${elapsed} s | $(bench_goal x "$elapsed" "<" 300) |"
	echo ""
	cat "$BENCH_MD"
} > "$BENCH_OUT/BENCHMARKS.md"
echo "== make bench took ${elapsed} s (goal: under 300 s)"
echo "README section written to $BENCH_OUT/BENCHMARKS.md"
