"""Log aggregation: worker processes log through logging.handlers.QueueHandler onto one
multiprocessing Queue; a QueueListener thread in the parent writes every record to stderr with
the process name. One worker logs an exception with logger.exception()."""
import logging
import logging.handlers
import multiprocessing as mp
import sys


def worker(q, n):
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(q)]
    root.setLevel(logging.INFO)
    log = logging.getLogger("job")
    log.info("starting job %d", n)
    try:
        if n == 2:
            {}["missing"]
        log.info("job %d done: %d", n, n * n)
    except KeyError:
        log.exception("job %d failed", n)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(processName)s %(levelname)s %(message)s"))
    listener = logging.handlers.QueueListener(q, handler)
    listener.start()
    procs = [ctx.Process(target=worker, args=(q, n), name=f"logjob-{n}") for n in range(1, 4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    listener.stop()
    print("exit codes:", [p.exitcode for p in procs])
