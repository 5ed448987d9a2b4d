"""get(timeout=...) raises Empty, put_nowait on a full queue raises Full, get_nowait on an empty one too."""
import multiprocessing as mp
import queue
import sys

if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue(maxsize=1)
    try:
        q.get(timeout=0.2)
    except queue.Empty:
        print("get gave up after 0.2 s")
    q.put("x")
    try:
        q.put_nowait("y")
    except queue.Full:
        print("put_nowait: full")
    print("got", q.get())
    try:
        q.get_nowait()
    except queue.Empty:
        print("get_nowait: empty")
