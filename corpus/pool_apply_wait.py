"""apply_async with callbacks and an error_callback; r.wait() blocks between two submissions."""
import multiprocessing as mp
import sys
import time


def work(x):
    time.sleep(0.1)
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x * 10


def done(result):
    print("callback got", result, flush=True)


def failed(error):
    print("error_callback got", repr(error), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(2)
    r = pool.apply_async(work, (1,), callback=done)
    r.wait()
    s = pool.apply_async(work, (-1,), error_callback=failed)
    t = pool.apply_async(work, (2,), callback=done)
    print("ready?", s.ready(), t.ready())
    pool.close()
    pool.join()
    print("successful:", r.successful(), s.successful(), t.successful())
