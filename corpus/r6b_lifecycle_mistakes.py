"""Process lifecycle as learners get it wrong: a Process subclass whose __init__ forgets super().__init__(),
start() called twice, join() before start(), exitcode read before join(), close() on a running process,
and an is_alive() polling loop with sleep."""
import multiprocessing as mp
import sys
import time


class Worker(mp.Process):
    def __init__(self, n):
        # forgot super().__init__()
        self.n = n

    def run(self):
        print("never runs", self.n)


def nap(seconds):
    time.sleep(seconds)
    print(f"napped {seconds}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    try:
        Worker(1).start()
    except Exception as e:
        print("subclass without super().__init__():", type(e).__name__, e, flush=True)

    p = mp.Process(target=nap, args=(0.3,))
    try:
        p.join()
    except AssertionError as e:
        print("join() before start():", type(e).__name__, e, flush=True)
    p.start()
    try:
        p.start()
    except AssertionError as e:
        print("start() twice:", type(e).__name__, e, flush=True)
    print("exitcode before join:", p.exitcode, flush=True)
    try:
        p.close()
    except ValueError as e:
        print("close() while running:", e, flush=True)
    polls = 0
    while p.is_alive():
        polls += 1
        time.sleep(0.05)
    print("is_alive() went False after", "several" if polls > 1 else polls, "polls; exitcode", p.exitcode, flush=True)
    p.join()
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print("is_alive() after close():", e, flush=True)
