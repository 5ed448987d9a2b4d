"""A report job whose worker setup reads a settings file. The first try runs before the file exists:
the initializer raises, so the first result() raises BrokenProcessPool, which the script reports.
It writes the file and tries again; map(timeout=1.0) then raises TimeoutError at the third report
(the slow one), and the script stops with shutdown(wait=False, cancel_futures=True)."""
import json
import multiprocessing
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, TimeoutError
from concurrent.futures.process import BrokenProcessPool

SETTINGS = None


def load_settings(path):
    global SETTINGS
    with open(path) as f:
        SETTINGS = json.load(f)


def build_report(day):
    time.sleep(2.5 if day == 3 else 0.1)
    return f"{SETTINGS['region']}-day{day}"


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    path = os.path.join(tempfile.mkdtemp(prefix="r30f-"), "settings.json")
    first = ProcessPoolExecutor(max_workers=2, mp_context=ctx, initializer=load_settings, initargs=(path,))
    try:
        print(first.submit(build_report, 1).result(timeout=20))
    except BrokenProcessPool as e:
        print("first try failed:", type(e).__name__, "-", e)
    first.shutdown()
    with open(path, "w") as f:
        json.dump({"region": "eu"}, f)
    pool = ProcessPoolExecutor(max_workers=2, mp_context=ctx, initializer=load_settings, initargs=(path,))
    got = []
    try:
        for report in pool.map(build_report, [1, 2, 3, 4, 5], timeout=1.0):
            got.append(report)
    except TimeoutError:
        print("gave up waiting after", got)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    os.remove(path)
    os.rmdir(os.path.dirname(path))
