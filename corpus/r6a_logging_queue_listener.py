"""Logging cookbook style: Pool workers log through a QueueHandler on a Manager().Queue(); a QueueListener prints them.
A plain multiprocessing.Queue passed as a task argument fails first (RuntimeError)."""
import logging
import logging.handlers
import multiprocessing as mp
import sys


def work(q, n):
    logger = logging.getLogger(f"worker{n}")
    logger.setLevel(logging.INFO)
    if not logger.handlers:
        logger.addHandler(logging.handlers.QueueHandler(q))
    logger.info("item %d squared is %d", n, n * n)
    return n * n


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    with mp.Pool(2) as pool:
        try:
            pool.apply(work, (mp.Queue(), 0))
        except RuntimeError as e:
            print("plain Queue:", e)
        with mp.Manager() as manager:
            q = manager.Queue()
            listener = logging.handlers.QueueListener(q, handler)
            listener.start()
            print(pool.starmap(work, [(q, n) for n in range(1, 4)]))
            listener.stop()
