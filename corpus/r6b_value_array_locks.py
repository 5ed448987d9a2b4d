"""Value and Array shared by four processes: a counter incremented under get_lock(), one made with
lock=False (no lock: updates get lost), and an Array whose slices are filled under its get_lock()."""
import multiprocessing as mp
import sys


def work(i, safe, unsafe, arr):
    for _ in range(300):
        with safe.get_lock():
            safe.value += 1
        unsafe.value += 1
    with arr.get_lock():
        for j in range(i * 3, i * 3 + 3):
            arr[j] = i


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    safe = mp.Value("i", 0)
    unsafe = mp.Value("i", 0, lock=False)
    arr = mp.Array("i", 12)
    ps = [mp.Process(target=work, args=(i, safe, unsafe, arr)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("safe", safe.value, "of 1200", flush=True)
    print("unsafe", unsafe.value, "of 1200", flush=True)
    print("array", arr[:], flush=True)
