"""ThreadPoolExecutor: submit, as_completed and an exception from one task."""
import concurrent.futures as cf
import time


def wait_then(x):
    time.sleep(0.05 * (4 - x))
    if x == 1:
        raise RuntimeError("task 1 failed")
    return x


if __name__ == "__main__":
    with cf.ThreadPoolExecutor(max_workers=3) as ex:
        futures = {ex.submit(wait_then, x): x for x in range(4)}
        for f in cf.as_completed(futures):
            print(futures[f], "->", f.exception() or f.result())
