"""The logging cookbook's listener process: workers log through a QueueHandler onto one Queue; a separate listener
process takes the records off it and hands them to its own StreamHandler on stdout, until the parent puts None."""
import logging
import logging.handlers
import multiprocessing as mp
import sys


def listener(queue):
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(processName)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    count = 0
    while True:
        record = queue.get()
        if record is None:
            break
        logging.getLogger(record.name).handle(record)
        count += 1
    print("listener handled", count, "records", flush=True)


def worker(queue, n):
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(queue)]
    root.setLevel(logging.INFO)
    for i in range(3):
        root.info("worker %d step %d", n, i)
    root.debug("worker %d debug line (below INFO, never queued)", n)
    if n == 1:
        try:
            1 / 0
        except ZeroDivisionError:
            root.exception("worker %d failed", n)


def main(ctx):
    queue = ctx.Queue()
    lp = ctx.Process(target=listener, args=(queue,), name="log-listener")
    lp.start()
    workers = [ctx.Process(target=worker, args=(queue, n), name="worker-%d" % n) for n in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    queue.put(None)
    lp.join()
    print("listener exitcode", lp.exitcode, flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
