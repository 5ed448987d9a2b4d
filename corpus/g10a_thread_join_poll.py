"""The main thread polls a worker thread with join(0.1) (a timed join that gives up while the thread still runs)
and counts the polls; then a plain join() of a second thread, and a join(5) that returns because the thread ended."""
import sys
import threading
import time
import multiprocessing as mp


def work(seconds):
    time.sleep(seconds)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    t = threading.Thread(target=work, args=(0.35,), name="poller-target")
    t.start()
    polls = 0
    while t.is_alive():
        polls += 1
        t.join(0.1)
    print("polls > 1:", polls > 1)
    u = threading.Thread(target=work, args=(0.1,), name="plain-join")
    u.start()
    u.join()
    v = threading.Thread(target=work, args=(0.1,), name="ends-in-time")
    v.start()
    v.join(5)
    print("alive after join(5):", v.is_alive())
    p = mp.Process(target=work, args=(0.05,))
    p.start()
    p.join()
    print("done")
