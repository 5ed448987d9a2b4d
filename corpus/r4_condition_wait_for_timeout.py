"""Condition.wait_for with a predicate: notify_all wakes three waiters; one predicate never becomes true (timeout)."""
import multiprocessing as mp
import sys
import time


def waiter(cond, stock, want):
    with cond:
        ok = cond.wait_for(lambda: stock.value >= want, timeout=1.0)
    print(f"wanted {want}: {'got it' if ok else 'timed out'} (stock {stock.value})", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    cond = mp.Condition()
    stock = mp.Value("i", 0)
    ps = [mp.Process(target=waiter, args=(cond, stock, w)) for w in (2, 4, 100)]
    for p in ps:
        p.start()
    time.sleep(0.3)
    for _ in range(4):
        with cond:
            stock.value += 1
            cond.notify_all()
        time.sleep(0.05)
    for p in ps:
        p.join()
    print("done")
