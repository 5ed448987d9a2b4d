"""An RLock taken again by a function that calls another function holding it (recursion across functions),
and a Condition over it: consumers wait_for() a shared counter to reach their threshold; the producer
bumps it and notify_all()s."""
import multiprocessing as mp
import sys
import time


def bump(counter, rlock):
    with rlock:
        counter.value += 1


def bump_twice(counter, rlock, cond):
    with rlock:
        bump(counter, rlock)
        bump(counter, rlock)
        cond.notify_all()


def producer(counter, rlock, cond):
    for _ in range(3):
        time.sleep(0.1)
        bump_twice(counter, rlock, cond)


def consumer(counter, cond, threshold):
    with cond:
        ok = cond.wait_for(lambda: counter.value >= threshold, timeout=3)
    print(f"consumer for {threshold}: {ok}, saw {counter.value}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    rlock = mp.RLock()
    cond = mp.Condition(rlock)
    counter = mp.Value("i", 0, lock=False)
    cs = [mp.Process(target=consumer, args=(counter, cond, t)) for t in (2, 6)]
    for c in cs:
        c.start()
    p = mp.Process(target=producer, args=(counter, rlock, cond))
    p.start()
    for q in cs + [p]:
        q.join()
    print("counter", counter.value, flush=True)
