"""The parent puts a big object on a Queue nobody reads and returns from main: at exit its feeder thread
cannot finish writing to the full pipe, and the queue's finalizer joins it forever (a hang)."""
import multiprocessing as mp
import sys


def never_reads(q):
    pass


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    p = mp.Process(target=never_reads, args=(q,))
    p.start()
    p.join()
    q.put(b"x" * 1_000_000)
    print("put returned; main ends here", flush=True)
