"""A health check that gives each host 1 s: a Pool of three workers, two of which sleep far longer than that in a call
the tracer does not record (time.sleep); the main process gives up on them and terminates the pool (gaps 32C: the step
view's lanes of the sleeping workers run on until the workers ended, as the idle one's does)."""
import multiprocessing as mp
import sys
import time


def probe(host):
    if host != "db":
        time.sleep(4)          # a host that never answers: an unrecorded sleep
    return host, "ok"


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    pool = ctx.Pool(3)
    pending = {h: pool.apply_async(probe, (h,)) for h in ("db", "cache", "queue")}
    for host, res in pending.items():
        try:
            print(host, res.get(timeout=10 if host == "db" else 1))
        except mp.TimeoutError:
            print(host, "timed out")
    pool.terminate()
    pool.join()
