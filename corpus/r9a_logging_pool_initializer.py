"""The logging cookbook's pattern on a Pool: each worker's initializer puts a QueueHandler on its root logger,
one multiprocessing.Queue (passed through initargs) carries the records, a QueueListener in the parent prints them."""
import logging
import logging.handlers
import sys
import multiprocessing as mp


def init_logging(q):
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(q)]
    root.setLevel(logging.INFO)


def work(n):
    log = logging.getLogger("work")
    log.info("item %d start", n)
    if n == 3:
        log.warning("item %d is odd-looking", n)
    return n * 10


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(processName)s %(levelname)s %(message)s"))
    listener = logging.handlers.QueueListener(q, handler)
    listener.start()
    with mp.Pool(2, initializer=init_logging, initargs=(q,)) as pool:
        print(sorted(pool.map(work, range(5))))
    listener.stop()
    print("done")
