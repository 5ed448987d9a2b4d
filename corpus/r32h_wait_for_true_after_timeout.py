"""Workers count processed files in a Value under a Condition's lock; the learner forgot notify_all().

The parent's wait_for(lambda: done.value == 3, timeout=3) is never woken: it sleeps its whole timeout, then checks
the predicate one last time, finds 3 and returns True. The program prints "all done" 3 s late, and a
second wait_for on a count that never comes returns False.
"""
import multiprocessing as mp
import sys
import time


def worker(cond, done, n):
    time.sleep(0.2 * n)
    with cond:
        done.value += 1          # no cond.notify_all(): nobody is woken


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    cond = ctx.Condition()
    done = ctx.Value("i", 0, lock=False)
    procs = [ctx.Process(target=worker, args=(cond, done, n)) for n in range(3)]
    t0 = time.monotonic()
    for p in procs:
        p.start()
    with cond:
        ok = cond.wait_for(lambda: done.value == 3, timeout=3)
        print(f"wait_for returned {ok} after {time.monotonic() - t0:.0f} s, done={done.value}")
        ok = cond.wait_for(lambda: done.value == 4, timeout=1)
        print(f"waiting for 4 returned {ok}, done={done.value}")
    for p in procs:
        p.join()
    print("exit codes:", [p.exitcode for p in procs])
