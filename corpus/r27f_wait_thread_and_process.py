"""One concurrent.futures.wait() over futures from a ThreadPoolExecutor AND a ProcessPoolExecutor:
FIRST_COMPLETED returns the quick thread item; Future.exception(timeout=0.2) on the slow process item
raises TimeoutError; a second wait() (ALL_COMPLETED) returns everything."""
import multiprocessing
import sys
import time
from concurrent import futures


def nap(label, seconds):
    time.sleep(seconds)
    return f"{label} slept {seconds}s"


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with futures.ThreadPoolExecutor(max_workers=2) as threads, \
            futures.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as procs:
        fs = {threads.submit(nap, "thread-quick", 0.05): "T1",
              procs.submit(nap, "proc-slow", 1.5): "P1",
              procs.submit(nap, "proc-mid", 0.6): "P2",
              threads.submit(nap, "thread-mid", 0.4): "T2"}
        done, pending = futures.wait(fs, return_when=futures.FIRST_COMPLETED)
        print("first wait:", sorted(fs[f] for f in done), "pending", len(pending), flush=True)
        slow = next(f for f, name in fs.items() if name == "P1")
        try:
            slow.exception(timeout=0.2)
        except futures.TimeoutError:
            print("P1.exception(timeout=0.2) raised TimeoutError; running:", slow.running(), flush=True)
        done, pending = futures.wait(fs, timeout=10)
        print("second wait:", len(done), "done,", len(pending), "pending", flush=True)
        for f in sorted(fs, key=fs.get):
            print(fs[f], f.result())
