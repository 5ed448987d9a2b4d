"""A mover shifts one unit at a time between the slots of a shared Array('i', 5) (the total is
always 50), while a watcher sums the array every 2 ms until the parent stops it. Each arr[i]
access takes the Array's lock on its own, so the watcher can sum between the mover's two writes and
see 49 or 51. In the second run both hold `with arr.get_lock():` around the whole update / the whole
sum: no torn totals."""
import multiprocessing as mp
import sys
import time


def mover(arr, moves, whole):
    for k in range(moves):
        i, j = k % 5, (k + 2) % 5
        if whole:
            with arr.get_lock():
                arr[i] -= 1
                time.sleep(0.0002)      # the bookkeeping between the two writes
                arr[j] += 1
        else:
            arr[i] -= 1
            time.sleep(0.0002)
            arr[j] += 1


def watcher(arr, stop, whole, torn):
    bad = 0
    while not stop.is_set():
        if whole:
            with arr.get_lock():
                total = sum(arr[i] for i in range(5))
        else:
            total = sum(arr[i] for i in range(5))
        if total != 50:
            bad += 1
        time.sleep(0.002)               # look again a moment later
    torn.value = bad


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    for whole in (False, True):
        arr = ctx.Array("i", [10] * 5)
        torn = ctx.Value("i", 0)
        stop = ctx.Event()
        m = ctx.Process(target=mover, args=(arr, 300, whole))
        w = ctx.Process(target=watcher, args=(arr, stop, whole, torn))
        m.start(); w.start()
        m.join()
        stop.set()
        w.join()
        how = "whole-array lock" if whole else "per-item locks"
        print(f"{how}: final {list(arr)} sum {sum(arr)}; torn sums seen: {'some' if torn.value else 'none'}")
