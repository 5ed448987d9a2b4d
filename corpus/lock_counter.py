"""Four processes add to a shared Value, each increment inside `with v.get_lock()`: no update is lost."""
import multiprocessing as mp
import sys


def add(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    v = mp.Value("i", 0)
    ps = [mp.Process(target=add, args=(v, 50)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("total", v.value, "of", 4 * 50)
