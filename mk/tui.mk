# (tui) sources, tests and data of this area
# The curses wizard: the only code that includes <curses.h>.
libb2ctui_a_SOURCES += src/tui/tui-internal.h src/tui/tui.c \
	src/tui/tui-loop.c src/tui/input.c src/tui/script.c src/tui/draw.c \
	src/tui/theme.c src/tui/layout.c src/tui/keyseq.c src/tui/keymap.h src/tui/keymap.c src/tui/text.c src/tui/textarea.c \
	src/tui/form.c src/tui/form-nav.c src/tui/form-window.c \
	src/tui/list.c src/tui/table.c src/tui/records.c src/tui/rows.c \
	src/tui/choice.c src/tui/review.c \
	src/tui/chart-view.c src/tui/stepmap.c src/tui/help.c \
	src/tui/whole.c src/tui/picker.c src/tui/save.c src/tui/save-bg.c \
	src/tui/import-dialog.c src/tui/import-page.c src/tui/import-page.h \
	src/tui/shown.c \
	src/tui/comeback.c src/tui/takeover.c src/tui/recover.c \
	src/tui/newyear-key.c
noinst_HEADERS += include/b2c/tui.h include/b2c/cli-wizard.h
b2c_wizard_SOURCES += src/cli/cmd-wizard.c
EXTRA_DIST += po/parts/tui.po po/parts/tui.files

# Headless UI tests (a key script drives the real TUI, curses writes to
# /dev/null) and a tmux test of the real terminal path.
TUI_UI_TESTS = tests/ui/walk.sh tests/ui/resize.sh tests/ui/readonly.sh \
	tests/ui/tmux-smoke.sh \
	tests/ui/signals.sh tests/ui/recover.sh tests/ui/nav.sh tests/ui/rows.sh tests/ui/bytes.sh \
	tests/ui/storm.sh tests/ui/import.sh tests/ui/danish.sh tests/ui/bgsave.sh \
	tests/ui/progress.sh tests/ui/longtable.sh tests/ui/paste.sh \
	tests/ui/tmux-paste.sh tests/ui/tmux-import.sh tests/ui/tally-table.sh \
	tests/ui/tmux-new-year.sh tests/ui/tmux-small-path.sh
TESTS += $(TUI_UI_TESTS)
EXTRA_DIST += $(TUI_UI_TESTS) tests/ui/lib.sh tests/ui/walk.keys \
	tests/ui/resize.keys tests/ui/nav.keys tests/ui/rows.keys \
	tests/ui/data/escapes.cfg \
	$(TUI_UI_EXPECTED)
TUI_UI_EXPECTED = \
	tests/ui/expected/progress-top tests/ui/expected/progress-mid \
	tests/ui/expected/progress-end \
	tests/ui/expected/walk-01-cursor tests/ui/expected/walk-01-start \
	tests/ui/expected/walk-02-priorities \
	tests/ui/expected/walk-03-number-error \
	tests/ui/expected/walk-04-resources tests/ui/expected/walk-05-points \
	tests/ui/expected/walk-06-review1 tests/ui/expected/walk-07-record \
	tests/ui/expected/walk-08-records \
	tests/ui/expected/walk-09-wheel-error tests/ui/expected/walk-10-wheel \
	tests/ui/expected/walk-11-review2 tests/ui/expected/walk-12-meetings \
	tests/ui/expected/walk-13-measurement \
	tests/ui/expected/resize-60x18 tests/ui/expected/resize-60x18-cursor \
	tests/ui/expected/resize-small tests/ui/expected/resize-100x30 \
	tests/ui/expected/resize-area-60x18 tests/ui/expected/resize-back \
	tests/ui/expected/ro-refused tests/ui/expected/ro-escapes \
	tests/ui/expected/view-start \
	tests/ui/expected/nav-help tests/ui/expected/nav-help-end \
	tests/ui/expected/nav-map tests/ui/expected/nav-jumped \
	tests/ui/expected/nav-back tests/ui/expected/nav-review-jump \
	tests/ui/expected/rows-moved tests/ui/expected/rows-deleted \
	tests/ui/expected/long-top tests/ui/expected/long-end \
	tests/ui/expected/long-edit tests/ui/expected/long-wrap \
	tests/ui/expected/long-narrow tests/ui/expected/long-middle

# The text helpers of the TUI, without a terminal.
check_PROGRAMS += tests/unit/test-tui-draw
TESTS += tests/unit/test-tui-draw
tests_unit_test_tui_draw_SOURCES = tests/unit/test-tui-draw.c
tests_unit_test_tui_draw_CFLAGS = $(UNIT_CFLAGS) $(NCURSES_CFLAGS)
tests_unit_test_tui_draw_LDADD = libb2ctui.a $(UNIT_LIBS) $(NCURSES_LIBS)

# A new session's creation time survives its background saves.
TESTS += tests/ui/created.sh tests/ui/save-field.sh tests/ui/choice-mark.sh tests/ui/page-space.sh tests/ui/empty-item.sh tests/ui/review-empty.sh tests/ui/home-end.sh tests/ui/view-reload.sh tests/ui/choice-typing.sh tests/ui/small-points.sh
EXTRA_DIST += tests/ui/created.sh tests/ui/save-field.sh tests/ui/choice-mark.sh tests/ui/page-space.sh tests/ui/empty-item.sh tests/ui/review-empty.sh tests/ui/home-end.sh tests/ui/view-reload.sh tests/ui/choice-typing.sh tests/ui/small-points.sh

# b2c runs the wizard program for the commands that draw.
TESTS += tests/cli/wizard-exec.sh
EXTRA_DIST += tests/cli/wizard-exec.sh

# Coming back to where each user left a session.
TESTS += tests/ui/resume.sh
EXTRA_DIST += tests/ui/resume.sh
# Keys as the terminals send them, whatever TERM says (term-keys.inc).
TUI_TERM_TESTS = tests/ui/term-keys-xterm.sh tests/ui/term-keys-screen.sh \
	tests/ui/term-keys-tmux.sh tests/ui/term-keys-linux.sh \
	tests/ui/term-keys-vt100.sh tests/ui/term-keys-putty.sh
TESTS += $(TUI_TERM_TESTS)
EXTRA_DIST += $(TUI_TERM_TESTS) tests/ui/term-keys.inc

# The keymap and the key sequences, without a terminal; b2c(1)'s key
# list is the keymap's.
check_PROGRAMS += tests/unit/test-tui-keys
TESTS += tests/unit/test-tui-keys tests/ui/keymap-man.sh
EXTRA_DIST += tests/ui/keymap-man.sh
tests_unit_test_tui_keys_SOURCES = tests/unit/test-tui-keys.c
tests_unit_test_tui_keys_CFLAGS = $(UNIT_CFLAGS) $(NCURSES_CFLAGS)
tests_unit_test_tui_keys_LDADD = libb2ctui.a $(UNIT_LIBS) $(NCURSES_LIBS)
