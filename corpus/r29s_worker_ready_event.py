"""A service worker loads its settings, then sets a `ready` Event; the parent waits for it
before sending jobs. One settings key is misspelt, so the worker raises KeyError before set().
The parent's ready.wait(timeout=3) returns False after the full 3 s although the worker had
died at once; the parent then reads its exitcode and does not send the jobs."""
import multiprocessing as mp
import sys
import time

SETTINGS = {"host": "localhost", "port": 8080, "workers": 2}


def serve(settings, ready, jobs):
    host = settings["host"]
    port = settings["prot"]            # typo: KeyError here, before ready.set()
    ready.set()
    for job in iter(jobs.get, None):
        print(f"{host}:{port} handled {job}")


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ready, jobs = ctx.Event(), ctx.Queue()
    w = ctx.Process(target=serve, args=(SETTINGS, ready, jobs), name="service")
    w.start()
    t0 = time.monotonic()
    if ready.wait(timeout=3):
        for j in range(3):
            jobs.put(j)
        jobs.put(None)
    else:
        print(f"service not ready after {time.monotonic() - t0:.1f} s; alive: {w.is_alive()}")
    w.join()
    print("service exitcode:", w.exitcode)
