"""The logging cookbook's QueueHandler/QueueListener across processes, changed: the program stops the
listener before it joins the slow worker. stop() puts the sentinel and waits for the listener thread;
the slow worker's record comes later, goes into the Queue and is never handled."""
import logging
import logging.handlers
import multiprocessing as mp
import sys
import time


def worker(q, delay):
    log = logging.getLogger("job")
    log.addHandler(logging.handlers.QueueHandler(q))
    log.setLevel(logging.INFO)
    time.sleep(delay)
    log.info("%s finished after %.1f s", mp.current_process().name, delay)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("LOG %(message)s"))
    listener = logging.handlers.QueueListener(q, handler)
    listener.start()
    fast = mp.Process(target=worker, args=(q, 0.1), name="fast")
    slow = mp.Process(target=worker, args=(q, 1.0), name="slow")
    fast.start()
    slow.start()
    fast.join()
    listener.stop()
    print("listener stopped", flush=True)
    slow.join()
    print("slow exit code", slow.exitcode, flush=True)
