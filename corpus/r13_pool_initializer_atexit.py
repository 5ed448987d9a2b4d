"""A Pool initializer that opens a per-worker "connection" (a log file here) and registers
atexit.register(conn.close) to flush a summary line at exit, as people do for database connections.
Pool workers do not run atexit handlers when they end under fork (the child leaves by os._exit) nor when
terminate() kills them (the with-block's end); under spawn and forkserver a worker that ends normally
(close(), join()) does run them. The parent reads the file to see which summaries were written."""
import atexit
import multiprocessing as mp
import os
import sys
import tempfile

PATH = os.path.join(tempfile.gettempdir(), "r13_atexit_%d.log" % os.getpid())
conn = None


def open_conn(path):
    global conn
    conn = open(path, "a")
    atexit.register(lambda: (conn.write("closed by %s\n" % mp.current_process().name), conn.close()))


def job(x):
    conn.write("job %d\n" % x)
    conn.flush()
    return x * x


def summaries(path):
    with open(path) as f:
        lines = f.read().splitlines()
    return sum(1 for l in lines if l.startswith("job")), sum(1 for l in lines if l.startswith("closed"))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(2, initializer=open_conn, initargs=(PATH,))
    print("map:", pool.map(job, range(4)), flush=True)
    pool.close()
    pool.join()
    print("after close/join: jobs, closes =", summaries(PATH), flush=True)
    os.remove(PATH)
    with mp.Pool(2, initializer=open_conn, initargs=(PATH,)) as pool:
        print("map:", pool.map(job, range(4)), flush=True)
    print("after with-block: jobs, closes =", summaries(PATH), flush=True)
    os.remove(PATH)
