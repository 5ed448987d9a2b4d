"""Value(lock=False) has no get_lock(); a Value with its lock; a RawArray filled by children by index."""
import multiprocessing as mp
import sys


def fill(arr, i):
    arr[i] = i * i


def add(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    raw = mp.Value("i", 0, lock=False)
    print("lock=False has get_lock:", hasattr(raw, "get_lock"))
    v = mp.Value("i", 0)
    ps = [mp.Process(target=add, args=(v, 50)) for _ in range(2)]
    arr = mp.RawArray("i", 4)
    ps += [mp.Process(target=fill, args=(arr, i)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("locked counter", v.value, "raw array", list(arr))
