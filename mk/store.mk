# (store) sources, tests and data of this area
b2c_SOURCES += src/cli/cmd-check.c
