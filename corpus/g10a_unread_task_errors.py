"""Task errors nobody reads: an apply_async whose AsyncResult is dropped, a map_async without error_callback and
without get(); one error that get() does read, for contrast."""
import sys
import multiprocessing as mp


def parse(text):
    return int(text)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(2)
    pool.apply_async(parse, ("one",))
    pool.map_async(parse, ["1", "two", "3"])
    seen = pool.apply_async(parse, ("three",))
    try:
        seen.get(timeout=5)
    except ValueError as e:
        print("get() raised:", e, flush=True)
    pool.close()
    pool.join()
    print("joined; the other two errors were never read", flush=True)
