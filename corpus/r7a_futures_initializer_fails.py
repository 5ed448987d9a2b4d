"""ProcessPoolExecutor whose initializer raises: every worker logs the error and exits, the executor breaks (BrokenProcessPool)."""
import concurrent.futures as cf
import multiprocessing as mp
import sys

DB = None


def connect(url):
    global DB
    if not url.startswith("db://"):
        raise ValueError(f"bad url {url!r}")
    DB = url


def query(n):
    return f"{DB}:{n}"


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else None
    ctx = mp.get_context(method)
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx, initializer=connect, initargs=("http://x",)) as ex:
        futs = [ex.submit(query, n) for n in range(3)]
        for f in futs:
            try:
                print("result", f.result())
            except cf.process.BrokenProcessPool as e:
                print("broken:", type(e).__name__)
    try:
        ex.submit(query, 9)
    except Exception as e:
        print("after:", type(e).__name__)
