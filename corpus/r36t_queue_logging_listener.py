"""Logging from worker processes the way the logging cookbook shows: each worker gets a
QueueHandler on a shared Queue, the parent runs a QueueListener that writes the records
to stdout. One worker logs an exception with logger.exception() and exits 3."""
import logging
import logging.handlers
import multiprocessing as mp
import sys


def worker(queue, number):
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(queue)]
    root.setLevel(logging.INFO)
    log = logging.getLogger(f"worker{number}")
    log.info("starting")
    if number == 2:
        try:
            {}["missing"]
        except KeyError:
            log.exception("lookup failed")
            sys.exit(3)
    log.info("done")


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    queue = ctx.Queue()
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    listener = logging.handlers.QueueListener(queue, handler)
    listener.start()
    workers = [ctx.Process(target=worker, args=(queue, n), name=f"logger-{n}") for n in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    listener.stop()
    print("exit codes:", [w.exitcode for w in workers])
