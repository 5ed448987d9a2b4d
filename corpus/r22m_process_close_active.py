"""Process.close() read from the reference: close() on a running child raises ValueError; after join() it
releases the process, and then .pid and is_alive() raise ValueError ("process object is closed"); active_children()
before and after; a second start() is refused."""
import multiprocessing as mp
import sys
import time


def nap(t):
    time.sleep(t)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=nap, args=(0.4,), name="napper")
    p.start()
    print("active:", [c.name for c in mp.active_children()], flush=True)
    try:
        p.close()
    except ValueError as e:
        print("close() while running:", e, flush=True)
    p.join()
    print("exitcode:", p.exitcode, "active:", [c.name for c in mp.active_children()], flush=True)
    try:
        p.start()
    except AssertionError as e:
        print("start() again:", e, flush=True)
    p.close()
    p.close()  # a second close() is allowed
    for attr in ("pid", "exitcode"):
        try:
            getattr(p, attr)
        except ValueError as e:
            print(attr, "after close():", e, flush=True)
    try:
        p.is_alive()
    except ValueError as e:
        print("is_alive() after close():", e, flush=True)
    print("name still readable:", p.name, flush=True)
