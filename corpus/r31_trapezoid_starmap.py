"""Trapezoid rule for the integral of 1/x from -1 to 3 split into intervals over Pool.starmap with a
chunksize. The interval that contains x = 0 divides by zero; the worker catches it and reports the
interval instead of a number, and the parent sums the rest and says which part is missing."""
import multiprocessing as mp
import sys


def f(x):
    return 1.0 / x


def trapezoid(lo, hi, steps):
    try:
        h = (hi - lo) / steps
        total = 0.5 * (f(lo) + f(hi)) + sum(f(lo + k * h) for k in range(1, steps))
        return (lo, hi, total * h, None)
    except ZeroDivisionError as exc:
        return (lo, hi, None, f"{type(exc).__name__}: {exc}")


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    edges = [-1.0 + 0.5 * i for i in range(9)]   # -1.0, -0.5, ..., 3.0: 0.0 is an edge
    jobs = [(lo, hi, 2000) for lo, hi in zip(edges, edges[1:])]
    with ctx.Pool(2) as pool:
        parts = pool.starmap(trapezoid, jobs, chunksize=3)
    good = [p for p in parts if p[3] is None]
    for lo, hi, _, err in parts:
        if err:
            print(f"[{lo:+.1f}, {hi:+.1f}] skipped: {err}")
    total = sum(p[2] for p in good)
    print(f"{len(good)} of {len(parts)} intervals summed: {total:.6f}")
    sys.exit(0 if len(good) == len(parts) else 2)
