# (report) sources, tests and data of this area
b2c_SOURCES += src/cli/cmd-view.c src/cli/cmd-report.c src/cli/cmd-list.c src/cli/cmd-import-part1.c
