"""Pool error_callback from the library reference, changed: map_async over eight items with
chunksize=2 where items 3 and 6 raise. The error_callback runs once (the first failed chunk to come
back), the callback never; get() raises that one error; the results of the good chunks are dropped."""
import multiprocessing as mp
import sys
import time


def check(x):
    time.sleep(0.05)
    if x in (3, 6):
        raise ValueError("bad item %d" % x)
    return x * 10


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    seen = []
    with mp.Pool(2) as pool:
        r = pool.map_async(check, range(8), chunksize=2,
                           callback=lambda res: seen.append(("ok", res)),
                           error_callback=lambda e: seen.append(("err", str(e))))
        try:
            r.get(timeout=10)
        except ValueError as e:
            print("get() raised:", e, flush=True)
        time.sleep(0.1)
    print("callbacks:", seen, flush=True)
