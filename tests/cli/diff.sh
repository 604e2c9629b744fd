#!/bin/sh
# b2c diff: two versions of the demo session, one edited as b2c writes
# files (a title, a meeting's field, a tally, a meeting added, one
# removed, an unknown setting); every change is named once, with its old
# and new value, in text and in Markdown; and git uses it as diff driver.
set -u
command -v git >/dev/null || { echo "git is needed"; exit 99; }
tmp="$B2C_TEST_TMP/diff.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
cd "$tmp" || exit 99
status=0
fail() {
	echo "FAIL: $*" >&2
	status=1
}

cp "$B2C_DATADIR/demo.cfg" a.cfg
sed -e 's/Transport om morgenen/Transport om aftenen/' \
    -e '/^      id = "trust";/,/^      id = "cocreation";/s/^              agree = 35;/              agree = 36;/' \
    -e 's/^title = "/title = "Nyt: /' \
    -e '/^  meetings = ( {/a\      id = "0123456789abcdef";\n      date = "2027-03-01";\n      participants = "Anna";\n    }, {' \
    -e 's/^version = \([0-9]*\);/version = \1;\nlocal_note = "ny";/' a.cfg >b.cfg
# Meeting 3 removed: its group and the separator before it.
python3 - <<'PY' || exit 99
s = open("b.cfg", encoding="utf-8").read()
i = s.index('      id = "3";\n      date = "2026-08-25"')
a = s.rindex("}, {", 0, i)
b = s.index("}", i)
open("b.cfg", "w", encoding="utf-8").write(s[:a] + s[b:])
PY
"$B2C" check b.cfg || fail "edited file invalid"

"$B2C" diff a.cfg b.cfg >out 2>err
rc=$?
[ "$rc" -eq 0 ] || fail "exit $rc: $(cat err)"
cat >want <<'EOF2'
Start, title: changed
    - Partnerskab mellem Bo-Vest og Nortec
    + Nyt: Partnerskab mellem Bo-Vest og Nortec
Part 3, part3.meetings[2].learnings: changed
    - Transport om morgenen er svær for nogle; tidligere mødetid fungerer dårligt.
    + Transport om aftenen er svær for nogle; tidligere mødetid fungerer dårligt.
Part 3, part3.meetings[3]: removed
    - 2026-08-25 · Mette Hansen, Lars Christensen, afdelingsbestyrelsen
Part 3, part3.meetings[0123456789abcdef]: added
    + 2027-03-01 · Anna
Part 3, part3.indicators[trust].measurements[year 1].tallies[trust-meeting-place].agree: changed
    - 35
    + 36
Start, local_note: added
    + ny
EOF2
# In the order of the file, as b2c writes it: unknown settings last.
diff -u want out || fail "text output differs"
[ -s err ] && fail "stderr: $(cat err)"

"$B2C" diff --format=markdown a.cfg b.cfg >md 2>err || fail "markdown: exit"
grep -qxF -- '- **Part 3**, part3.meetings\[2\].learnings: Transport om morgenen er svær for nogle; tidligere mødetid fungerer dårligt. → Transport om aftenen er svær for nogle; tidligere mødetid fungerer dårligt.' md ||
	fail "markdown: learnings: $(cat md)"
grep -qxF -- '- **Part 3**, part3.meetings\[3\]: removed: 2026-08-25 · Mette Hansen, Lars Christensen, afdelingsbestyrelsen' md ||
	fail "markdown: removed meeting"
[ "$(grep -c '^- \*\*' md)" -eq 6 ] || fail "markdown: not 6 entries"

"$B2C" diff a.cfg a.cfg >out 2>&1 || fail "same file: exit"
[ -s out ] && fail "same file: $(cat out)"
"$B2C" diff --format=html a.cfg b.cfg >/dev/null 2>&1
[ $? -eq 2 ] || fail "--format=html: not a usage error"
echo 'version = 1; title = ' >bad.cfg
"$B2C" diff a.cfg bad.cfg >/dev/null 2>err
[ $? -eq 1 ] || fail "bad file: exit"
grep -q '^bad.cfg:' err || fail "bad file: $(cat err)"

# As git's diff driver: git diff shows the partnership's changes.
git init -q repo && cd repo || exit 99
git config user.email t@example.org
git config user.name Test
git config diff.b2c.command "\"$B2C\" diff"
echo '*.cfg diff=b2c' >.gitattributes
cp ../a.cfg s.cfg
git add . && git commit -qm base || exit 99
cp ../b.cfg s.cfg
git diff >out 2>err || fail "git diff: $(cat err)"
head -1 out | grep -qx 's.cfg' || fail "git diff: header $(head -1 out)"
grep -qxF 'Part 3, part3.meetings[0123456789abcdef]: added' out ||
	fail "git diff: $(cat out)"
grep -q 'id = ' out && fail "git diff: shows lines of text"
git add s.cfg && git commit -qm b
git rm -q s.cfg
git diff --cached >out 2>err || fail "git diff of a removal: $(cat err)"
grep -qxF 'Part 3, part3.meetings[0123456789abcdef]: removed' out ||
	fail "git diff of a removal: $(cat out)"

cd "$B2C_TEST_TMP" || exit 99
[ "$status" -eq 0 ] && rm -rf "$tmp"
exit $status
