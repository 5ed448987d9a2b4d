"""A Lock made at module level, used as a global by the children (not passed): under spawn each child has its own."""
import multiprocessing as mp
import sys
import time

lock = mp.Lock()


def work(name):
    with lock:
        print(name, "in", flush=True)
        time.sleep(0.3)
        print(name, "out", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ps = [ctx.Process(target=work, args=(n,)) for n in ("A", "B")]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
