"""A Condition: two consumers wait for a shared counter to grow; the producer notifies one, then all."""
import multiprocessing as mp
import sys
import time


def consumer(cond, v, want):
    with cond:
        cond.wait_for(lambda: v.value >= want, timeout=3)
        print("consumer wanted", want, "saw", v.value, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    cond, v = mp.Condition(), mp.Value("i", 0, lock=False)
    ps = [mp.Process(target=consumer, args=(cond, v, w)) for w in (1, 3)]
    for p in ps:
        p.start()
    for _ in range(3):
        time.sleep(0.1)
        with cond:
            v.value += 1
            cond.notify()
    with cond:
        cond.notify_all()
    for p in ps:
        p.join()
