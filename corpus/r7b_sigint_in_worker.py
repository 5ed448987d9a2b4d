# KeyboardInterrupt delivered to a worker with os.kill(os.getpid(), SIGINT).
import multiprocessing as mp
import os
import signal
import time


def interrupted():
    try:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(1)
    except KeyboardInterrupt:
        print("child caught KeyboardInterrupt", flush=True)
        return
    print("not reached")


def uncaught():
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(1)


def pool_task(n):
    if n == 1:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.5)
    return n


if __name__ == "__main__":
    for fn in (interrupted, uncaught):
        p = mp.Process(target=fn)
        p.start()
        p.join()
        print(fn.__name__, "exitcode", p.exitcode)
    with mp.Pool(1) as pool:
        r = pool.apply_async(pool_task, (1,))
        try:
            print("pool:", r.get(timeout=3))
        except Exception as e:
            print("pool get:", type(e).__name__, repr(e)[:60])
