"""sharedctypes: a RawValue (no lock), sharedctypes.copy() of a synchronized Value (a new, separate object),
synchronized() wrapped around a RawArray with get_lock(). Two children add to each; the copy is not shared with
what they changed."""
import multiprocessing as mp
import sys
from multiprocessing import sharedctypes


def add(raw, arr, n):
    for _ in range(n):
        raw.value += 1
        with arr.get_lock():
            arr[0] += 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    raw = sharedctypes.RawValue("i", 0)
    val = mp.Value("i", 7)
    dup = sharedctypes.copy(val.get_obj())
    arr = sharedctypes.synchronized(sharedctypes.RawArray("i", 3))
    print("types:", type(raw).__name__, type(dup).__name__, type(arr).__name__, flush=True)
    ps = [mp.Process(target=add, args=(raw, arr, 200), name="adder%d" % i) for i in range(2)]
    for p in ps:
        p.start()
    val.value += 1
    for p in ps:
        p.join()
    print("arr[0] (locked):", arr[0], "of 400", flush=True)
    print("raw (no lock) at most 400:", raw.value <= 400, flush=True)
    print("val:", val.value, "its copy:", dup.value, flush=True)
