"""A supervisor's graceful stop: the parent's SIGTERM handler sets a stop Event; workers loop until it is set,
then report their counts on a Queue. The parent sends itself the SIGTERM (as `kill <pid>` would)."""
import os
import signal
import sys
import time
import multiprocessing as mp


def worker(stop, q, wid):
    signal.signal(signal.SIGTERM, signal.SIG_IGN)   # only the parent decides when to stop
    n = 0
    while not stop.is_set():
        n += 1
        time.sleep(0.02)
    q.put((wid, n > 0))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    stop, q = mp.Event(), mp.Queue()

    def on_term(signum, frame):
        print("SIGTERM received, stopping workers")
        stop.set()

    signal.signal(signal.SIGTERM, on_term)
    ps = [mp.Process(target=worker, args=(stop, q, i)) for i in range(2)]
    for p in ps:
        p.start()
    time.sleep(0.3)
    os.kill(os.getpid(), signal.SIGTERM)
    print(sorted(q.get(timeout=10) for _ in ps))
    for p in ps:
        p.join()
    print("exit codes:", [p.exitcode for p in ps])
