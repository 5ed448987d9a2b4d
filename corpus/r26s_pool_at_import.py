"""pool-map, changed: the learner moves Pool() and the start method to the top level, out of the
__main__ guard. Under fork it works; under spawn and forkserver every worker re-runs the top level while
importing the main module, its Pool() raises RuntimeError, the worker dies and is replaced. The
program's map_async().get(timeout=4) gives up and it terminates the pool."""
import multiprocessing as mp
import sys


def square(x):
    return x * x


if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
    mp.set_start_method(sys.argv[1], force=True)
pool = mp.Pool(2)                     # moved out of the guard

if __name__ == "__main__":
    try:
        print("map:", pool.map_async(square, range(6)).get(timeout=4))
    except mp.TimeoutError:
        print("map_async().get(timeout=4) gave up: TimeoutError")
    pool.terminate()
    pool.join()
    print("main: pool terminated")
