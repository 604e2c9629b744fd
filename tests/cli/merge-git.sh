#!/bin/sh
# b2c merge as git's merge driver, in real git merges of a scratch
# repository: two branches each change the demo session and git merges
# them. Edits are made to the text as b2c writes it (records with ids of
# 16 hex digits); the results are checked with b2c check and field by
# field in the merged file, and git's own status says clean or conflicted.
set -u
command -v git >/dev/null || { echo "git is needed"; exit 99; }
command -v python3 >/dev/null || { echo "python3 is needed"; exit 99; }
tmp="$B2C_TEST_TMP/merge-git.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
status=0
fail() {
	echo "FAIL: $*" >&2
	status=1
}

# edit FILE OP ARGS...: one change, as b2c would write it.
cat >"$tmp/edit.py" <<'PY'
import re, sys
path, op, args = sys.argv[1], sys.argv[2], sys.argv[3:]
s = open(path, encoding="utf-8").read()
part3 = s.index("\npart3 = {")	# meetings and indicators

def record(s, rid):
    """Start and end (after '}') of the record with id rid."""
    i = s.index('id = "%s";' % rid, part3)
    start = s.rindex("{", 0, i)
    end = s.index("}", i) + 1
    return start, end

if op == "add-meeting":		# id date participants
    new = ('{\n      id = "%s";\n      date = "%s";\n'
           '      participants = "%s";\n    }, ' % tuple(args))
    i = s.index("  meetings = ( ") + len("  meetings = ( ")
    s = s[:i] + new + s[i:]
elif op == "set":		# id field value
    a, b = record(s, args[0])
    block = re.sub(r'(\n\s*%s = )"[^"\n]*";' % args[1],
                   lambda m: m.group(1) + '"%s";' % args[2], s[a:b], count=1)
    assert block != s[a:b], "no field " + args[1]
    s = s[:a] + block + s[b:]
elif op == "delete":		# id
    a, b = record(s, args[0])
    if s[b:b + 3] == ", {":
        s = s[:a] + s[b + 2:]
    else:
        a = s.rindex("}", 0, a)
        s = s[:a + 1] + s[b:]
elif op == "unknown":		# id name value (id "" = top level)
    if args[0] == "":
        s += "%s = %s;\n" % (args[1], args[2])
    else:
        i = s.index('id = "%s";' % args[0], part3) + len('id = "%s";' % args[0])
        s = s[:i] + "\n      %s = %s;" % (args[1], args[2]) + s[i:]
elif op == "tally":		# indicator period field value
    i = s.index('id = "%s";' % args[0], part3)
    i = s.index('period = "%s";' % args[1], i)
    m = re.compile(r"(?m)^\s*(%s = )[^;]*" % args[2]).search(s, i)
    s = s[:m.start(1)] + "%s = %s" % (args[2], args[3]) + s[m.end():]
elif op == "add-period":	# indicator period date
    i = s.index('id = "%s";' % args[0], part3)
    i = s.index("measurements = ( {", i) + len("measurements = ( ")
    s = s[:i] + ('{\n          period = "%s";\n          date = "%s";\n'
                 '        }, ' % (args[1], args[2])) + s[i:]
open(path, "w", encoding="utf-8").write(s)
PY

# get FILE ID FIELD: the value of FIELD in the record ID of part3 ("" =
# the top level).
get() {
	python3 - "$@" <<'PY'
import re, sys
s = open(sys.argv[1], encoding="utf-8").read()
if sys.argv[2]:
    i = s.index('id = "%s";' % sys.argv[2], s.index("\npart3 = {"))
    s = s[s.rindex("{", 0, i):s.index("}", i)]
m = re.search(r'(?m)^\s*%s = (.*);$' % re.escape(sys.argv[3]), s)
print(m.group(1) if m else "<none>")
PY
}

edit() {
	python3 "$tmp/edit.py" "$@" || fail "edit $*"
}

# A repository with the demo session and b2c as merge driver; the
# recipe b2c(1) gives.
repo() {
	r="$tmp/$1"
	git init -q "$r" && cd "$r" || exit 99
	git config user.email t@example.org
	git config user.name Test
	git config merge.b2c.driver "\"$B2C\" merge %O %A %B %P"
	git config merge.b2c.name "b2c session merge"
	echo '*.cfg merge=b2c' >.gitattributes
	cp "$B2C_DATADIR/demo.cfg" s.cfg
	git add .gitattributes s.cfg && git commit -qm base || exit 99
	git branch -M main
}

# branch NAME: starts NAME from main.
branch() {
	git checkout -q main && git checkout -qb "$1"
}

commit() {
	git commit -qam "$1" || fail "commit $1"
}

# Both sides add a meeting: no conflict, both kept, nothing else lost.
repo meetings
branch anna
edit s.cfg add-meeting 0123456789abcdef 2027-03-01 "Anna, Bo"
commit anna
branch bo
edit s.cfg add-meeting fedcba9876543210 2027-03-02 "Carl"
commit bo
git checkout -q anna
git merge -q -m merge bo >"$tmp/out" 2>&1 || fail "meetings: git merge: $(cat "$tmp/out")"
"$B2C" check s.cfg || fail "meetings: check"
[ "$(get s.cfg 0123456789abcdef participants)" = '"Anna, Bo"' ] ||
	fail "meetings: Anna's meeting"
[ "$(get s.cfg fedcba9876543210 participants)" = '"Carl"' ] ||
	fail "meetings: Bo's meeting"
meetings() {
	sed -n '/^  meetings = (/,/^  indicators = (/p' s.cfg | grep -c "$1"
}
[ "$(meetings '^      id = "')" -eq 5 ] || fail "meetings: not 5"
for id in 1 2 3; do
	[ "$(get s.cfg "$id" decisions)" = \
	    "$(get "$B2C_DATADIR/demo.cfg" "$id" decisions)" ] ||
		fail "meetings: meeting $id changed"
done
grep -q '^conflicts' s.cfg && fail "meetings: conflicts listed"
git status --porcelain | grep -q . && fail "meetings: not clean"

# One side edits a measurement, the other adds a period.
repo measure
branch anna
edit s.cfg tally trust "year 1" agree 36
commit anna
branch bo
edit s.cfg add-period trust "year 2" 2027-11-14
commit bo
git checkout -q anna
git merge -q -m merge bo >"$tmp/out" 2>&1 || fail "measure: git merge: $(cat "$tmp/out")"
"$B2C" check s.cfg || fail "measure: check"
awk '/id = "trust";/ { t = 1 } t && /period = "year 1"/ { p = 1 }
    p && /agree = / && !/strongly/ { print $3; exit }' s.cfg >"$tmp/v"
[ "$(cat "$tmp/v")" = "36;" ] || fail "measure: edited tally: $(cat "$tmp/v")"
awk '/id = "trust";/ { t = 1 } /id = "cocreation";/ { t = 0 }
    t && /period = /' s.cfg >"$tmp/v"
[ "$(grep -c . "$tmp/v")" -eq 3 ] || fail "measure: periods: $(cat "$tmp/v")"
grep -q 'period = "year 2"' "$tmp/v" || fail "measure: year 2 lost"

# Both edit the same field: a conflict; ours in place, both kept, the file,
# still a session b2c reads, reports mark it, and git reports the conflict.
repo title
branch anna
edit s.cfg set 2 learnings "Anna skrev dette"
edit s.cfg set 1 adjust "Kun Anna"
commit anna
branch bo
edit s.cfg set 2 learnings "Bo skrev noget andet"
edit s.cfg set 3 adjust "Kun Bo"
commit bo
git checkout -q anna
git merge -q -m merge bo >"$tmp/out" 2>&1 && fail "title: git merged clean"
git status --porcelain s.cfg | grep -q '^UU s.cfg' ||
	fail "title: git does not see the conflict"
grep -q '^<<<<<<<' s.cfg && fail "title: conflict markers"
"$B2C" check s.cfg >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || fail "title: check exit $rc"
[ "$(cat "$tmp/err")" = 's.cfg: conflict at part3.meetings[2].learnings: "Anna skrev dette" here, "Bo skrev noget andet" in the other version' ] ||
	fail "title: check said: $(cat "$tmp/err")"
[ "$(get s.cfg 2 learnings)" = '"Anna skrev dette"' ] || fail "title: ours"
[ "$(get s.cfg 1 adjust)" = '"Kun Anna"' ] || fail "title: Anna's other edit"
[ "$(get s.cfg 3 adjust)" = '"Kun Bo"' ] || fail "title: Bo's other edit"
sed -n '/^conflicts = /,$p' s.cfg >"$tmp/c"
grep -q 'theirs = "Bo skrev noget andet";' "$tmp/c" || fail "title: theirs lost"
grep -q 'ours = "Anna skrev dette";' "$tmp/c" || fail "title: ours not listed"
"$B2C" report --width=200 s.cfg >"$tmp/report" || fail "title: report"
grep -qF -- ', line 2 (part3.meetings[2].learnings): "Anna skrev dette" here, "Bo skrev noget andet" in the other version' \
    "$tmp/report" || fail "title: the report does not mark the conflict"
grep -q '^Conflicts not yet decided$' "$tmp/report" ||
	fail "title: no conflicts heading in the report"
grep -qF "This report shows this version's values until someone decides" \
    "$tmp/report" || fail "title: the report does not say whose values"
# Every format marks it: markdown and html name the field, the CSV rows
# count the conflicts left (one here).
for f in markdown html; do
	"$B2C" --lang en report --format $f s.cfg >"$tmp/report.$f" || fail "$f: exit"
	grep -q 'line 2 (part3\.meetings\\\{0,1\}\[2\\\{0,1\}\]\.learnings)' \
	    "$tmp/report.$f" ||
		fail "title: the $f report does not mark the conflict"
done
"$B2C" report --format csv s.cfg | tr -d '\r' >"$tmp/report.csv"
head -n 1 "$tmp/report.csv" | grep -q ',merge_conflicts$' || fail "csv: no column"
[ "$(sed 1d "$tmp/report.csv" | grep -vc ',1$')" -eq 0 ] &&
    [ "$(sed 1d "$tmp/report.csv" | grep -c .)" -gt 0 ] ||
	fail "csv: rows do not count the conflict: $(cat "$tmp/report.csv")"
grep -q 'base = "Transport om morgenen er svær for nogle; tidligere mødetid fungerer dårligt.";' \
    "$tmp/c" || fail "title: base not listed"

# One side deletes a meeting the other edits: the edited meeting is kept.
repo delete
branch anna
edit s.cfg delete 2
commit anna
branch bo
edit s.cfg set 2 decisions "Bo besluttede"
edit s.cfg delete 3
commit bo
git checkout -q anna
git merge -q -m merge bo >"$tmp/out" 2>&1 && fail "delete: git merged clean"
"$B2C" check s.cfg 2>"$tmp/err"
[ "$(cat "$tmp/err")" = 's.cfg: conflict at part3.meetings[2]: removed here, changed in the other version (kept)' ] ||
	fail "delete: check said: $(cat "$tmp/err")"
[ "$(get s.cfg 2 decisions)" = '"Bo besluttede"' ] || fail "delete: edit lost"
[ "$(meetings '^      id = "3";')" -eq 0 ] || fail "delete: 3 not deleted"
[ "$(meetings '^      id = "1";')" -eq 1 ] || fail "delete: meeting 1 lost"

# Unknown settings on both sides, at the top and in a record, merge by the
# same rules: different ones kept, the same one changed two ways a
# conflict.
repo unknown
branch anna
edit s.cfg unknown "" anna_top '"a"'
edit s.cfg unknown 1 room '"Salen"'
edit s.cfg unknown "" shared 1
commit anna
branch bo
edit s.cfg unknown "" bo_top '[ 1, 2 ]'
edit s.cfg unknown 1 seats 40
edit s.cfg unknown "" shared 2
commit bo
git checkout -q anna
git merge -q -m merge bo >"$tmp/out" 2>&1 && fail "unknown: git merged clean"
"$B2C" check s.cfg 2>"$tmp/err"
[ "$(cat "$tmp/err")" = 's.cfg: conflict at shared: "1" here, "2" in the other version' ] ||
	fail "unknown: check said: $(cat "$tmp/err")"
[ "$(get s.cfg "" anna_top)" = '"a"' ] || fail "unknown: anna_top"
[ "$(get s.cfg "" bo_top)" = '[ 1, 2 ]' ] || fail "unknown: bo_top"
[ "$(get s.cfg "" shared)" = '1' ] || fail "unknown: shared"
[ "$(get s.cfg 1 room)" = '"Salen"' ] || fail "unknown: room"
[ "$(get s.cfg 1 seats)" = '40' ] || fail "unknown: seats"

# A file from before records had ids: both sides add a meeting; the old
# meetings are recognised by position in all three.
repo legacy
sed '/^ *id = "[0-9]*";$/d' "$B2C_DATADIR/demo.cfg" >s.cfg
grep -q 'id = "1"' s.cfg && exit 99
commit "no ids"
branch anna
edit s.cfg set belonging name "Tilhør"
edit s.cfg add-meeting 0123456789abcdef 2027-03-01 "Anna"
commit anna
branch bo
edit s.cfg add-meeting fedcba9876543210 2027-03-02 "Bo"
commit bo
git checkout -q anna
git merge -q -m merge bo >"$tmp/out" 2>&1 || fail "legacy: git merge: $(cat "$tmp/out")"
"$B2C" check s.cfg || fail "legacy: check"
[ "$(meetings '^      date = "20')" -eq 5 ] || fail "legacy: not 5 meetings"
[ "$(get s.cfg belonging name)" = '"Tilhør"' ] || fail "legacy: name"

# Usage and unreadable input: OURS unchanged, exit 2.
cd "$tmp" || exit 99
cp "$B2C_DATADIR/demo.cfg" ours.cfg
echo 'version = 1; title = ' >bad.cfg
"$B2C" merge "$B2C_DATADIR/demo.cfg" ours.cfg bad.cfg 2>"$tmp/err"
rc=$?
[ "$rc" -eq 2 ] || fail "bad input: exit $rc"
cmp -s ours.cfg "$B2C_DATADIR/demo.cfg" || fail "bad input: ours changed"
grep -q '^bad.cfg:' "$tmp/err" || fail "bad input: $(cat "$tmp/err")"
"$B2C" merge a b >/dev/null 2>&1
[ $? -eq 2 ] || fail "two files: not a usage error"

[ "$status" -eq 0 ] && rm -rf "$tmp"
exit $status
