#!/bin/sh
# The line mode in Danish: Danish prompts, the Danish commands and words
# (/næste, /gå N, /oversigt, /hjælp, /gem, /afslut, tilføj, ret, slet,
# flyt, færdig), numbers and dates as Danes type them; and a session full of
# escape sequences shown with every control character made visible.
. "$top_srcdir/tests/line/lib.sh"
line_setup danish

line_run da sommerfest.cfg > out.txt 2> err.txt <<'ANSWERS'
Sommerfest 2027
Hedemarken
Bo-Vest
Mette Hansen
Koordinator
Nortec
Lars Christensen
HR-chef
lille
Vi vil lave en sommerfest.
Og et julearrangement.
.
/næste
tilføj
arbejdstimer
2,5
timer
Koordinatoren
tilføj
4
1.000
kr.
Sponsor
slet 1
færdig
/gå 6
ret 1 Vi vil minimere ensomhed.
2
Vi vil øge tryghed.
flyt 2 1
færdig
/oversigt
/hjælp
/gå 8






ja
/gå 14
tilføj
juni
20. juni 2027
Sommerfest
begge
Bo-Vest står for programmet.
færdig
færdig
tilføj 24-02-2027
tilføj 15.05.2027
færdig
november

80
/tilbage
/gem
/afslut
ANSWERS
status=$?
[ "$status" = 0 ] || { echo "FAIL: exit status $status"; cat err.txt; LINE_FAILED=1; }
line_no_escape out.txt
[ ! -e sommerfest.cfg.lock ] || { echo "FAIL: the lock was left behind"; LINE_FAILED=1; }

# The prompts are Danish.
line_grep out.txt "Start · Partnerskabet · 1/2"
line_grep out.txt "[1/9] Sessionens titel"
line_grep out.txt "   Nu: (tom)"
line_grep out.txt "Del 1 · Egne prioriteringer (Bo-Vest) · 1/5"
line_grep out.txt "Svar tilføj, ret N, slet N, flyt N M eller færdig (eller Enter)."
line_grep out.txt "Svar ret N, flyt N M eller færdig (eller Enter)."
line_grep out.txt "Oversigt over alle trin (/gå N går til et af dem):"
line_grep out.txt "   6. Del 1 · Fem vigtigste punkter (Bo-Vest): færdig"
line_grep out.txt "Kommandoer:"
line_grep out.txt "Del 2 · Konkret forslag · 1/2"
line_grep out.txt "[7/7] Brug hele Del 2 i stedet"
line_grep out.txt "Del 2 · Årshjul · 7/10"
line_grep out.txt "Gemt."
# The review names what is missing and the steps with nothing in them,
# as the wizard's does.
line_grep out.txt "   13. Del 2 · Partnerskabsaftale: Tiltag, indsatser, events eller aktiviteter i partnerskabet"
line_grep out.txt "   12. Del 2 · Andre ressourcer: intet udfyldt endnu"
line_nogrep out.txt "(Nortec)"	# a small partnership: no company Del 1
line_nogrep out.txt "Ugyldig værdi"
line_nogrep out.txt "Svar med et tal"
line_nogrep out.txt "Ukendt kommando"
# /næste left the priorities at the second question.
line_nogrep out.txt "[3/4] Hvordan kan indsatserne"

f=sommerfest.cfg
line_has $f 'title = "Sommerfest 2027";'
line_has $f 'partnership = "small";'
line_has $f 'challenges = "Vi vil lave en sommerfest.\nOg et julearrangement.";'
line_has $f 'initiatives = "";'
# Row 1 was deleted: only the money is left, a Danish thousand.
line_has $f 'kind = "money";'
line_has $f 'amount = 1000.0;'
line_nogrep $f 'kind = "hours";'
line_has $f 'points = [ "Vi vil øge tryghed.", "Vi vil minimere ensomhed.", "", "", "" ];'
line_has $f 'date = "2027-06-20";'
line_has $f 'title = "Sommerfest";'
line_has $f 'responsible = "both";'
line_has $f 'meeting_dates = [ "2027-02-24", "2027-05-15" ];'
line_has $f 'month = 11;'
line_has $f 'sample_size = 80;'
line_has $f 'full = true;'

# A decimal comma, read back as the Danish show it.
line_run da sommerfest.cfg > out2.txt 2>&1 <<'ANSWERS'
/gå 4
ret 1

2,5


færdig
ANSWERS
line_has sommerfest.cfg 'amount = 2.5;'
line_grep out2.txt "   Nu: 1000"
line_grep out2.txt "   1. Type: Penge; Mængde: 2,5; Enhed: kr.; Note: Sponsor"

# Escape sequences in a session are shown, never sent; read-only, the
# file is left as it was.
cp "$top_srcdir/tests/ui/data/escapes.cfg" escapes.cfg
line_run da -r escapes.cfg > esc.txt 2>&1 <<'ANSWERS'


/gå 3

/afslut
ANSWERS
status=$?
[ "$status" = 0 ] || { echo "FAIL: read-only exit status $status"; LINE_FAILED=1; }
line_no_escape esc.txt
line_grep esc.txt "Åbnet skrivebeskyttet"
line_grep esc.txt "Evil ^[[2J^[]0;pwned^G <U+009B>31m C1 <U+202E>RTL<U+202C> end"
line_grep esc.txt "Del 1 · Egne prioriteringer (Bo^[[31mVest^[[0m^H^H) · 1/10"
cmp -s "$top_srcdir/tests/ui/data/escapes.cfg" escapes.cfg ||
    { echo "FAIL: a read-only session was changed"; LINE_FAILED=1; }
[ ! -e escapes.cfg.lock ] || { echo "FAIL: read-only took the lock"; LINE_FAILED=1; }
line_done
