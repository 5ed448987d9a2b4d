"""Forum-style: each worker Process logs through a QueueHandler on one multiprocessing.Queue; the
parent's QueueListener (respect_handler_level=True) prints INFO and up to stdout, while the
workers also send DEBUG records the handler drops. The parent prints a progress line with end='\r'."""
import logging
import logging.handlers
import multiprocessing as mp
import sys
import time


def crunch(log_q, wid, n):
    log = logging.getLogger(f"crunch.{wid}")
    log.addHandler(logging.handlers.QueueHandler(log_q))
    log.setLevel(logging.DEBUG)
    log.propagate = False
    total = 0
    for i in range(n):
        total += i * wid
        log.debug("step %d", i)
    if wid == 2:
        log.warning("worker %d found an odd total %d", wid, total)
    log.info("worker %d done: %d", wid, total)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    log_q = ctx.Queue()
    out = logging.StreamHandler(sys.stdout)
    out.setLevel(logging.INFO)
    out.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    listener = logging.handlers.QueueListener(log_q, out, respect_handler_level=True)
    listener.start()
    procs = [ctx.Process(target=crunch, args=(log_q, w, 5)) for w in range(1, 4)]
    for p in procs:
        p.start()
    for k, p in enumerate(procs, 1):
        p.join()
        print(f"joined {k}/{len(procs)}", end="\r", flush=True)
    print()
    listener.stop()
    print("exit codes", [p.exitcode for p in procs])
