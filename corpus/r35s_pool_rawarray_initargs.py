"""Squares of 0..11 written by Pool workers into a RawArray('d', 12), each task its own slot (no lock
needed), with a Value('i') counting tasks under its lock. The first attempt passes the RawArray as a
task argument, which multiprocessing refuses (shared ctypes travel only by inheritance); the fix
hands it to each worker once through initializer/initargs."""
import multiprocessing as mp
import sys

results = None
counter = None


def init(shared_results, shared_counter):
    global results, counter
    results, counter = shared_results, shared_counter


def fill_slot_arg(args):
    arr, i = args
    arr[i] = i * i


def fill_slot(i):
    results[i] = i * i
    with counter.get_lock():
        counter.value += 1
    return i


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    raw = ctx.RawArray("d", 12)
    done = ctx.Value("i", 0)
    with ctx.Pool(2) as pool:
        try:
            pool.map(fill_slot_arg, [(raw, i) for i in range(12)])
        except RuntimeError as e:
            print("as a task argument:", e)
    with ctx.Pool(3, initializer=init, initargs=(raw, done)) as pool:
        order = pool.map(fill_slot, range(12), chunksize=4)
    print("slots:", [int(x) for x in raw])
    print("tasks counted:", done.value, "map order:", order == list(range(12)))
