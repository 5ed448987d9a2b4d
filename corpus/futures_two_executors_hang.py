"""Two ProcessPoolExecutors: the first finishes its work, the second's work item 1 never finishes. The hang
explanation must name the second executor's worker that holds it, not give up because there are two."""
import concurrent.futures as cf
import time


def square(x):
    return x * x


def stuck(x):
    if x == 1:
        time.sleep(60)      # never finishes before the watchdog
    return x


if __name__ == "__main__":
    quick = cf.ProcessPoolExecutor(max_workers=2)
    print("quick:", list(quick.map(square, range(3))), flush=True)
    slow = cf.ProcessPoolExecutor(max_workers=2)
    futures = [slow.submit(stuck, x) for x in range(3)]
    for f in cf.as_completed(futures):
        print("slow got", f.result(), flush=True)
