# (line) sources, tests and data of this area
# The line mode: the guide as plain lines, without curses (src/line).
libb2cline_a_SOURCES += src/line/line-internal.h src/line/line-loop.c \
	src/line/line-input.c src/line/line-out.c src/line/line-cmd.c \
	src/line/line-field.c src/line/line-rows.c src/line/line-form.c \
	src/line/line-map.c src/line/line-save.c src/line/line-pick.c \
	src/line/line-chart.c
libb2ccli_a_SOURCES += src/cli/cmd-line.c src/cli/demo.c \
	src/cli/session-new.c
# Values in the interface language, a measurement followed through a
# change of indicator, the reviews' empty steps: shared by the wizard and
# the line mode.
libb2ccore_a_SOURCES += src/core/guide/guide-shown.c src/core/guide/guide-follow.c \
	src/core/guide/guide-review.c
noinst_HEADERS += include/b2c/line.h include/b2c/guide-shown.h \
	include/b2c/guide-follow.h
EXTRA_DIST += po/parts/line.po po/parts/line.files
# The catalogue is refreshed when the line mode's messages change.
po/refresh.stamp: $(libb2cline_a_SOURCES)

LINE_TESTS = tests/line/pipe.sh tests/line/danish.sh tests/line/pty.sh \
	tests/line/same.sh tests/line/lock.sh tests/line/pick.sh \
	tests/line/small-path.sh
TESTS += $(LINE_TESTS)
EXTRA_DIST += $(LINE_TESTS) tests/line/lib.sh tests/line/terminal.py
# b2c starts the line mode by itself where TERM is dumb or not set; the
# other tests are of the wizard, whatever terminal runs make check (the
# line mode's own tests set TERM as they need it).
AM_TESTS_ENVIRONMENT += TERM=xterm; export TERM;
