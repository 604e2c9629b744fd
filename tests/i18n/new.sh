#!/bin/sh
# b2c new: sessions from the installed templates, valid, never written
# over an existing file or through a symlink; --template=list lists them.
set -u
dir="$B2C_TEST_TMP/new"
rm -rf "$dir"
mkdir -p "$dir"
fail=0
bad() { echo "FAIL: $*"; fail=1; }

"$B2C" new --template=list >"$dir/list" 2>&1 || bad "list: exit $?"
grep -q '^large  *an empty large partnership' "$dir/list" ||
	bad "list: $(cat "$dir/list")"
grep -q '^small  *an empty small partnership' "$dir/list" ||
	bad "list: $(cat "$dir/list")"
LANGUAGE=da "$B2C" new --template list | grep -q '^small  *et tomt lille' ||
	bad "list in Danish: $(LANGUAGE=da "$B2C" new --template list)"

"$B2C" new "$dir/large.cfg" >"$dir/out" 2>&1 || bad "new: exit $?"
grep -q 'partnership = "large";' "$dir/large.cfg" || bad "not large"
grep -q '^created = "20[0-9-]*T[0-9:]*Z";' "$dir/large.cfg" ||
	bad "created not set"
"$B2C" check "$dir/large.cfg" || bad "large.cfg does not check"

"$B2C" new --template=small "$dir/small.cfg" >/dev/null 2>&1 ||
	bad "new --template=small: exit $?"
grep -q 'partnership = "small";' "$dir/small.cfg" || bad "not small"
grep -q 'sommerfest' "$dir/small.cfg" || bad "no summer party request"
"$B2C" check "$dir/small.cfg" || bad "small.cfg does not check"
# The small path: a concrete proposal, the agreement on one page.
grep -q '^    request = "Hjælp til sommerfesten' "$dir/small.cfg" ||
	bad "no concrete proposal"
"$B2C" --lang en report --agreement "$dir/small.cfg" >"$dir/agreement" ||
	bad "report --agreement: exit $?"
grep -q "What: Hjælp til sommerfesten" "$dir/agreement" ||
	bad "agreement: $(cat "$dir/agreement")"
"$B2C" --lang en report "$dir/small.cfg" >"$dir/report" || bad "report: exit $?"
grep -q "Annual wheel" "$dir/report" && bad "the template is not on the short path"

# Never over an existing file.
cp "$dir/small.cfg" "$dir/before"
"$B2C" new "$dir/small.cfg" >/dev/null 2>"$dir/err"
rc=$?
[ "$rc" = 1 ] || bad "existing file: exit $rc, want 1"
cmp -s "$dir/small.cfg" "$dir/before" || bad "existing file changed"
grep -q 'already exists' "$dir/err" || bad "existing: $(cat "$dir/err")"

# Nor through a dangling symlink.
ln -s "$dir/target.cfg" "$dir/link.cfg"
"$B2C" new "$dir/link.cfg" >/dev/null 2>&1
rc=$?
[ "$rc" = 1 ] || bad "symlink: exit $rc, want 1"
[ -e "$dir/target.cfg" ] && bad "wrote through a symlink"

# Usage errors.
for args in "--template=nope $dir/x.cfg" "--template=../demo $dir/x.cfg" \
	"" "$dir/x.cfg $dir/y.cfg" "--bogus $dir/x.cfg"; do
	# shellcheck disable=SC2086
	"$B2C" new $args >/dev/null 2>&1
	rc=$?
	[ "$rc" = 2 ] || bad "new $args: exit $rc, want 2"
done
[ -e "$dir/x.cfg" ] && bad "x.cfg created by a usage error"
exit $fail
