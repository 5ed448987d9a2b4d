"""Event.wait(timeout) that returns False, then one that returns True; a Barrier(2) whose wait(timeout) succeeds."""
import multiprocessing as mp
import sys
import time


def watcher(ev, bar, up):
    up.set()
    print("first wait:", ev.wait(0.2), flush=True)
    print("second wait:", ev.wait(5), flush=True)
    idx = bar.wait(timeout=5)
    print("barrier passed", idx in (0, 1), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    ev, bar, up = mp.Event(), mp.Barrier(2), mp.Event()
    p = mp.Process(target=watcher, args=(ev, bar, up))
    p.start()
    up.wait()
    time.sleep(0.6)
    ev.set()
    bar.wait(timeout=5)
    p.join()
    print("is_set:", ev.is_set(), "exit", p.exitcode)
