"""Pool(2) made before the task function is defined: the workers cannot find it (AttributeError), map never ends."""
import multiprocessing as mp
import sys

if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pool = mp.Pool(2)

    def square(x):
        return x * x

    result = pool.map_async(square, range(4))
    try:
        print(result.get(timeout=3))
    except mp.TimeoutError:
        print("map gave no answer in 3 s", flush=True)
    pool.terminate()
    pool.join()
