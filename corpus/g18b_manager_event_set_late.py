"""Gaps 18B: a Manager's Event set() that woke no one. Two racers wait on a Manager Event with a 0.3 s timeout,
give up (wait() returns False) and end; only then does the starter call set(). Then a second Event whose waiter is
still waiting when set() comes: that set() wakes it."""
import multiprocessing as mp
import sys
import time


def racer(ev, name, timeout):
    print(name, "got", ev.wait(timeout), flush=True)


def main(ctx):
    with ctx.Manager() as m:
        late = m.Event()
        ps = [ctx.Process(target=racer, args=(late, "r%d" % i, 0.3), name="r%d" % i) for i in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        late.set()
        print("late set", flush=True)
        early = m.Event()
        p = ctx.Process(target=racer, args=(early, "w", 10), name="w")
        p.start()
        time.sleep(0.5)
        early.set()
        p.join()


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
