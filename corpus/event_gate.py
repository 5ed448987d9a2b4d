"""Three children wait on an Event; the parent sets it after 0.3 s; one waits with a timeout that expires first."""
import multiprocessing as mp
import sys
import time


def waiter(ev, timeout):
    ok = ev.wait(timeout)
    print("timeout", timeout, "->", ok, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    ev = mp.Event()
    ps = [mp.Process(target=waiter, args=(ev, t)) for t in (None, 2.0, 0.1)]
    for p in ps:
        p.start()
    time.sleep(0.3)
    ev.set()
    for p in ps:
        p.join()
