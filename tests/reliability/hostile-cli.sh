#!/bin/sh
# Hostile files through the commands users run: a FIFO, a device, a
# symlink, @include directives (".", a FIFO, /etc/passwd, indented) given
# to check, report, import-part1, import-responses and list. None may hang
# (each runs under timeout), read the other file, or crash; each refusal
# names the file (and the line, where there is one), with exit status 1.
set -u
: "${B2C:?}" "${top_srcdir:?}" "${B2C_TEST_TMP:?}"
LC_ALL=C.UTF-8 LANGUAGE=en
export LC_ALL LANGUAGE
D="$B2C_TEST_TMP/hostile-cli"
rm -rf "$D"
mkdir -p "$D/dir"
failed=0
fail() { echo "FAIL: $*"; failed=1; }

# refused WANT CMD...: exit 1 within the timeout, stderr holding WANT.
refused() {
	want=$1
	shift
	timeout 20 "$B2C" "$@" </dev/null >"$D/out" 2>"$D/err"
	rc=$?
	[ "$rc" = 124 ] && { fail "hangs: b2c $*"; return; }
	[ "$rc" = 1 ] || fail "exit $rc: b2c $*"
	grep -qF -- "$want" "$D/err" ||
	    fail "b2c $*: message lacks \"$want\": $(cat "$D/err")"
	grep -q '^root:' "$D/out" "$D/err" &&
	    fail "b2c $*: shows the contents of /etc/passwd"
	return 0
}

mkfifo "$D/fifo.cfg" "$D/fifo.csv" "$D/dir/fifo.cfg"
ln -s "$top_srcdir/share/b2c/demo.cfg" "$D/link.cfg"
cp "$top_srcdir/share/b2c/demo.cfg" "$D/demo.cfg"
cp "$top_srcdir/share/b2c/demo.cfg" "$D/dir/good.cfg"
i=0
for inc in '@include "."' "@include \"$D/fifo.cfg\"" '@include "/etc/passwd"' \
    '   @include "/etc/passwd"' '	@include "/etc/passwd"'; do
	i=$((i + 1))
	printf 'version = 1;\n%s\ntitle = "x";\n' "$inc" >"$D/inc$i.cfg"
	cp "$D/inc$i.cfg" "$D/dir/inc$i.cfg"
	refused "$D/inc$i.cfg:2: " check "$D/inc$i.cfg"
	refused "$D/inc$i.cfg:2: " report "$D/inc$i.cfg"
	refused "$D/inc$i.cfg:2: " import-part1 "$D/demo.cfg" "$D/inc$i.cfg"
done
for f in "$D/fifo.cfg" /dev/zero "$D/link.cfg" "$D/dir"; do
	refused "$f: " check "$f"
	# A directory is a report over its sessions (below).
	[ "$f" = "$D/dir" ] || refused "$f: " report "$f"
done
# One report over the directory: its first hostile file is refused.
refused "$D/dir/fifo.cfg: " report "$D/dir"
refused "$D/dir/fifo.cfg: " report --format csv "$D/dir"
refused "$D/fifo.csv: " import-responses "$D/demo.cfg" --period X "$D/fifo.csv"
refused "/dev/zero: " import-responses "$D/demo.cfg" --period X /dev/zero
cmp -s "$top_srcdir/share/b2c/demo.cfg" "$D/demo.cfg" ||
    fail "a refused import changed the session"

# A directory holding all of them is listed, each bad file with its reason.
timeout 20 "$B2C" list "$D/dir" >"$D/out" 2>&1
rc=$?
[ "$rc" != 124 ] || fail "b2c list hangs"
grep -q 'fifo.cfg.*not a regular file' "$D/out" || fail "list: the FIFO"
grep -q 'inc3.cfg.*:2: .*@include' "$D/out" || fail "list: the @include"
grep -q '^good.cfg' "$D/out" || fail "list: the good session is missing"
exit "$failed"
