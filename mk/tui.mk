# (tui) sources, tests and data of this area
# The curses wizard: the only code that includes <curses.h>.
libb2ctui_a_SOURCES += src/tui/tui-internal.h src/tui/tui.c \
	src/tui/tui-loop.c src/tui/input.c src/tui/script.c src/tui/draw.c \
	src/tui/theme.c src/tui/layout.c src/tui/text.c src/tui/textarea.c \
	src/tui/form.c src/tui/form-nav.c src/tui/list.c src/tui/table.c \
	src/tui/records.c src/tui/rows.c src/tui/choice.c src/tui/review.c \
	src/tui/chart-view.c src/tui/stepmap.c src/tui/help.c \
	src/tui/whole.c src/tui/picker.c src/tui/save.c
noinst_HEADERS += include/b2c/tui.h include/b2c/cli-wizard.h
b2c_SOURCES += src/cli/cmd-wizard.c
