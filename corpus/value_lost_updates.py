"""`v.value += 1` from three processes: a read and a write, each under the lock on its own. Updates get lost."""
import multiprocessing as mp
import sys


def bump(v, n):
    for _ in range(n):
        v.value += 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    v = mp.Value("i", 0)
    ps = [mp.Process(target=bump, args=(v, 120)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("expected", 360, "got", v.value)
