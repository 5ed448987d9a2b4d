"""mp_context=get_context("spawn") with an initializer setting a global; result(timeout=) gives up, then is retried."""
import concurrent.futures as cf
import multiprocessing as mp
import time

CONFIG = None


def init(cfg):
    global CONFIG
    CONFIG = cfg


def slow(x):
    time.sleep(0.6)
    return f"{CONFIG['prefix']}-{x}"


if __name__ == "__main__":
    ex = cf.ProcessPoolExecutor(max_workers=2, mp_context=mp.get_context("spawn"),
                                initializer=init, initargs=({"prefix": "job"},))
    fut = ex.submit(slow, 1)
    attempts = 0
    while True:
        attempts += 1
        try:
            print(fut.result(timeout=0.2))
            break
        except cf.TimeoutError:
            print("attempt", attempts, "timed out, still running:", fut.running())
    ex.shutdown()
    print("attempts", attempts)
