#!/bin/sh
# b2c calendar: the demo's dates as an iCalendar that a real parser
# (Debian's python3-icalendar) reads, with every meeting, activity and
# the measurement; the lines are CRLF and folded at 75 octets; an export
# of the unchanged session is the same bytes (stable UIDs). Without the
# parser the file's form is still checked.
set -u
tmp="$B2C_TEST_TMP/calendar.$$"
rm -rf "$tmp"
mkdir -p "$tmp"
status=0

fail() {
	echo "FAIL: $*" >&2
	status=1
}

demo="$B2C_DATADIR/demo.cfg"
"$B2C" --lang en calendar "$demo" >"$tmp/demo.ics" 2>"$tmp/err"
rc=$?
[ "$rc" -eq 0 ] || fail "exit $rc: $(cat "$tmp/err")"
"$B2C" --lang en calendar "$demo" >"$tmp/again.ics"
cmp -s "$tmp/demo.ics" "$tmp/again.ics" || fail "two exports differ"

# Every line ends in CRLF and is at most 75 octets before it.
LC_ALL=C awk '{
	if (substr($0, length($0), 1) != "\r") { print "no CR: " NR; bad = 1 }
	if (length($0) - 1 > 75) { print "long: " NR; bad = 1 }
} END { exit bad }' "$tmp/demo.ics" || fail "line form"
LC_ALL=C grep -c '^ ' "$tmp/demo.ics" >/dev/null || fail "nothing folded"

# The same session saved under another name keeps its UIDs; another
# session (another creation time) gets others.
sed 's/^title = .*/title = "Omdøbt";/' "$demo" >"$tmp/renamed.cfg"
"$B2C" calendar "$tmp/renamed.cfg" | grep '^UID:' >"$tmp/uids2"
grep '^UID:' "$tmp/demo.ics" >"$tmp/uids1"
cmp -s "$tmp/uids1" "$tmp/uids2" || fail "renaming the session changed UIDs"
sed 's/^created = .*/created = "2024-01-01T00:00:00Z";/' "$demo" \
	>"$tmp/other.cfg"
"$B2C" calendar "$tmp/other.cfg" | grep '^UID:' >"$tmp/uids3"
cmp -s "$tmp/uids1" "$tmp/uids3" && fail "another session has the same UIDs"

# The parser: Debian's, which python3 on PATH may not see.
py=
for p in /usr/bin/python3 python3; do
	if "$p" -c 'import icalendar' 2>/dev/null; then
		py=$p
		break
	fi
done
if [ -z "$py" ]; then
	echo "FAIL: python3-icalendar is needed (Debian package)" >&2
	rm -rf "$tmp"
	exit 99
fi
# The expected events, from the demo by hand: four meeting dates, ten
# activities (two with a date, eight a month each, yearly) and November's
# measurement, yearly; monthly ones start in the session's first year
# (created 1 September 2025), so January to August in 2026.
cat >"$tmp/want" <<'EOT'
20260224 20260225 - Evaluation meeting: Partnerskab mellem Bo-Vest og Nortec
20260526 20260527 - Evaluation meeting: Partnerskab mellem Bo-Vest og Nortec
20260825 20260826 - Evaluation meeting: Partnerskab mellem Bo-Vest og Nortec
20261124 20261125 - Evaluation meeting: Partnerskab mellem Bo-Vest og Nortec
20260101 20260201 YEARLY Opstartsmøde og planlægning af året
20260201 20260301 YEARLY Informationsmøde om praktikpladser i Beboerhuset
20260301 20260401 YEARLY Første hold unge starter i virksomhedspraktik
20260401 20260501 YEARLY Fælles forårsoprydning i Hedemarken
20260620 20260621 - Sommerfest på græsset ved Beboerhuset
20260801 20260901 YEARLY Andet hold unge starter i praktik
20250901 20251001 YEARLY Lektiecafé og jobsamtaletræning
20251001 20251101 YEARLY Åbent hus på Nortecs vaskeri
20251101 20251201 YEARLY Årlig effektmåling blandt beboerne
20261212 20261213 - Julearrangement i Nortecs kantine
20251101 20251201 YEARLY Annual impact measurement
EOT
cat >"$tmp/parse.py" <<'EOT'
import sys
import icalendar

cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
assert cal['VERSION'] == '2.0', cal['VERSION']
assert str(cal['PRODID']).startswith('-//b2c//'), cal['PRODID']
uids = set()
for ev in cal.walk('VEVENT'):
    uid = str(ev['UID'])
    assert uid not in uids, 'UID twice: ' + uid
    uids.add(uid)
    assert ev.get('DTSTAMP') is not None
    start = ev.decoded('DTSTART').strftime('%Y%m%d')
    end = ev.decoded('DTEND').strftime('%Y%m%d')
    rule = ev.get('RRULE')
    freq = rule['FREQ'][0] if rule else '-'
    print(start, end, freq, str(ev['SUMMARY']))
# Text with every special character comes back as written.
for ev in cal.walk('VEVENT'):
    if str(ev['SUMMARY']).startswith('Sommerfest'):
        d = str(ev['DESCRIPTION'])
        assert 'Responsible: Both.' in d, d
        assert 'Bo-Vest står for program og frivillige; Nortec' in d, d
        assert '\nPartnerskab mellem Bo-Vest og Nortec' in d, d
EOT
"$py" "$tmp/parse.py" "$tmp/demo.ics" >"$tmp/got" 2>"$tmp/err" ||
	fail "the parser refused it: $(cat "$tmp/err")"
cmp -s "$tmp/want" "$tmp/got" || {
	fail "the events:"
	diff -u "$tmp/want" "$tmp/got" >&2
}

# Text needing escapes, long enough to fold inside a Danish letter.
long="Æ$(printf 'ø%.0s' $(seq 1 60)), semi; back\\slash"
printf 'version = 1;\ncreated = "2026-01-05T10:00:00Z";\ntitle = "T";\npart2 = { wheel = ( { date = "2026-03-01"; title = "%s"; } ); };\n' \
	"$(printf '%s' "$long" | sed 's/\\/\\\\/g')" >"$tmp/esc.cfg"
"$B2C" calendar "$tmp/esc.cfg" >"$tmp/esc.ics" || fail "escapes: exit"
"$py" -c '
import sys, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
ev = list(cal.walk("VEVENT"))[0]
sys.stdout.write(str(ev["SUMMARY"]))' "$tmp/esc.ics" >"$tmp/esc.got" ||
	fail "escapes: the parser refused it"
[ "$(cat "$tmp/esc.got")" = "$long" ] ||
	fail "escapes: got '$(cat "$tmp/esc.got")', want '$long'"

"$B2C" calendar >/dev/null 2>&1
[ $? -eq 2 ] || fail "no file: want exit 2"
"$B2C" calendar "$tmp/none.cfg" >/dev/null 2>&1
[ $? -eq 1 ] || fail "missing file: want exit 1"

rm -rf "$tmp"
exit $status
