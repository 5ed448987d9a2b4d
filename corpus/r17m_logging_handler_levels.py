"""Workers log through logging.handlers.QueueHandler into one Queue; the parent's QueueListener
(respect_handler_level=True) sends every record to a console handler at WARNING and a file-like
handler at DEBUG. One worker logs an exception with log.exception(); the QueueHandler formats the
traceback into the message before putting it, so the listener prints it without the exception object.
The listener is stopped only after every worker was joined: nothing is lost."""
import io
import logging
import logging.handlers
import multiprocessing as mp
import sys


def work(q, n):
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(q)]
    root.setLevel(logging.DEBUG)
    log = logging.getLogger("job%d" % n)
    log.debug("job %d starting", n)
    try:
        if n == 2:
            {}["missing"]
        log.info("job %d ok", n)
    except KeyError:
        log.exception("job %d failed", n)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    console = logging.StreamHandler(sys.stdout)
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("CONSOLE %(name)s %(levelname)s %(message)s"))
    buffer = io.StringIO()
    everything = logging.StreamHandler(buffer)
    everything.setLevel(logging.DEBUG)
    everything.setFormatter(logging.Formatter("%(processName)s %(levelname)s %(message)s"))
    listener = logging.handlers.QueueListener(q, console, everything, respect_handler_level=True)
    listener.start()
    procs = [ctx.Process(target=work, args=(q, n), name="job-%d" % n) for n in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    listener.stop()
    lines = buffer.getvalue().splitlines()
    print("buffered lines:", len(lines), flush=True)
    print("debug records:", sum(" DEBUG " in line for line in lines), flush=True)
    print("exit codes:", [p.exitcode for p in procs], flush=True)
