"""sharedctypes.copy(): a new ctypes object in new shared memory with the original's contents, of a synchronized Value's
own object (get_obj()) and of a RawArray. A child adds to the Value; the copy, made before, keeps the old number."""
import multiprocessing as mp
import sys
from multiprocessing import sharedctypes


def add(val):
    with val.get_lock():
        val.value += 5


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    val = mp.Value("i", 7)
    snapshot = sharedctypes.copy(val.get_obj())
    raw = sharedctypes.RawArray("d", [1.5, 2.5])
    raw_copy = sharedctypes.copy(raw)
    p = mp.Process(target=add, args=(val,), name="adder")
    p.start()
    p.join()
    raw[0] = 9.0
    print("val:", val.value, "snapshot:", snapshot.value, flush=True)
    print("raw:", list(raw), "raw_copy:", list(raw_copy), flush=True)
