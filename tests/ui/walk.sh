#!/bin/sh
# A new session walked through every step, typing Danish text into every
# kind of widget; the screens and the saved file must hold what was typed.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup walk
ui_run "$top_srcdir/tests/ui/walk.keys" walk.cfg || { echo "FAIL: exit $?"; exit 1; }
for s in 01-start 02-priorities 03-number-error 04-resources 05-points \
    06-review1 07-record 08-records 09-wheel-error 10-wheel 11-review2 \
    12-meetings 13-measurement; do
	ui_expect "walk-$s"
done
# The cursor sits on the focused field (screen readers follow it).
ui_expect walk-01-cursor
ui_grep walk-14-progress "Tryghed æøå"
ui_grep walk-15-saved " Saved."
ui_grep walk-09-quit-invalid "holds a value that cannot be saved. Quit anyway? (y/n)"
ui_grep walk.cfg 'title = "Hedemarken æøå é 漢";'
ui_grep walk.cfg 'area = "Hedemarken, Albertslund";'
ui_grep walk.cfg 'name = "Nortec (vaskerier) ÆØÅ";'
ui_grep walk.cfg 'dagen.\nNæste linje: 漢字 og café.";'
ui_grep walk.cfg 'amount = 12.5;'
ui_grep walk.cfg 'note = "Kælder og køkken æøå";'
ui_grep walk.cfg 'expected_size = "large";'
ui_grep walk.cfg 'points = [ "We want to reduce loneliness.", "Vi vil øge trygheden 漢", "", "", "" ];'
ui_grep walk.cfg 'challenges = "Lokal rekruttering af unge.";'
ui_grep walk.cfg 'municipality = true;'
ui_grep walk.cfg 'helhedsplan = true;'
ui_grep walk.cfg 'actions = [ "Sommerfest i gården", "Lektiecafé 漢" ];'
ui_grep walk.cfg 'date = "2026-03-15";'
ui_grep walk.cfg 'title = "Sommerfest 漢";'
ui_grep walk.cfg 'responsible = "housing";'
ui_grep walk.cfg 'date = "2026-09-15";'
ui_grep walk.cfg 'meeting_dates = [ "2026-02-24", "2026-05-26" ];'
# The meeting record took the first date agreed, and names it.
ui_grep walk.cfg 'planned = "2026-02-24";'
ui_grep walk.cfg 'month = 11;'
ui_grep walk.cfg 'sample_size = 100;'
ui_grep walk.cfg 'participants = "Mette, Lars og to unge";'
ui_grep walk.cfg 'name = "Tryghed æøå";'
ui_grep walk.cfg 'period = "År 1 漢";'
ui_grep walk.cfg 'strongly_agree = 40;'
ui_grep walk.cfg 'agree = 30;'
# Nothing invalid reached the file, and the lock is gone after quitting.
ui_nogrep walk.cfg '31-02-2026'
ui_nogrep walk.cfg 'abc'
[ ! -e walk.cfg.lock ] || { echo "FAIL: lock left behind"; UI_FAILED=1; }
ui_done
