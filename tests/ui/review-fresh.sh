#!/bin/sh
# The step map and the part reviews remember how complete each step is
# until the session changes: an edit must show in them at once, whether
# it was typed a moment before (still in its field) or on another step.
. "$top_srcdir/tests/ui/lib.sh"
ui_setup review-fresh
pgdn() { i=0; while [ $i -lt "$1" ]; do echo "key PgDn"; i=$((i + 1)); done; }
pgup() { i=0; while [ $i -lt "$1" ]; do echo "key PgUp"; i=$((i + 1)); done; }
{
	echo "key F3"; echo "dump-screen map-before"; echo "key Esc"
	# One character in the title; the map is opened again at once.
	echo "type z"; echo "key F3"; echo "dump-screen map-after"
	echo "key Esc"
	pgdn 6; echo "dump-screen review-before"
	pgup 4; echo "type Mange unge mangler job."
	pgdn 4; echo "dump-screen review-after"
	# The review's link jumps to the next missing answer.
	echo "key Enter"; echo "type Gennem praktikpladser."
	pgdn 4; echo "dump-screen review-two"
	echo "key Enter"; echo "type Flere i job."
	echo "key F3"; echo "dump-screen map-done"; echo "key Esc"
	pgdn 4; echo "dump-screen review-done"
	echo "key F10"; echo "key n"
} > fresh.keys
ui_run fresh.keys fresh.cfg || { echo "FAIL: exit $?"; UI_FAILED=1; }

ui_grep map-before "▸ [ ] Start · The partnership *"
ui_grep map-after "▸ [~] Start · The partnership *"
ui_grep review-before "0 of 4 steps done."
ui_grep review-before "[ ] Own priorities (Housing organisation): Which challenges"
# The housing organisation's review counts and lists its own steps only.
ui_nogrep review-before "(Company)"
ui_nogrep review-after "(Housing organisation): Which challenges"
ui_grep review-after "[ ] Own priorities (Housing organisation): Through which"
ui_nogrep review-two "(Housing organisation): Through which"
ui_grep review-two "[ ] Own priorities (Housing organisation): How can"
ui_grep review-two "0 of 4 steps done."
ui_grep map-done "[x] Part 1 · Own priorities (Housing organisation) *"
ui_grep map-done "[~] Part 1 · Review of Del 1 (Housing organisation)"
ui_grep review-done "1 of 4 steps done."
ui_nogrep review-done "Own priorities (Housing organisation)"
ui_grep review-done "[ ] Allocation of resources (Housing organisation)"
ui_done
