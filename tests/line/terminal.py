# Drives b2c --line over a pseudo-terminal, as a person at a terminal:
# waits for each question to appear before typing, edits answers with
# the keys people use, and keeps every byte b2c wrote.
#
#   python3 terminal.py OUT B2C ARGS... < SCRIPT
#
# SCRIPT has one command a line:
#   expect TEXT   wait until the output (since the last expect) holds TEXT
#   send TEXT     type TEXT; \r \x7f \x01 \x10 \e[A ... as Python escapes
#   signal NAME   send the signal to b2c (e.g. TERM)
# At the end of the script, waits for b2c to exit and exits with its
# status (or 100 + the signal). A TEXT never seen is a failure (exit 99)
# once b2c has exited or gone 60 seconds without writing anything.
import os
import pty
import re
import select
import signal
import sys

out_path, argv = sys.argv[1], sys.argv[2:]
pid, fd = pty.fork()
if pid == 0:
    os.execv(argv[0], argv)

seen = b""
unread = 0
log = open(out_path, "wb")


def pump(wait):
    """Reads what b2c wrote within wait seconds; False at its end."""
    global seen
    r, _, _ = select.select([fd], [], [], wait)
    if not r:
        return None
    try:
        data = os.read(fd, 4096)
    except OSError:
        return False
    if not data:
        return False
    log.write(data)
    log.flush()
    seen += data
    return True


ESCAPES = {"r": "\r", "n": "\n", "t": "\t", "e": "\x1b", "\\": "\\"}


def unescape(text):
    """TEXT with its escapes as the bytes a terminal sends (UTF-8)."""
    return re.sub(r"\\(x[0-9a-fA-F]{2}|[rnte\\])",
                  lambda m: chr(int(m.group(1)[1:], 16))
                  if m.group(1)[0] == "x" else ESCAPES[m.group(1)],
                  text).encode("utf-8")


for line in sys.stdin:
    line = line.rstrip("\n")
    cmd, _, arg = line.partition(" ")
    if cmd == "expect":
        want = arg.encode()
        while want not in seen:
            got = pump(60)
            if not got:
                sys.stderr.write("pty: never saw %r\n" % arg)
                sys.stderr.write("pty: last output %r\n" % seen[-400:])
                os.kill(pid, signal.SIGKILL)
                sys.exit(99)
        seen = seen[seen.index(want) + len(want):]
    elif cmd == "send":
        os.write(fd, unescape(arg))
    elif cmd == "signal":
        os.kill(pid, getattr(signal, "SIG" + arg))
while pump(60):
    pass
_, status = os.waitpid(pid, 0)
if os.WIFSIGNALED(status):
    sys.exit(100 + os.WTERMSIG(status))
sys.exit(os.WEXITSTATUS(status))
