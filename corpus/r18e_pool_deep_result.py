"""Recursion that goes wrong in Pool workers: a task whose own recursion runs out (RecursionError
sent back: get() re-raises it with the worker's traceback), and a task that returns a 5000-deep
nested list: pickling the result exceeds the recursion limit, and so does repr() of it inside
MaybeEncodingError(), so the worker process itself dies (exit code 1); the Pool replaces it and the
result never comes: get(timeout=3) raises TimeoutError. The pool goes on."""
import multiprocessing as mp
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def nest(n):
    out = []
    for _ in range(n):
        out = [out]
    return out


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(2) as pool:
        try:
            print("depth(100000) ->", pool.apply(depth, (100000,)), flush=True)
        except RecursionError as e:
            print("depth(100000) raised RecursionError:", e, flush=True)
        try:
            pool.apply_async(nest, (5000,)).get(timeout=3)
        except mp.TimeoutError:
            print("nest(5000): no result after 3 s (TimeoutError)", flush=True)
        print("depth(50) ->", pool.apply(depth, (50,)), flush=True)
        print("nest(3) ->", pool.apply(nest, (3,)), flush=True)


if __name__ == "__main__":
    main()
