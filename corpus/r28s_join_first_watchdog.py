"""The "join before draining the queue" deadlock, with a watchdog thread: the worker puts a big
result and its process cannot end until the feeder has flushed it; the parent joins first.
After 6 s the watchdog reports the stuck join and drains the queue, which lets the join return."""
import multiprocessing as mp
import sys
import threading
import time


def crunch(out):
    rows = [(i, i * i, f"row-{i}") for i in range(40000)]
    out.put(rows)
    print(f"worker: put {len(rows)} rows, returning from crunch()", flush=True)


def watchdog(q, proc, drained):
    time.sleep(6)
    if proc.is_alive():
        print(f"watchdog: join() still blocked after 6 s; {proc.name} alive, draining the queue", flush=True)
        drained.append(q.get())


def main():
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    proc = mp.Process(target=crunch, args=(q,), name="cruncher")
    proc.start()
    drained = []
    dog = threading.Thread(target=watchdog, args=(q, proc, drained), daemon=True)
    dog.start()
    t0 = time.monotonic()
    proc.join()                          # the bug: join() before get()
    print(f"main: join() returned after {time.monotonic() - t0:.1f} s, exitcode {proc.exitcode}")
    dog.join()
    rows = drained[0] if drained else q.get()
    print(f"main: got {len(rows)} rows, last {rows[-1]}")


if __name__ == "__main__":
    main()
