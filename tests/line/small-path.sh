#!/bin/sh
# The small path in the line mode: a small partnership's Del 2 is the
# concrete proposal and the one-page agreement; answering yes to "Use
# the full Del 2 instead" on the agreement goes on with the full Del 2's
# first step after the proposal, and no on the proposal goes back to the
# agreement, with everything typed kept; the agreement shows the page.
. "$top_srcdir/tests/line/lib.sh"
line_setup small-path

cat > small.cfg <<'CFG'
version = 2;
title = "Sommerfest";
partnership = "small";
parties = { housing = { name = "Bo-Vest"; }; company = { name = "Nortec"; }; };
CFG
line_run en small.cfg > out.txt 2> err.txt <<'ANSWERS'
/goto 8
Help with the summer party
.
20-06-2027
Our name on the invitation
.
Anna Holm

12345678
no
no
/goto 9
yes
/goto 8






no
/quit
ANSWERS
status=$?
[ "$status" = 0 ] || { echo "FAIL: exit status $status"; cat err.txt; LINE_FAILED=1; }
line_grep out.txt "Part 2 · Concrete proposal · 1/2"
line_grep out.txt "Part 2 · Agreement on one page · 2/2"
line_grep out.txt "   What: Help with the summer party"
line_grep out.txt "   When: 20 June 2027"
line_grep out.txt "   Phone or e-mail: 12345678"
line_grep out.txt "Part 2 · Shared priorities · 2/10"
line_grep out.txt "Part 2 · Concrete proposal · 1/10"
# The agreement came back after the proposal, on the short path.
[ "$(grep -c 'Part 2 · Agreement on one page · 2/2' out.txt)" = 3 ] ||
    { echo "FAIL: the agreement did not come back"; LINE_FAILED=1; }
line_nogrep small.cfg 'full = '
line_has small.cfg 'request = "Help with the summer party";'
line_has small.cfg 'phone_or_email = "12345678";'
line_done
