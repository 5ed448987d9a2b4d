"""Per-download timeouts with signal.alarm inside ProcessPoolExecutor workers. fetch() arms alarm(1)
and disarms it only on the slow path's except; on success it forgets signal.alarm(0). The next task
in the same worker, a checksum that never touches the network, is hit by that leftover alarm and fails
with TimeoutError: the wrong task times out. One worker, so the order is the same every run."""
import concurrent.futures as cf
import multiprocessing as mp
import signal
import sys
import time


def on_alarm(signum, frame):
    raise TimeoutError("download took longer than 1 s")


def fetch(url):
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(1)
    try:
        time.sleep(2.0 if "slow" in url else 0.2)    # the "download"
    except TimeoutError:
        signal.alarm(0)
        return url, "timed out"
    return url, "ok"                                  # bug: the alarm is still armed


def checksum(data):
    time.sleep(1.2)                                   # hashing a big file: no network at all
    return data, sum(data.encode()) % 65536


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
        jobs = [ex.submit(fetch, "http://slow.example/a"), ex.submit(fetch, "http://fast.example/b"),
                ex.submit(checksum, "b-contents")]
        for job in jobs:
            try:
                print("result:", job.result(), flush=True)
            except TimeoutError as e:
                print("failed:", type(e).__name__, e, flush=True)
