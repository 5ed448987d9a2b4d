"""A join(timeout) + terminate() loop over a list of workers, one of which installed a SIGTERM handler
that cleans up and calls sys.exit(0): terminate() sends SIGTERM to it like to the others, but its
exit code is 0, not -15. The loop's timeouts add up: each join waits up to 0.5 s in turn."""
import multiprocessing as mp
import signal
import sys
import time


def polite(name, ready):
    def on_term(signum, frame):
        print("%s got signal %d, cleaning up" % (name, signum), flush=True)
        sys.exit(0)
    signal.signal(signal.SIGTERM, on_term)
    ready.set()
    time.sleep(30)


def stubborn(name, ready):
    ready.set()
    time.sleep(30)


def quick(name, ready):
    ready.set()
    time.sleep(0.1)
    print("%s done" % name, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    readies = [mp.Event() for _ in range(3)]
    procs = [mp.Process(target=f, args=(f.__name__, r), name=f.__name__)
             for f, r in zip((quick, polite, stubborn), readies)]
    for p in procs:
        p.start()
    for r in readies:
        r.wait()
    t0 = time.monotonic()
    for p in procs:
        p.join(timeout=0.5)
        if p.is_alive():
            p.terminate()
            p.join()
    print("loop took %.1f s" % (time.monotonic() - t0), flush=True)
    for p in procs:
        print(p.name, "exitcode", p.exitcode, flush=True)
