# Shared helpers of the benchmark scripts (sourced, not run).
# Each benchmark prints human-readable lines and appends Markdown to
# $BENCH_MD, so run.sh can assemble the README section.

: "${BENCH_OUT:=${TMPDIR:-/tmp}/b2c-bench}"
: "${BENCH_MD:=$BENCH_OUT/results.md}"
# The wizard program b2c runs for the screens; measured directly where
# a tool (callgrind) would not follow b2c's exec.
: "${B2C_WIZARD:=$(dirname "${B2C:-./b2c}")/b2c-wizard}"
export B2C_WIZARD
mkdir -p "$BENCH_OUT"

bench_have() { command -v "$1" >/dev/null 2>&1; }

# bench_ratio A B: A/B with two decimals ("n/a" when B is zero or empty).
bench_ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN {
		if (b == "" || b + 0 == 0 || a == "") print "n/a";
		else printf "%.2f\n", a / b }'
}

# bench_field LINE KEY: the value of KEY=value in a line of key=value pairs.
bench_field() {
	printf '%s\n' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p" | head -n 1
}

# bench_cmp A OP B: true when the numeric comparison holds.
bench_cmp() {
	awk -v a="$1" -v b="$3" -v op="$2" 'BEGIN {
		if (a == "" || b == "") exit 1
		if (op == "<=") exit !(a + 0 <= b + 0)
		if (op == "<") exit !(a + 0 < b + 0)
		exit 1 }'
}

# bench_goal TEXT A OP B: prints "goal TEXT: met" or "missed".
bench_goal() {
	if bench_cmp "$2" "$3" "$4"; then
		echo "met"
	else
		echo "MISSED"
	fi
}

bench_md() { printf '%s\n' "$*" >> "$BENCH_MD"; }

# bench_slope X1 Y1 X2 Y2 ...: least-squares slope of log Y on log X.
bench_slope() {
	echo "$@" | awk '{
		n = 0; sx = sy = sxx = sxy = 0
		for (i = 1; i < NF; i += 2) {
			if ($i <= 0 || $(i + 1) <= 0) continue
			x = log($i); y = log($(i + 1)); n++
			sx += x; sy += y; sxx += x * x; sxy += x * y
		}
		if (n < 2 || n * sxx - sx * sx == 0) { print "n/a"; exit }
		printf "%.2f\n", (n * sxy - sx * sy) / (n * sxx - sx * sx) }'
}

# bench_time RUNS [SETUP] -- CMD...: sets MED_MS (median wall ms) and
# RSS_KB (peak RSS of the child). The time comes from hyperfine when it is
# installed (TOOL says which), else from the timeit loop; RSS always from
# timeit, which reads the child's rusage.
bench_time() {
	_runs=$1; shift
	_setup=
	if [ "$1" != "--" ]; then _setup=$1; shift; fi
	shift
	if [ -n "$_setup" ]; then
		_line=$("$BENCH_BIN/timeit" -n "$_runs" -s "$_setup" -- "$@") ||
			return 1
	else
		_line=$("$BENCH_BIN/timeit" -n "$_runs" -- "$@") || return 1
	fi
	MED_MS=$(bench_field "$_line" median_ms)
	RSS_KB=$(bench_field "$_line" maxrss_kb)
	TOOL=timeit
	if bench_have hyperfine && [ -z "${BENCH_NO_HYPERFINE:-}" ]; then
		_json=$BENCH_OUT/hyperfine.json
		set -- --runs "$_runs" --warmup 1 -N --style none \
			--export-json "$_json" "$(bench_quote "$@")"
		if [ -n "$_setup" ]; then
			set -- --prepare "$_setup" "$@"
		fi
		if hyperfine "$@" >/dev/null 2>&1; then
			MED_MS=$(sed -n 's/^ *"median": *\([0-9.e+-]*\).*/\1/p' \
				"$_json" | head -n 1 |
				awk '{ printf "%.3f\n", $1 * 1000 }')
			TOOL=hyperfine
		fi
	fi
}

# bench_quote ARGS...: one shell-quoted command line.
bench_quote() {
	_q=
	for _a in "$@"; do
		_q="$_q '$(printf '%s' "$_a" | sed "s/'/'\\\\''/g")'"
	done
	printf '%s\n' "${_q# }"
}

# bench_goal_row GOAL MEASURED VERDICT: one line of the goals table that
# run.sh puts first in the README section.
bench_goal_row() {
	printf '| %s | %s | %s |\n' "$1" "$2" "$3" >> "$BENCH_OUT/goals.md"
}
