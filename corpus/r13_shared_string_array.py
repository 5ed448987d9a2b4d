"""Sharing a string between processes with Array('c', N) (a fixed-size byte buffer) and a Value('c')
for one status letter: a writer child stores a message in .value, a reader child prints it; then a
writer stores a message longer than the buffer: .value = ... raises ValueError in the child (exit code
1) and the buffer keeps the old message."""
import multiprocessing as mp
import sys

SIZE = 16


def writer(buf, status, text):
    buf.value = text.encode()
    status.value = b"W"


def reader(buf, status):
    print("reader sees %r, status %r" % (buf.value.decode(), status.value), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    buf = mp.Array("c", SIZE)
    status = mp.Value("c", b"-")
    for text in ("hello world", "this message is far too long"):
        w = mp.Process(target=writer, args=(buf, status, text))
        w.start()
        w.join()
        print("writer of %d bytes: exitcode %s" % (len(text), w.exitcode), flush=True)
        r = mp.Process(target=reader, args=(buf, status))
        r.start()
        r.join()
    print("parent sees %r (raw %d bytes)" % (buf.value, len(buf.raw)), flush=True)
