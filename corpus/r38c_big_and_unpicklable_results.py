"""A report generator: one task renders a 5 MB blob, one returns an open file's reader (which cannot be pickled back),
one is fine. The unpicklable result fails in the worker when it sends it back, and the caller sees the pickling error
from result(). Then the with block is left by an exception the program raises itself."""
import concurrent.futures as cf
import io
import multiprocessing as mp
import sys


def render_blob(n):
    return bytes(5 * 1024 * 1024)


def open_report(n):
    return io.open("/dev/null", "rb")


def summary(n):
    return {"rows": n, "ok": True}


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    try:
        with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
            blob = ex.submit(render_blob, 1)
            handle = ex.submit(open_report, 2)
            small = ex.submit(summary, 3)
            print("blob:", len(blob.result()), "bytes", flush=True)
            try:
                handle.result()
            except Exception as exc:
                print("report failed:", type(exc).__name__, exc, flush=True)
            print("summary:", small.result(), flush=True)
            raise KeyError("missing section")
    except KeyError as exc:
        print("left the with block on", repr(exc))
