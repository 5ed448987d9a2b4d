"""A Condition with wait_for(): the producer sets the shared flag and calls notify() without holding
the condition (AssertionError: lock is not owned) and dies; the consumer's
wait_for(predicate, timeout=1.5) is never woken, yet returns True: after the timeout wait_for checks
the predicate once more, and the flag was set. Then the producer done right."""
import multiprocessing as mp
import sys
import time


def producer(cond, flag, locked):
    time.sleep(0.3)
    flag.value = 1
    if locked:
        with cond:
            cond.notify()
    else:
        cond.notify()


def consumer(cond, flag):
    t0 = time.monotonic()
    with cond:
        ok = cond.wait_for(lambda: flag.value == 1, timeout=1.5)
    print("wait_for returned %s after %.1f s" % (ok, time.monotonic() - t0), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    for locked in (False, True):
        cond = mp.Condition()
        flag = mp.Value("i", 0, lock=False)
        c = mp.Process(target=consumer, args=(cond, flag))
        p = mp.Process(target=producer, args=(cond, flag, locked))
        c.start()
        p.start()
        p.join()
        c.join()
        print("locked=%s: producer exit code %s" % (locked, p.exitcode), flush=True)
