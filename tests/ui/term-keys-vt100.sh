#!/bin/sh
# Keys as terminals send them, with TERM=vt100 (term-keys.inc).
TK_TERM=vt100 . "$top_srcdir/tests/ui/term-keys.inc"
