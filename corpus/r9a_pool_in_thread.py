"""A Pool made and used inside a background thread (as a GUI or a server keeps its main thread free), while the
main thread prints a heartbeat until the thread is done; the result is handed back through a list."""
import sys
import threading
import time
import multiprocessing as mp


def square(x):
    time.sleep(0.1)
    return x * x


def background(out):
    with mp.Pool(2) as pool:
        out.extend(pool.map(square, range(6)))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    out = []
    t = threading.Thread(target=background, args=(out,), name="pool-thread")
    t.start()
    beats = 0
    while t.is_alive():
        beats += 1
        t.join(0.1)
    print("heartbeats > 1:", beats > 1)
    print("results:", out)
