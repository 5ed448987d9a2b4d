"""An Array with a lock and a RawArray: two children fill halves; the parent sums."""
import multiprocessing as mp
import sys


def fill(arr, raw, lo, hi):
    for i in range(lo, hi):
        arr[i] = i * i
        raw[i] = i


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    arr, raw = mp.Array("i", 10), mp.RawArray("i", 10)
    ps = [mp.Process(target=fill, args=(arr, raw, 0, 5)), mp.Process(target=fill, args=(arr, raw, 5, 10))]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("squares", sum(arr[:]), "raw", sum(raw[:]))
