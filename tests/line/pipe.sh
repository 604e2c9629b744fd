#!/bin/sh
# The line mode from a pipe, in English: a new session, the whole of
# Del 1 for both parties, Del 2 and one Del 3 measurement answered from a
# here-document, then the saved file checked field by field.
. "$top_srcdir/tests/line/lib.sh"
line_setup pipe

line_run en hedemarken.cfg > out.txt 2> err.txt <<'ANSWERS'
Hedemarken 2027
Hedemarken
Bo-Vest
Mette Hansen
Boligsocial koordinator
Nortec
Lars Christensen
HR-chef
large
Mange unge i Hedemarken mangler uddannelse og job.
Flere ældre føler sig ensomme.
.
Praktik hos en lokal virksomhed og en sommerfest.
.
Tilhørsforhold: stolthed over området.
.
Unge i virksomhedspraktik og tryghed.
.
add
1
15
timer/md
Koordinatoren følger de unge.
add
Facilities
1
lokale
Beboerhuset til møder.
done
3
Vi søger en fast partner.
.
edit 1 Vi vil minimere ensomhed.
edit 2 Vi vil øge tryghed.
edit 3 Vi har begrænsede ressourcer.
4
Vi vil inspirere de unge til at tage uddannelse.
edit 5 Vi kan tilbyde lokaler i Beboerhuset.

Vi mangler medarbejdere og vil rekruttere lokalt.
.
Praktikpladser til unge fra Hedemarken.
.
Praktikken giver de unge et fællesskab.
.
Antallet af unge i virksomhedspraktik.
.
add
Money
25000
kr./år
Sponsorat af sommerfesten.
done
larger
Lokal rekruttering og ESG-dokumentation.
.
edit 1 Vi vil rekruttere lokalt.
edit 2 Vi vil give unge en første erfaring.
edit 3 Vi skal dokumentere effekten.
edit 4 Vi kan afsætte vejledertimer.
edit 5 Vi vil engagere vores medarbejdere.
done
Alle tre indikatorer, plus tryghed.
.
add
Tryghed
% der føler sig tryg i nabolaget
1
70
yes
yes
no
Fra tryghedsundersøgelsen.
done
Unge uden job og ensomhed.
.
Praktik og sommerfest.
.
Koordinatortimer og kantinen.
.
Tryghed.
.
Jobcentret.
.
y
n
yes
no
Kommunens jobcenter.
.
add Fælles sommerfest i juni.
add
Åbent hus på vaskeriet.
done
done
add
June
20-06-2027
Sommerfest ved Beboerhuset
Both
Bo-Vest står for programmet.
done
done
add 24-02-2027
add 26 May 2027
done
November
Et udsagn pr. indikator.
.
100
done
done
edit 1



85



add
tilhoer-1
Siden Nortec kom, er jeg stoltere af mit område.
done
done
add
Tilhørsforhold
Baseline
15-11-2026
edit 1
41
10
5
3
2
1
0
done
add
Tillid
Baseline
16-11-2026
done
add
Tryghed
År 1
14-11-2027
done
done
ANSWERS
status=$?
[ "$status" = 0 ] || { echo "FAIL: exit status $status"; cat err.txt; LINE_FAILED=1; }
[ ! -s err.txt ] || { echo "FAIL: messages on stderr:"; cat err.txt; LINE_FAILED=1; }
[ ! -e hedemarken.cfg.lock ] || { echo "FAIL: the lock was left behind"; LINE_FAILED=1; }
line_no_escape out.txt
"$B2C" check hedemarken.cfg > check.txt 2>&1 || { echo "FAIL: b2c check:"; cat check.txt; LINE_FAILED=1; }

# What was asked, as it was asked.
line_grep out.txt "Start · The partnership · 1/2"
line_grep out.txt "Part 1 · Own priorities (Bo-Vest) · 1/10"
line_grep out.txt "Part 1 · Five most important points (Nortec) · 9/10"
line_grep out.txt "Part 3 · Annual impact measurement · 3/6"
line_grep out.txt "[1/9] Session title"
line_grep out.txt "   Now: Not set"
line_grep out.txt "This was the last step."
# The progress step draws the wizard's charts, in ASCII: (41 + 10) of 61
# answers agree (Don't know and blank are not counted).
line_grep out.txt "Progress of the indicators"
line_grep out.txt "84 % n=61"
# Nothing was refused: every answer fitted its question.
line_nogrep out.txt "Answer with a number"
line_nogrep out.txt "Invalid value"
line_nogrep out.txt "Unknown command"

f=hedemarken.cfg
# Start
line_has $f 'title = "Hedemarken 2027";'
line_has $f 'area = "Hedemarken";'
line_has $f 'partnership = "large";'
line_has $f 'name = "Bo-Vest";'
line_has $f 'contact = "Mette Hansen";'
line_has $f 'role = "Boligsocial koordinator";'
line_has $f 'name = "Nortec";'
line_has $f 'contact = "Lars Christensen";'
line_has $f 'role = "HR-chef";'
# Del 1, the housing organisation: several lines end with "."
line_has $f 'challenges = "Mange unge i Hedemarken mangler uddannelse og job.\nFlere ældre føler sig ensomme.";'
line_has $f 'initiatives = "Praktik hos en lokal virksomhed og en sommerfest.";'
line_has $f 'indicator_promotion = "Tilhørsforhold: stolthed over området.";'
line_has $f 'proposed_indicators = "Unge i virksomhedspraktik og tryghed.";'
line_has $f 'kind = "hours";'
line_has $f 'amount = 15.0;'
line_has $f 'unit = "timer/md";'
line_has $f 'note = "Koordinatoren følger de unge.";'
line_has $f 'kind = "facilities";'
line_has $f 'note = "Beboerhuset til møder.";'
line_has $f 'interest = "Vi søger en fast partner.";'
line_has $f 'points = [ "Vi vil minimere ensomhed.", "Vi vil øge tryghed.", "Vi har begrænsede ressourcer.", "Vi vil inspirere de unge til at tage uddannelse.", "Vi kan tilbyde lokaler i Beboerhuset." ];'
# Del 1, the company
line_has $f 'challenges = "Vi mangler medarbejdere og vil rekruttere lokalt.";'
line_has $f 'initiatives = "Praktikpladser til unge fra Hedemarken.";'
line_has $f 'indicator_promotion = "Praktikken giver de unge et fællesskab.";'
line_has $f 'proposed_indicators = "Antallet af unge i virksomhedspraktik.";'
line_has $f 'kind = "money";'
line_has $f 'amount = 25000.0;'
line_has $f 'unit = "kr./år";'
line_has $f 'interest = "Lokal rekruttering og ESG-dokumentation.";'
line_has $f 'points = [ "Vi vil rekruttere lokalt.", "Vi vil give unge en første erfaring.", "Vi skal dokumentere effekten.", "Vi kan afsætte vejledertimer.", "Vi vil engagere vores medarbejdere." ];'
[ "$(grep -c 'expected_size = "large";' $f)" = 2 ] ||
    { echo "FAIL: both parties expect a large partnership"; LINE_FAILED=1; }
# Del 2
line_has $f 'indicator_notes = "Alle tre indikatorer, plus tryghed.";'
line_has $f 'challenges = "Unge uden job og ensomhed.";'
line_has $f 'actions = "Praktik og sommerfest.";'
line_has $f 'resources = "Koordinatortimer og kantinen.";'
line_has $f 'indicators = "Tryghed.";'
line_has $f 'other_resources = "Jobcentret.";'
line_has $f 'municipality = true;'
line_has $f 'helhedsplan = false;'
line_has $f 'boligsocial = true;'
line_has $f 'other_companies = false;'
line_has $f 'note = "Kommunens jobcenter.";'
line_has $f 'actions = [ "Fælles sommerfest i juni.", "Åbent hus på vaskeriet." ];'
line_has $f 'date = "2027-06-20";'
line_has $f 'title = "Sommerfest ved Beboerhuset";'
line_has $f 'responsible = "both";'
line_has $f 'role = "Bo-Vest står for programmet.";'
line_has $f 'meeting_dates = [ "2027-02-24", "2027-05-26" ];'
line_has $f 'month = 11;'
line_has $f 'scope = "Et udsagn pr. indikator.";'
line_has $f 'sample_size = 100;'
line_has $f 'id = "tryghed";'
line_has $f 'name = "Tryghed";'
line_has $f 'kpi = "% der føler sig tryg i nabolaget";'
line_has $f 'target = 70.0;'
line_has $f 'comment = "Fra tryghedsundersøgelsen.";'
# Del 3: a target, a statement and one measurement
line_has $f 'target = 85.0;'
line_has $f 'id = "tilhoer-1";'
line_has $f 'text = "Siden Nortec kom, er jeg stoltere af mit område.";'
line_has $f 'period = "baseline";'
line_has $f 'date = "2026-11-15";'
line_has $f 'statement = "tilhoer-1";'
line_has $f 'strongly_agree = 41;'
line_has $f 'agree = 10;'
line_has $f 'neutral = 5;'
line_has $f 'disagree = 3;'
line_has $f 'strongly_disagree = 2;'
line_has $f 'dont_know = 1;'
line_has $f 'blank = 0;'
# The measurement is the belonging indicator's.
awk '/id = "belonging"/ { b = 1 } /id = "trust"/ { b = 0 } b && /strongly_agree = 41/ { ok = 1 } END { exit !ok }' $f ||
    { echo "FAIL: the measurement is not under belonging"; LINE_FAILED=1; }
# The third moved past Tillid's to Tryghed when its indicator was
# chosen (another row), and its period and date went with it.
awk '/id = "tryghed"/ { t = 1 } t && /period = "year 1";/ { p = 1 } t && p && /date = "2027-11-14";/ { ok = 1 } END { exit !ok }' $f ||
    { echo "FAIL: the second measurement is not Tryghed's År 1"; LINE_FAILED=1; }
awk '/id = "trust"/ { t = 1 } /id = "cocreation"/ { t = 0 } t && /period = "baseline";/ { p = 1 } t && p && /date = "2026-11-16";/ { ok = 1 } END { exit !ok }' $f ||
    { echo "FAIL: Tillid's measurement changed"; LINE_FAILED=1; }
[ "$(grep -c 'period = ' $f)" = 3 ] ||
    { echo "FAIL: not three measurements"; LINE_FAILED=1; }
line_done
