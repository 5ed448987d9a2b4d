"""close() and join_thread() on a queue that was used and on one that was not; put() after close();
cancel_join_thread(); set_forkserver_preload() and set_executable()."""
import multiprocessing as mp
import sys
import time


def reader(q):
    time.sleep(0.3)
    print("child got", len(q.get()))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    mp.set_forkserver_preload(["json"])
    mp.set_executable(sys.executable)
    q = mp.Queue()
    p = mp.Process(target=reader, args=(q,))
    p.start()
    q.put(b"x" * 200000)         # bigger than the pipe: the feeder writes until the child reads
    q.close()
    q.join_thread()              # waits for the feeder, so for the child's get
    try:
        q.put("late")
    except ValueError as e:
        print("put after close:", type(e).__name__)
    unused = mp.Queue()
    unused.close()
    unused.join_thread()         # no feeder thread: returns at once
    dropped = mp.Queue()
    dropped.put("never read")
    dropped.cancel_join_thread()
    p.join()
    print("done")
