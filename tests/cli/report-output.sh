#!/bin/sh
# b2c report -o never replaces what is not its own file: a character
# device stays a device (as root, /dev/null is the case that matters), a
# FIFO gets the report through its reader, a symlink stays a link and its
# target gets the report (a dangling one's target is created), a hard
# link keeps both names, a file of another user is refused untouched, a
# directory is refused; a new or own regular file is written whole, with
# the mode it had.
set -u
tmp="$B2C_TEST_TMP/report-output.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
demo="$B2C_DATADIR/demo.cfg"
status=0

fail() {
	echo "FAIL: $*" >&2
	status=1
}

"$B2C" report "$demo" >"$tmp/expected" || fail "report to stdout"
[ -s "$tmp/expected" ] || fail "empty report"

# report OUT: b2c report DEMO -o OUT, its exit status in $rc.
report() {
	"$B2C" report "$demo" -o "$1" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}

# A character device. As root, a private node of the null device, so a
# regression damages nothing shared: in the test directory, or where that
# file system refuses device nodes (nodev), in a tmpfs of a private mount
# namespace. Only a user who cannot replace /dev/null uses it.
devcheck='
	mknod "$1/null" c 1 3 && (: >"$1/null") 2>/dev/null || exit 3
	"$B2C" report "$2" -o "$1/null" >"$1/out" 2>"$1/err"
	echo $? >"$1/rc"
	[ -c "$1/null" ]'
if [ "$(id -u)" != 0 ]; then
	dev=/dev/null
elif sh -c "$devcheck" sh "$tmp" "$demo"; then
	dev="$tmp/null"
else
	[ "$?" = 3 ] || fail "$tmp/null is no longer a character device"
	mkdir "$tmp/ns"
	unshare --mount sh -c 'mount -t tmpfs b2c-test "$1" && shift &&
	    sh -c "$@"' sh "$tmp/ns" "$devcheck" sh "$tmp/ns" "$demo" ||
		fail "private /dev/null in a mount namespace: replaced or failed"
	dev=""
fi
if [ -n "$dev" ]; then
	report "$dev"
	[ "$rc" -eq 0 ] || fail "$dev: exit $rc: $(cat "$tmp/err")"
	[ -c "$dev" ] || fail "$dev is no longer a character device"
	ls "$dev".* >/dev/null 2>&1 && fail "$dev: a temporary file was left"
else
	dev=/dev/null	# what the link tests below point at: opened only
fi
[ -c /dev/null ] || fail "/dev/null is no longer a character device"

# A link through /proc to whatever standard output is, as /dev/stdout is
# (a private one: a regression must not replace the machine's).
ln -s /proc/self/fd/1 "$tmp/stdout-link"
"$B2C" report "$demo" -o "$tmp/stdout-link" >"$tmp/stdout" 2>"$tmp/err" ||
	fail "-o /dev/stdout: $(cat "$tmp/err")"
[ -L "$tmp/stdout-link" ] || fail "-o /dev/stdout: the link was replaced"
cmp -s "$tmp/stdout" "$tmp/expected" || fail "-o /dev/stdout: wrong output"
"$B2C" report "$demo" -o "$tmp/stdout-link" 2>"$tmp/err" |
	cat >"$tmp/piped" || fail "-o /dev/stdout into a pipe: $(cat "$tmp/err")"
cmp -s "$tmp/piped" "$tmp/expected" ||
	fail "-o /dev/stdout into a pipe: wrong output"

# A FIFO: the reader gets the whole report and the FIFO stays one.
mkfifo "$tmp/fifo"
cat "$tmp/fifo" >"$tmp/from-fifo" &
reader=$!
report "$tmp/fifo"
# Never hang on a regression: a FIFO still there gets an end of file (an
# O_RDWR open never blocks), a replaced one leaves a reader to stop.
if [ -p "$tmp/fifo" ]; then
	(exec 3<>"$tmp/fifo")
else
	kill "$reader" 2>/dev/null
fi
wait "$reader"
[ "$rc" -eq 0 ] || fail "fifo: exit $rc: $(cat "$tmp/err")"
[ -p "$tmp/fifo" ] || fail "the FIFO was replaced"
cmp -s "$tmp/from-fifo" "$tmp/expected" || fail "fifo: wrong content"

# A symlink to a regular file, in another directory, relative.
mkdir "$tmp/sub"
echo old >"$tmp/sub/target.txt"
ln -s sub/target.txt "$tmp/link.txt"
report "$tmp/link.txt"
[ "$rc" -eq 0 ] || fail "symlink: exit $rc: $(cat "$tmp/err")"
[ -L "$tmp/link.txt" ] || fail "the symlink was replaced by a file"
cmp -s "$tmp/sub/target.txt" "$tmp/expected" ||
	fail "symlink: the target does not hold the report"

# A symlink to a device, and a chain of links.
ln -s "$dev" "$tmp/devlink"
ln -s devlink "$tmp/devlink2"
report "$tmp/devlink2"
[ "$rc" -eq 0 ] || fail "link to device: exit $rc: $(cat "$tmp/err")"
[ -L "$tmp/devlink2" ] && [ -L "$tmp/devlink" ] ||
	fail "link to device: a link was replaced"
[ -c "$dev" ] || fail "link to device: $dev is no longer a device"

# A dangling symlink: its target is created, the link stays.
ln -s sub/new.txt "$tmp/dangling"
report "$tmp/dangling"
[ "$rc" -eq 0 ] || fail "dangling link: exit $rc: $(cat "$tmp/err")"
[ -L "$tmp/dangling" ] || fail "dangling link: the link was replaced"
cmp -s "$tmp/sub/new.txt" "$tmp/expected" ||
	fail "dangling link: the target was not created with the report"

# A link loop is refused with a message naming the path.
ln -s loop-b "$tmp/loop-a"
ln -s loop-a "$tmp/loop-b"
report "$tmp/loop-a"
[ "$rc" -eq 1 ] || fail "link loop: exit $rc, want 1"
grep -q "loop-a" "$tmp/err" || fail "link loop: message: $(cat "$tmp/err")"

# A hard link: both names see the new report.
echo old >"$tmp/hard1"
ln "$tmp/hard1" "$tmp/hard2"
report "$tmp/hard1"
[ "$rc" -eq 0 ] || fail "hard link: exit $rc: $(cat "$tmp/err")"
cmp -s "$tmp/hard2" "$tmp/expected" || fail "hard link: the other name lost"

# Own regular file: replaced whole, its mode kept.
echo old >"$tmp/own.txt"
chmod 600 "$tmp/own.txt"
report "$tmp/own.txt"
[ "$rc" -eq 0 ] || fail "own file: exit $rc: $(cat "$tmp/err")"
cmp -s "$tmp/own.txt" "$tmp/expected" || fail "own file: wrong content"
mode=$(stat -c %a "$tmp/own.txt")
[ "$mode" = 600 ] || fail "own file: mode $mode, want 600"

# A new file: the umask's mode.
(umask 022 && "$B2C" report "$demo" -o "$tmp/new.txt") ||
	fail "new file: exit $?"
mode=$(stat -c %a "$tmp/new.txt")
[ "$mode" = 644 ] || fail "new file: mode $mode, want 644"

# A directory is refused, and left empty.
mkdir "$tmp/dir"
report "$tmp/dir"
[ "$rc" -eq 1 ] || fail "directory: exit $rc, want 1"
grep -q "$tmp/dir" "$tmp/err" || fail "directory: message: $(cat "$tmp/err")"
[ -z "$(ls -A "$tmp/dir")" ] || fail "directory: something was written in it"

# Another user's file: refused, untouched. Needs root to make one; CI is
# root, so the user is created when it does not exist.
if [ "$(id -u)" = 0 ]; then
	user=b2c-test-other
	id "$user" >/dev/null 2>&1 ||
		useradd --system --no-create-home "$user" ||
		fail "useradd $user"
	echo "theirs" >"$tmp/theirs.txt"
	chown "$user" "$tmp/theirs.txt"
	report "$tmp/theirs.txt"
	[ "$rc" -eq 1 ] || fail "other user's file: exit $rc, want 1"
	grep -q "another user" "$tmp/err" ||
		fail "other user's file: message: $(cat "$tmp/err")"
	[ "$(cat "$tmp/theirs.txt")" = theirs ] ||
		fail "other user's file was changed"
	[ "$(stat -c %U "$tmp/theirs.txt")" = "$user" ] ||
		fail "other user's file changed owner"
fi

# The questionnaire writes its files the same way.
ln -s sub/questionnaire.csv "$tmp/q-link"
"$B2C" questionnaire --format csv -o "$tmp/q-link" "$demo" 2>"$tmp/err" ||
	fail "questionnaire into a link: $(cat "$tmp/err")"
[ -L "$tmp/q-link" ] && [ -s "$tmp/sub/questionnaire.csv" ] ||
	fail "questionnaire: the link was replaced or its target not written"
if [ "$dev" != /dev/null ]; then
	"$B2C" questionnaire -o "$dev" "$demo" 2>"$tmp/err" ||
		fail "questionnaire into $dev: $(cat "$tmp/err")"
	[ -c "$dev" ] || fail "questionnaire: $dev is no longer a device"
fi

rm -rf "$tmp"
exit $status
