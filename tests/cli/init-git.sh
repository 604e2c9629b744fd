#!/bin/sh
# b2c init-git, with git itself as the oracle: it refuses a directory
# that is not in a git work tree; it writes .gitattributes and the
# drivers once, however often it runs; then in two clones of one
# repository, each set up with it, two meetings added on both sides merge
# with no conflict (git pull says so) and two titles are a conflict git
# reports and b2c check names.
set -u
: "${B2C:?}" "${B2C_TEST_TMP:?}" "${B2C_DATADIR:?}"
command -v git >/dev/null || { echo "FAIL: git is needed"; exit 99; }
tmp="$B2C_TEST_TMP/init-git.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
status=0
fail() {
	echo "FAIL: $*" >&2
	status=1
}
# The user's own git settings play no part.
GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_CONFIG_GLOBAL GIT_CONFIG_NOSYSTEM

# Not a git work tree: refused, nothing written.
mkdir "$tmp/plain"
GIT_CEILING_DIRECTORIES="$tmp" "$B2C" init-git "$tmp/plain" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || fail "plain dir: exit $rc"
[ "$(cat "$tmp/err")" = "$tmp/plain: not in a git work tree; run \"git init\" there first" ] ||
	fail "plain dir said: $(cat "$tmp/err")"
[ -e "$tmp/plain/.gitattributes" ] && fail "plain dir: .gitattributes written"
"$B2C" init-git a b >/dev/null 2>&1
[ $? -eq 2 ] || fail "two directories: not a usage error"

# Set up twice, from a subdirectory: one line, the drivers as git reads them.
git init -q "$tmp/origin.work"
mkdir "$tmp/origin.work/sub"
printf '*.txt text' >"$tmp/origin.work/.gitattributes"	# no newline at the end
"$B2C" init-git "$tmp/origin.work/sub" >"$tmp/out" 2>&1 || fail "init-git: $(cat "$tmp/out")"
"$B2C" init-git "$tmp/origin.work/sub" >"$tmp/out" 2>&1 || fail "init-git again: $(cat "$tmp/out")"
printf '*.txt text\n*.cfg merge=b2c diff=b2c\n' >"$tmp/want"
cmp -s "$tmp/want" "$tmp/origin.work/.gitattributes" ||
	fail "gitattributes: $(cat "$tmp/origin.work/.gitattributes")"
cd "$tmp/origin.work" || exit 99
[ "$(git check-attr merge diff -- s.cfg)" = "s.cfg: merge: b2c
s.cfg: diff: b2c" ] || fail "check-attr: $(git check-attr merge diff -- s.cfg)"
[ "$(git config --get-all merge.b2c.driver)" = "'$(cd "$(dirname "$B2C")" && pwd -P)/$(basename "$B2C")' merge %O %A %B %P" ] ||
	fail "driver: $(git config --get-all merge.b2c.driver)"
[ "$(git config --get-all diff.b2c.command | wc -l)" -eq 1 ] || fail "diff command twice"
git config --get merge.b2c.name >/dev/null || fail "no merge.b2c.name"

# The shared repository, and two clones each set up with b2c init-git.
git config user.email t@example.org
git config user.name Test
cp "$B2C_DATADIR/demo.cfg" s.cfg
git add .gitattributes s.cfg && git commit -qm base || exit 99
git branch -M main
git clone -q --bare "$tmp/origin.work" "$tmp/origin.git" || exit 99
for who in anna bo; do
	git clone -q "$tmp/origin.git" "$tmp/$who" || exit 99
	git -C "$tmp/$who" config user.email "$who@example.org"
	git -C "$tmp/$who" config user.name "$who"
	"$B2C" init-git "$tmp/$who" >/dev/null || fail "init-git $who"
done

# add_meeting FILE ID DATE: a meeting as b2c writes one, first in the list.
add_meeting() {
	sed "s/^  meetings = ( {\$/  meetings = ( {\\
      id = \"$2\";\\
      date = \"$3\";\\
      participants = \"$2\";\\
    }, {/" "$1" >"$1.new" && mv "$1.new" "$1"
}
set_title() {
	sed "s/^title = .*/title = \"$2\";/" "$1" >"$1.new" && mv "$1.new" "$1"
}

cd "$tmp/anna" || exit 99
add_meeting s.cfg 0123456789abcdef 2027-03-01
"$B2C" check s.cfg || fail "anna's edit is no session"
git commit -qam "Anna's meeting" && git push -q origin main || fail "anna push"
cd "$tmp/bo" || exit 99
add_meeting s.cfg fedcba9876543210 2027-03-02
git commit -qam "Bo's meeting" || fail "bo commit"
git pull -q --no-rebase origin main >"$tmp/out" 2>&1 || fail "meetings: pull: $(cat "$tmp/out")"
[ -z "$(git status --porcelain)" ] || fail "meetings: not clean: $(git status --porcelain)"
"$B2C" check s.cfg || fail "meetings: check"
grep -c '^      id = "0123456789abcdef";$' s.cfg | grep -qx 1 || fail "Anna's meeting lost"
grep -c '^      id = "fedcba9876543210";$' s.cfg | grep -qx 1 || fail "Bo's meeting lost"
git push -q origin main || fail "bo push"

# Two titles: git reports the conflict; the file is a session that
# b2c check reads and lists the conflict of.
cd "$tmp/anna" || exit 99
git pull -q --no-rebase origin main || fail "anna pull"
set_title s.cfg "Annas titel"
git commit -qam "Anna's title" && git push -q origin main || fail "anna push 2"
cd "$tmp/bo" || exit 99
set_title s.cfg "Bos titel"
git commit -qam "Bo's title" || fail "bo commit 2"
git pull -q --no-rebase origin main >"$tmp/out" 2>&1 && fail "titles: git merged clean"
git status --porcelain s.cfg | grep -q '^UU s.cfg' || fail "titles: git sees no conflict"
grep -q '^<<<<<<<' s.cfg && fail "titles: conflict markers"
"$B2C" check s.cfg 2>"$tmp/err"
rc=$?
[ "$rc" -eq 1 ] || fail "titles: check exit $rc"
[ "$(cat "$tmp/err")" = 's.cfg: conflict at title: "Bos titel" here, "Annas titel" in the other version' ] ||
	fail "titles: check said: $(cat "$tmp/err")"
grep -q '^title = "Bos titel";$' s.cfg || fail "titles: ours not in place"
# git diff shows the change through b2c diff, in the partnership's words.
git diff HEAD~1 HEAD -- s.cfg >"$tmp/out" 2>&1
grep -q 'Bos titel' "$tmp/out" || fail "git diff: $(cat "$tmp/out")"
grep -q '^-title = ' "$tmp/out" && fail "git diff shows lines, not b2c diff"

[ "$status" -eq 0 ] && rm -rf "$tmp"
exit $status
