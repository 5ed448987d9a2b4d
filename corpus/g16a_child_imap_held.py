"""A Process child that uses a Pool's imap_unordered() and keeps the result object in a module global past the pool's
end (gaps 16A): it reads one result after the with-block, and the other four stay unread until the child ends. Under
fork and forkserver the child leaves by os._exit right after its run; the tracer counts what it still held just
before that."""
import multiprocessing as mp
import sys
import time

KEPT = []


def slow(x):
    time.sleep(0.05)
    return x * 2


def child():
    with mp.Pool(2) as pool:
        kept = pool.imap_unordered(slow, range(5))
        while len(kept._items) < 5:     # every result is back before the pool ends
            time.sleep(0.02)
    KEPT.append(kept)
    print("child read one more:", next(kept) in (0, 2, 4, 6, 8), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=child)
    p.start()
    p.join()
    print("child exitcode", p.exitcode, flush=True)
