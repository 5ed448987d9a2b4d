"""Two Pools: the first maps and finishes, the second's task never finishes. The hang explanation must name the
second pool's worker that holds it."""
import multiprocessing as mp
import time


def square(x):
    return x * x


def stuck(x):
    time.sleep(60)          # never finishes before the watchdog
    return x


if __name__ == "__main__":
    quick = mp.Pool(2)
    print("quick:", quick.map(square, range(4)), flush=True)
    slow = mp.Pool(2)
    result = slow.apply_async(stuck, (1,))
    print("slow got", result.get(), flush=True)
