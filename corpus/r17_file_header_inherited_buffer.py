"""Forum question: "Why is my log file's header written several times?" The parent opens a file, writes a
header (it sits in the file object's buffer: not flushed yet) and gives the file to its children. Under fork
each child gets a copy of that buffer, header included, and its flush() writes the header again. Under spawn
and forkserver an open file cannot be pickled: start() raises TypeError, and the learner passes the path
instead. The fix for fork: flush() before start()."""
import multiprocessing as mp
import os
import sys
import tempfile


def child_with_file(log, i):
    log.write("child %d\n" % i)
    log.flush()


def child_with_path(path, i):
    with open(path, "a") as log:
        log.write("child %d\n" % i)


def run(ctx, path, flush_first):
    with open(path, "w") as log:
        log.write("HEADER\n")
        if flush_first:
            log.flush()
        procs = []
        for i in range(2):
            p = ctx.Process(target=child_with_file, args=(log, i))
            try:
                p.start()
            except TypeError as e:
                print("start() refused the file:", e, flush=True)
                log.flush()
                p = ctx.Process(target=child_with_path, args=(path, i))
                p.start()
            procs.append(p)
        for p in procs:
            p.join()
    with open(path) as f:
        lines = f.read().splitlines()
    print("flush_first=%s: %d lines, HEADER %d time(s)" % (flush_first, len(lines), lines.count("HEADER")), flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    fd, path = tempfile.mkstemp(suffix=".log")
    os.close(fd)
    try:
        run(ctx, path, False)
        run(ctx, path, True)
    finally:
        os.unlink(path)
