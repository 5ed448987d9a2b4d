"""apply_async() with args that are not a tuple, fire and forget: apply_async(square, (5)) passes the
int 5, and the worker's func(*5) raises TypeError; apply_async(shout, ("hey")) passes three arguments
'h', 'e', 'y'. Nobody calls get() on those two, so their errors are never seen; only the callback's list
shows that two of four results are missing. The tuple-right calls (5,) and ("hey",) work."""
import multiprocessing as mp
import sys


def square(x):
    return x * x


def shout(word):
    return word.upper()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    got = []
    pool = mp.Pool(2)
    pool.apply_async(square, (5), callback=got.append)
    pool.apply_async(shout, ("hey"), callback=got.append)
    pool.apply_async(square, (5,), callback=got.append)
    pool.apply_async(shout, ("hey",), callback=got.append)
    pool.close()
    pool.join()
    print("results collected by the callback:", sorted(map(str, got)), flush=True)
