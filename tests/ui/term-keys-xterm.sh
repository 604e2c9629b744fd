#!/bin/sh
# Keys as terminals send them, with TERM=xterm-256color (term-keys.inc).
TK_TERM=xterm-256color . "$top_srcdir/tests/ui/term-keys.inc"
