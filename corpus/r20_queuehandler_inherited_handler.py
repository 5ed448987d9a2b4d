"""Workers log through a QueueHandler that a Pool initializer adds to the root logger; a QueueListener in the
parent prints the records. logging.basicConfig() runs at import, outside the main guard: under fork every
worker inherits the parent's StreamHandler, and under spawn and forkserver each worker imports the module and
runs basicConfig() itself; either way each worker's record is printed twice (once by the worker itself, once by
the listener)."""
import logging
import logging.handlers
import multiprocessing as mp
import sys

logging.basicConfig(level=logging.INFO, format="%(processName)s %(message)s", stream=sys.stdout)


def init(q):
    logging.getLogger().addHandler(logging.handlers.QueueHandler(q))


def work(n):
    logging.info("item %d", n)
    return n


def main(ctx):
    q = ctx.Queue()
    listener = logging.handlers.QueueListener(q, logging.StreamHandler(sys.stdout))
    listener.handlers[0].setFormatter(logging.Formatter("via listener: %(processName)s %(message)s"))
    listener.start()
    with ctx.Pool(2, initializer=init, initargs=(q,)) as pool:
        print("results:", pool.map(work, [1, 2], chunksize=1), flush=True)
    listener.stop()
    logging.info("parent done")


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
