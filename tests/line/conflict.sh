#!/bin/sh
# Merge conflicts in the line mode: a session b2c merge left with two
# conflicts (the title, and a meeting's learnings) says so when it opens;
# /konflikter names where each is and both values; 2 takes the other
# version's title, 1 keeps this version's learnings; the saved session has
# no conflicts left and holds what was chosen.
. "$top_srcdir/tests/line/lib.sh"
line_setup conflict
: "${B2C_DATADIR:?}"

L='learnings = "Transport om morgenen er svær for nogle; tidligere mødetid fungerer dårligt.";'
sed -e 's/^title = .*/title = "Vores titel";/' \
    -e "s/$L/learnings = \"Vores læring\";/" "$B2C_DATADIR/demo.cfg" >s.cfg
sed -e 's/^title = .*/title = "Deres titel";/' \
    -e "s/$L/learnings = \"Deres læring\";/" "$B2C_DATADIR/demo.cfg" >theirs.cfg
grep -q 'Vores læring' s.cfg || exit 99
"$B2C" merge "$B2C_DATADIR/demo.cfg" s.cfg theirs.cfg 2>/dev/null
[ $? -eq 1 ] || { echo "FAIL: the merge left no conflicts"; exit 1; }

line_run da s.cfg >out.txt 2>err.txt <<'ANSWERS'
/konflikter
2
1
/afslut
ANSWERS
line_grep out.txt "Sessionen har 2 konflikter fra en fletning af to versioner"
line_grep out.txt "Konflikt ved trin 1, Start · Partnerskabet: Sessionens titel:"
line_grep out.txt "  denne version: Vores titel"
line_grep out.txt "  anden version: Deres titel"
line_grep out.txt "linje 2:"
line_grep out.txt "  anden version: Deres læring"
line_grep out.txt "0 konflikter tilbage."
line_has s.cfg 'title = "Deres titel";'
line_has s.cfg 'learnings = "Vores læring";'
grep -q '^conflicts' s.cfg && { echo "FAIL: conflicts left in the file"; LINE_FAILED=1; }
"$B2C" check s.cfg || { echo "FAIL: check"; LINE_FAILED=1; }
exit $LINE_FAILED
