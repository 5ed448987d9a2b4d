"""A heartbeat loop of join(0.1) on a process, then on a thread: every poll but the last gives up; the timeline folds
the polls that gave up into one row and keeps the last poll (the one that returned) as its own rows."""
import sys
import threading
import time
import multiprocessing as mp


def work(seconds):
    time.sleep(seconds)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    p = ctx.Process(target=work, args=(0.75,))
    p.start()
    beats = 0
    while p.is_alive():
        p.join(0.1)
        beats += 1
    t = threading.Thread(target=work, args=(0.55,), name="beat")
    t.start()
    while t.is_alive():
        t.join(0.1)
        beats += 1
    print("heartbeats > 5:", beats > 5, "exitcode:", p.exitcode)
