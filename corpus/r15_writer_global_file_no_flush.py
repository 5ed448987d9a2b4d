"""Each worker process opens its own output file, keeps it in a module global, writes its lines and
never flushes or closes it. A forked (and fork-server) child ends with os._exit(), which does not
flush Python's file buffers: the file stays empty. A spawned child ends through sys.exit() and the
interpreter's shutdown, which does. Then the same with flush() after the writes."""
import multiprocessing as mp
import os
import sys
import tempfile

out = None


def write_part(path, k, flush):
    global out
    out = open(path, "w")
    for j in range(5):
        out.write("part %d line %d\n" % (k, j))
    if flush:
        out.flush()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    d = tempfile.mkdtemp()
    for flush in (False, True):
        paths = [os.path.join(d, "part%d-%s.txt" % (k, flush)) for k in range(2)]
        procs = [mp.Process(target=write_part, args=(paths[k], k, flush)) for k in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        sizes = [os.path.getsize(p) for p in paths]
        print("flush=%s: exit codes %s, file sizes %s" % (flush, [p.exitcode for p in procs], sizes), flush=True)
