"""The Stack Overflow answer for a shared counter in a Pool: a Value as a task argument fails (RuntimeError), so pass
it through initializer= and use get_lock() in the task."""
import multiprocessing as mp
import sys

counter = None


def init(shared):
    global counter
    counter = shared


def count(_):
    with counter.get_lock():
        counter.value += 1
    return counter.value


def count_arg(pair):
    value, _ = pair
    value.value += 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    v = mp.Value("i", 0)
    with mp.Pool(2) as pool:
        try:
            pool.map(count_arg, [(v, 1)])
        except RuntimeError as e:
            print("as an argument:", e)
    with mp.Pool(2, initializer=init, initargs=(v,)) as pool:
        pool.map(count, range(20), chunksize=5)
    print("counter", v.value)
