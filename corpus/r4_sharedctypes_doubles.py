"""An Array of doubles: three children add to their slots under the array's lock; a RawValue without one."""
import multiprocessing as mp
import sys
from multiprocessing import sharedctypes


def add(arr, total, i):
    for _ in range(50):
        with arr.get_lock():
            arr[i] += 0.5
    total.value = i         # RawValue: no lock at all


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    arr = mp.Array("d", [0.0, 1.0, 2.0])
    total = sharedctypes.RawValue("i", -1)
    ps = [mp.Process(target=add, args=(arr, total, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(list(arr), "last writer in", total.value in (0, 1, 2))
