#!/bin/sh
# A session with escape sequences (ESC[2J, OSC 52), C1 controls and bidi
# overrides in every string: no format lets a raw ESC, C1 or bidi
# character through, the text shows them visibly, and no CSV cell can be
# taken for a formula.
set -u
tmp="$B2C_TEST_TMP/report-hostile.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
hostile="$top_srcdir/tests/data/hostile/escapes.cfg"
status=0

fail() {
	echo "FAIL: $*" >&2
	status=1
}

esc=$(printf '\033')
bel=$(printf '\007')
for f in text markdown html csv; do
	out="$tmp/out.$f"
	"$B2C" report --format "$f" "$hostile" >"$out" 2>"$tmp/err" ||
		fail "$f: exit $?: $(cat "$tmp/err")"
	LC_ALL=C grep -q "$esc" "$out" && fail "$f: raw ESC"
	LC_ALL=C grep -q "$bel" "$out" && fail "$f: raw BEL"
	# C1 as UTF-8 (U+0080..U+009F) and as a raw byte (0x80..0x9f alone)
	for b in 200 201 202 203 204 205 206 207 210 211 212 213 214 215 \
	    216 217 220 221 222 223 224 225 226 227 230 231 232 233 234 \
	    235 236 237; do
		LC_ALL=C grep -q "$(printf "\\302\\$b")" "$out" &&
			fail "$f: raw C1 \\302\\$b"
	done
	# bidi embeddings, overrides and isolates
	for b in 252 253 254 255 256; do
		LC_ALL=C grep -q "$(printf "\\342\\200\\$b")" "$out" &&
			fail "$f: raw bidi \\342\\200\\$b"
	done
	for b in 246 247 250 251; do
		LC_ALL=C grep -q "$(printf "\\342\\201\\$b")" "$out" &&
			fail "$f: raw bidi \\342\\201\\$b"
	done
	# other C0 controls (tab, CR, LF allowed)
	LC_ALL=C tr -d '\t\r\n' <"$out" | LC_ALL=C grep -q '[[:cntrl:]]' &&
		fail "$f: a raw control character"
done

grep -q 'Titel \^\[\[2J\^\[\]52;c;ZXZpbA==\^G<U+009B>31m<U+202E>' \
    "$tmp/out.text" || fail "text: escapes not shown visibly"
grep -q '&lt;U+202E&gt;' "$tmp/out.html" || fail "html: bidi not shown"
grep -q '<U+202E>' "$tmp/out.html" && fail "html: a raw < from the data"
# The count KPI's name starts with '=': the cell gets an apostrophe.
grep -q '^internships,"'"'"'=HYPERLINK(""http://x"")' "$tmp/out.csv" ||
	fail "csv: formula not defused: $(grep internships "$tmp/out.csv")"
tr -d '\r' <"$tmp/out.csv" | cut -c1 | grep -q '[-=+@]' &&
	fail "csv: a line starts with a formula character"

# A raw C1 byte (0x9b, CSI on 8-bit terminals) is not UTF-8: the file is
# refused before anything is printed.
printf 'version = 1;\ntitle = "raw \\x9b2J";\n' >"$tmp/raw.cfg"
"$B2C" report "$tmp/raw.cfg" >"$tmp/raw.out" 2>"$tmp/raw.err"
rc=$?
[ "$rc" -eq 1 ] || fail "raw 0x9b: exit $rc, want 1"
[ -s "$tmp/raw.out" ] && fail "raw 0x9b: printed a report"
grep -q "raw.cfg:2: " "$tmp/raw.err" || fail "raw 0x9b: $(cat "$tmp/raw.err")"

rm -rf "$tmp"
exit $status
