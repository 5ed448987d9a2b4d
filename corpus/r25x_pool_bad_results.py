"""A Pool's tasks return things that cannot travel back: a threading.Lock, an open file, a generator.
Each failure comes back as MaybeEncodingError for that task only; the good tasks' results still arrive,
and the pool goes on to serve a last map()."""
import multiprocessing as mp
import sys
import threading


def fetch(kind):
    if kind == "lock":
        return threading.Lock()
    if kind == "file":
        return open(__file__)
    if kind == "gen":
        return (n * n for n in range(3))
    return kind.upper()


def report(label, result):
    try:
        print(label, "->", result.get(timeout=10), flush=True)
    except Exception as exc:
        print(label, "failed:", type(exc).__name__, str(exc)[:90], flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        pending = [(kind, pool.apply_async(fetch, (kind,))) for kind in ("ok", "lock", "file", "gen")]
        for kind, result in pending:
            report(kind, result)
        errors = []
        batch = pool.map_async(fetch, ["a", "gen", "b"], error_callback=errors.append)
        batch.wait(10)
        print("batch ready:", batch.ready(), "successful:", batch.successful(), flush=True)
        print("error callback got:", [type(e).__name__ for e in errors], flush=True)
        print("after all that:", pool.map(fetch, ["x", "y"]), flush=True)
