"""Workers that open a 'database connection' in the executor's initializer; the config names a host that does not
exist, so every worker's initializer raises. The first result() raises BrokenProcessPool; the script catches it and
says so. A mistake people make when moving set-up code into initializer=."""
import concurrent.futures as cf
import multiprocessing as mp
import sys

_conn = None


def connect(host):
    global _conn
    if not host.endswith(".local"):
        raise ConnectionError(f"cannot resolve {host}")
    _conn = host


def query(n):
    return f"{_conn}: row {n}"


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    ex = cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx, initializer=connect, initargs=("db.example",))
    futs = [ex.submit(query, n) for n in range(4)]
    try:
        print(futs[0].result(timeout=10))
    except cf.process.BrokenProcessPool as exc:
        print("pool broken:", exc)
    print("states:", [f._state for f in futs])
    ex.shutdown()
    print("done")
