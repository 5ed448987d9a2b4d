"""futures-vs-pool: the same work, first with multiprocessing.Pool.map, then with
concurrent.futures.ProcessPoolExecutor (submit, then map). One input raises ValueError.

Run by `mp-tutor lesson futures-vs-pool`; it also runs on its own:
python3 demo.py --workers 2 --items 8 --start-method spawn
"""
import argparse
import concurrent.futures as cf
import multiprocessing as mp
import time

PACE = 0.05


def measure(x):
    """The work: a little time, and a ValueError for the input 5."""
    time.sleep(PACE)
    if x == 5:
        raise ValueError(f"cannot measure {x}")
    return x * x


def safe_measure(x):
    """Pool.map stops at the first exception, so the Pool half catches it in the worker."""
    try:
        return measure(x)
    except ValueError as e:
        return f"error: {e}"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--items", type=int, default=8)
    parser.add_argument("--start-method", default=None, help="fork, spawn or forkserver (default: the platform's)")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()
    ctx = mp.get_context(args.start_method)
    items = list(range(args.items))

    print("== Pool.map")
    with ctx.Pool(args.workers) as pool:
        print("Pool.map returned", pool.map(safe_measure, items))

    print("== ProcessPoolExecutor")
    with cf.ProcessPoolExecutor(max_workers=args.workers, mp_context=ctx) as executor:
        futures = [executor.submit(measure, x) for x in items]
        for x, future in zip(items, futures):
            try:
                print("result", x, "->", future.result())
            except ValueError as e:
                print("result", x, "raised", repr(e))
    print("executor shut down")


if __name__ == "__main__":
    main()
