"""The manager shuts down while a child still uses its list proxy: the child's next call fails."""
import multiprocessing as mp
import sys
import time


def user(lst, ready):
    lst.append(1)
    ready.set()
    time.sleep(0.5)
    try:
        lst.append(2)
        print("child: second append worked")
    except (EOFError, ConnectionError, BrokenPipeError) as e:
        print("child: second append failed:", type(e).__name__)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    m = mp.Manager()
    lst = m.list()
    ready = mp.Event()
    p = mp.Process(target=user, args=(lst, ready))
    p.start()
    ready.wait()
    print("parent sees", list(lst))
    m.shutdown()
    p.join()
    print("child exit", p.exitcode)
