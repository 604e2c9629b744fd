#!/bin/sh
# Keys as terminals send them, with TERM=screen-256color (term-keys.inc).
TK_TERM=screen-256color . "$top_srcdir/tests/ui/term-keys.inc"
