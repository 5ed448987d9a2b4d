"""queue-basics part 3, changed: the learner drops join(timeout=0.5) for a plain join() before get().
The child's feeder cannot flush its 512 kB item, the parent waits in join(); a watchdog thread drains
the queue after 5 s, so join() returns and the program ends."""
import multiprocessing as mp
import sys
import threading
import time


def put_big_item(q, nbytes):
    q.put(b"x" * nbytes)
    print(f"child: put() of {nbytes} bytes returned at once")


def main():
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    child = mp.Process(target=put_big_item, args=(q, 512 * 1024), name="BigPutter")
    got = []

    def watchdog():
        time.sleep(5.0)
        print(f"watchdog: after 5 s the child is alive: {child.is_alive()}; draining the queue", flush=True)
        got.append(q.get())

    child.start()
    threading.Thread(target=watchdog, name="watchdog", daemon=True).start()
    t0 = time.monotonic()
    child.join()                      # the documented deadlock: joined before the queue was drained
    print(f"parent: join() returned after {time.monotonic() - t0:.0f} s, exit code {child.exitcode}, "
          f"watchdog got {len(got[0]) if got else 0} bytes")


if __name__ == "__main__":
    main()
