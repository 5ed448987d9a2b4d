"""Arguments that cannot travel: an open file handed to a Process (fine under fork, TypeError at start()
under spawn and forkserver), and a Lock passed to a Pool task (RuntimeError under every start method: a
Lock is shared by inheritance only). The fix shown last: the Lock through the Pool's initializer."""
import multiprocessing as mp
import sys

LOCK = None


def read_first_line(f):
    print("child read:", f.readline().strip(), flush=True)


def locked_square(lock, x):
    with lock:
        return x * x


def init(lock):
    global LOCK
    LOCK = lock


def square_with_global(x):
    with LOCK:
        return x * x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    f = open(__file__)
    p = mp.Process(target=read_first_line, args=(f,))
    try:
        p.start()
        p.join()
        print("open file: exitcode", p.exitcode, flush=True)
    except Exception as e:
        print("open file:", type(e).__name__, e, flush=True)
    lock = mp.Lock()
    with mp.Pool(2) as pool:
        try:
            print(pool.apply_async(locked_square, (lock, 3)).get(timeout=5))
        except Exception as e:
            print("Lock as a task argument:", type(e).__name__, e, flush=True)
    with mp.Pool(2, initializer=init, initargs=(lock,)) as pool:
        print("through the initializer:", pool.map(square_with_global, [1, 2, 3]), flush=True)
