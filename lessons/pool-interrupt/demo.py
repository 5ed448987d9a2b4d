"""pool-interrupt: Ctrl-C while the main process waits in map, in map_async().get(timeout), and with workers that ignore it.

Run by `mp-tutor lesson pool-interrupt`; it also runs on its own: python3 demo.py
The demo presses "Ctrl-C" itself: a thread sends SIGINT to the demo's whole process group, as a
terminal does, so every process of the demo gets it. mp-tutor runs the demo in a group of its own.
"""
import argparse
import multiprocessing
import os
import signal
import threading
import time
from multiprocessing import Pool
from multiprocessing.sharedctypes import RawArray


TASK_SECONDS = 30.0  # every task takes longer than the demo ever lets it run (1 s was not, on a busy machine)
STARTED = None      # in each worker: shared flags, one per task, set when the task starts


def setup_worker(started, ignore):
    """The pool's initializer, run once in each worker when it starts."""
    global STARTED
    STARTED = started
    # The worker was forked while its parent blocked SIGINT (see one_round): let it receive Ctrl-C again.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if ignore:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C no longer raises KeyboardInterrupt here


def work(n):
    STARTED[n] = 1
    time.sleep(TASK_SECONDS)
    return n


def press_ctrl_c(label, started, after):
    """Runs in a thread of the main process: once the first three tasks are running, waits a
    little, then sends SIGINT to the whole process group, as Ctrl-C in a terminal does."""
    deadline = time.monotonic() + 10
    while not all(started[:3]) and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(after)
    print(f"[{label}] Ctrl-C: SIGINT to the whole process group")
    os.killpg(os.getpgrp(), signal.SIGINT)


def one_round(label, how, after, pause):
    started = RawArray("b", 12)  # shared memory without a lock: each task writes only its own flag
    # A signal sent to a process goes to ANY one of its threads that does not block it. Python runs its
    # handler in the main thread, but a main thread blocked in a lock wait notices it only if the signal
    # interrupted that very thread. So threads are started with SIGINT blocked (they inherit the mask),
    # and only the main thread takes Ctrl-C, as it would in a program without helper threads.
    unblocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    pool = Pool(3, initializer=setup_worker, initargs=(started, how == "map+ignore"))
    items = range(12)
    threading.Thread(target=press_ctrl_c, args=(label, started, after), name="ctrl-c").start()
    signal.pthread_sigmask(signal.SIG_SETMASK, unblocked)
    called_at = time.monotonic()
    try:
        if how == "map_async":
            results = pool.map_async(work, items, chunksize=1).get(timeout=60)
        else:
            results = pool.map(work, items, chunksize=1)
        print(f"[{label}] main: got {results}")
    except KeyboardInterrupt:
        print(f"[{label}] main got KeyboardInterrupt in {'get()' if how == 'map_async' else 'map()'}, "
              f"{time.monotonic() - called_at:.2f} s after it was called")
        time.sleep(pause)  # let the workers show what Ctrl-C did to them
        if how != "map+ignore":
            # The pool replaces a dead worker from a thread that looks every 0.1 s, and each new worker takes the next
            # task (3, 4, 5). Wait for that, not for a time: on a busy machine the thread may not have run yet.
            deadline = time.monotonic() + 10
            while not all(started[3:6]) and time.monotonic() < deadline:
                time.sleep(0.01)
        pool.terminate()   # stop every worker still alive
        pool.join()
        print(f"[{label}] pool terminated and joined")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--after", type=float, default=0.3, help="when Ctrl-C comes, in seconds after the first tasks started")
    parser.add_argument("--pause", type=float, default=0.4, help="how long the main process waits before terminate()")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()

    print(f"main process pid {os.getpid()}, process group {os.getpgrp()}")
    for label, how in (("map", "map"), ("map_async", "map_async"), ("ignore", "map+ignore")):
        one_round(label, how, args.after, args.pause)
    print(f"children still alive: {len(multiprocessing.active_children())}")


if __name__ == "__main__":
    main()
