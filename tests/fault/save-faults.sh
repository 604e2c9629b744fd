#!/bin/sh
# Makes each open, write, fsync, close and rename of a save fail in turn
# (ENOSPC, EIO, EACCES) and checks, after every injected failure, that the
# previous session file is byte-identical, no temporary or lock file is
# left behind, the message names the file, and a retry from memory works.
# Short writes must be completed, not reported as errors. Symlinks planted
# at the lock and temporary paths must not be followed.
set -u
: "${top_builddir:?}" "${top_srcdir:?}" "${B2C_TEST_TMP:?}"
drv="$top_builddir/tests/fault/save-driver"
shim="$top_builddir/tests/fault/faultshim.so"
dir="$B2C_TEST_TMP/save-faults"
sess="$dir/sess"
file="$sess/partnership.cfg"
rm -rf "$dir"
mkdir -p "$sess" || exit 99
# An ASan build puts its runtime first; the shim only wraps libc calls.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
export ASAN_OPTIONS

"$drv" --new "$dir/old.cfg" || { echo "cannot create the seed"; exit 99; }

failures=0
points=0
fail() {
	echo "FAIL: $call #$n $err${retry:+ (retry)}: $*"
	sed 's/^/  stderr: /' "$dir/err"
	failures=$((failures + 1))
}

# Nothing but the session file may remain in its directory: not a
# temporary file, and not the lock, which is recognised as ours by its
# identity even when reading it back at release fails.
check_leftovers() {
	extra=$(ls -A "$sess" | grep -vx 'partnership.cfg')
	[ -z "$extra" ] || fail "left behind: $extra"
	rm -f "$sess"/partnership.cfg.lock
}

# One run with fault n; returns 1 when no fault was injected (done).
run_one() {
	cp "$dir/old.cfg" "$file"
	rm -f "$dir/log"
	title="saved $call $n $err"
	LD_PRELOAD="$shim" FAULT_CALL="$call" FAULT_NTH="$n" \
	    FAULT_ERRNO="$err" FAULT_MATCH="$sess" FAULT_LOG="$dir/log" \
	    "$drv" $retry "$file" "$title" >/dev/null 2>"$dir/err"
	rc=$?
	if [ ! -s "$dir/log" ]; then
		[ "$rc" = 0 ] || fail "failed with no fault injected (exit $rc)"
		"$drv" --check "$file" "$title" 2>>"$dir/err" ||
		    fail "the save without a fault did not write the title"
		check_leftovers
		return 1
	fi
	points=$((points + 1))
	eval "n_$call=\$((\${n_$call:-0} + 1))"
	kind=$(cut -d' ' -f3 "$dir/log")
	[ "$err" = short ] && kind=short
	what=$(cut -d' ' -f1 "$dir/log")
	case "$rc:$kind:$retry" in
	1:*:*)
		# A fault on the directory after the rename may come too
		# late to keep the old file; the new one must then be whole.
		cmp -s "$dir/old.cfg" "$file" || { [ "$kind" = dir ] &&
		    "$drv" --check "$file" "$title" 2>/dev/null; } ||
		    fail "the previous file changed"
		grep -q "partnership.cfg" "$dir/err" ||
		    fail "the message does not name the file"
		;;
	3:*:--retry)
		"$drv" --check "$file" "$title" 2>>"$dir/err" ||
		    fail "the retry did not save"
		;;
	*:short:*)
		# A short write is not an error: the rest must be written.
		[ "$rc" = 0 ] || fail "a short write made the save fail"
		"$drv" --check "$file" "$title" 2>>"$dir/err" ||
		    fail "a short write lost data"
		;;
	0:written:*)
		# fsync may be recovered by writing a fresh file; a lost
		# write or close error may not be ignored.
		[ "$what" = fsync ] ||
		    fail "a failed $call on a written file was ignored"
		"$drv" --check "$file" "$title" 2>>"$dir/err" ||
		    fail "the save reported success but did not write"
		;;
	0:*)
		"$drv" --check "$file" "$title" 2>>"$dir/err" ||
		    fail "the save reported success but did not write"
		;;
	*)
		fail "exit $rc (kind $kind)"
		;;
	esac
	check_leftovers
	return 0
}

for retry in "" --retry; do
	for call in open write fsync close rename; do
		for err in ENOSPC EIO EACCES; do
			n=1
			while run_one; do
				n=$((n + 1))
				[ "$n" -le 100 ] || { fail "no end"; break; }
			done
		done
	done
	call=write err=short n=1
	while run_one; do
		n=$((n + 1))
		[ "$n" -le 100 ] || { fail "no end"; break; }
	done
done

# A symlink planted where the lock or the temporary file is about to be
# created is never followed: its target keeps its bytes, and the save
# either goes through under another name or fails leaving the old file.
echo "do not touch" >"$dir/victim"
retry="" call=plant err=EEXIST
n=1
while :; do
	cp "$dir/old.cfg" "$file"
	rm -f "$dir/log"
	title="planted $n"
	LD_PRELOAD="$shim" FAULT_CALL=plant FAULT_NTH="$n" \
	    FAULT_TARGET="$dir/victim" FAULT_MATCH="$sess" \
	    FAULT_LOG="$dir/log" "$drv" "$file" "$title" >/dev/null \
	    2>"$dir/err"
	rc=$?
	[ -s "$dir/log" ] || break
	planted=$(cut -d' ' -f4 "$dir/log")
	[ -L "$planted" ] || fail "no symlink was planted at $planted"
	[ "$(cat "$dir/victim")" = "do not touch" ] ||
	    fail "the symlink at $planted was followed"
	case $rc in
	0) "$drv" --check "$file" "$title" 2>>"$dir/err" ||
	    fail "saved but not written" ;;
	1) cmp -s "$dir/old.cfg" "$file" || fail "the previous file changed" ;;
	*) fail "exit $rc" ;;
	esac
	echo "symlink planted at ${planted##*/}: exit $rc"
	rm -f "$planted" "$sess/partnership.cfg.lock"
	points=$((points + 1))
	n_plant=$((${n_plant:-0} + 1))
	n=$((n + 1))
	[ "$n" -le 20 ] || { fail "no end"; break; }
done

# The same through the command line users run: b2c import-responses
# reports the failure naming the file, exits 1, and leaves the session as
# it was. (Under valgrind, where each run takes seconds, with the program
# itself; the shim's faults are the same.)
if [ -n "${B2C_VALGRIND:-}" ]; then
	B2C="$top_builddir/b2c"
fi
if [ -n "${B2C:-}" ]; then
	cp "$top_srcdir/share/b2c/demo.cfg" "$dir/demo.cfg"
	csv="$top_srcdir/tests/data/responses/demo-year2.csv"
	retry="" err=EIO
	for call in open write fsync close rename; do
		n=1
		while :; do
			cp "$dir/demo.cfg" "$file"
			rm -f "$dir/log"
			LC_ALL=C.UTF-8 LANGUAGE=en LD_PRELOAD="$shim" \
			    FAULT_CALL="$call" FAULT_NTH="$n" FAULT_ERRNO=EIO \
			    FAULT_MATCH="$sess" FAULT_LOG="$dir/log" \
			    "$B2C" import-responses "$file" --period "År 9" \
			    "$csv" >/dev/null 2>"$dir/err"
			rc=$?
			if [ ! -s "$dir/log" ]; then
				[ "$rc" = 0 ] && grep -q 'year 9' "$file" ||
				    fail "the import without a fault failed"
				break
			fi
			case "$rc:$(cut -d' ' -f3 "$dir/log")" in
			1:*)
				cmp -s "$dir/demo.cfg" "$file" ||
				    "$B2C" check "$file" >/dev/null 2>&1 ||
				    fail "the session was damaged"
				grep -q "partnership.cfg" "$dir/err" ||
				    fail "the message does not name the file"
				;;
			0:written)
				[ "$call" = fsync ] ||
				    fail "a failed $call was ignored"
				;;
			0:*) ;;
			*) fail "exit $rc" ;;
			esac
			check_leftovers
			points=$((points + 1))
			n_cli=$((${n_cli:-0} + 1))
			n=$((n + 1))
			[ "$n" -le 100 ] || { fail "no end"; break; }
		done
	done
fi

# A file-size limit (ulimit -f) smaller than the session: EFBIG, reported,
# not a process killed by SIGXFSZ halfway through.
if [ -n "${B2C:-}" ]; then
	cp "$dir/demo.cfg" "$file"
	(ulimit -f 8 && LC_ALL=C.UTF-8 LANGUAGE=en "$B2C" import-responses \
	    "$file" --period "År 9" "$csv" >/dev/null 2>"$dir/err")
	rc=$?
	call=ulimit n=1 err=EFBIG
	[ "$rc" = 1 ] || fail "exit $rc under ulimit -f"
	cmp -s "$dir/demo.cfg" "$file" || fail "the previous file changed"
	grep -q "partnership.cfg.*File too large" "$dir/err" ||
	    fail "the message does not say why"
	check_leftovers
fi

echo "fault points exercised: $points (open ${n_open:-0}," \
    "write ${n_write:-0}, fsync ${n_fsync:-0}, close ${n_close:-0}," \
    "rename ${n_rename:-0}, planted symlinks ${n_plant:-0}," \
    "b2c import-responses ${n_cli:-0}),"  \
    "failures: $failures"
[ "$failures" = 0 ]
