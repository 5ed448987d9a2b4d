"""Pool tasks that return an instance of a class defined inside the task function: the worker
cannot pickle it, so the parent gets MaybeEncodingError. The same pool then maps a fixed version."""
import multiprocessing as mp
import sys


def measure(n):
    class Measurement:                   # a local class: pickle cannot find it by name
        def __init__(self, value):
            self.value = value
    return Measurement(n * 1.5)


def measure_fixed(n):
    return {"value": n * 1.5}


def main():
    if len(sys.argv) > 1:                # else the default (mp-tutor trace --start-method)
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        try:
            results = pool.map(measure, range(4))
            print(f"main: {results}")
        except mp.pool.MaybeEncodingError as exc:
            print(f"main: map() raised {type(exc).__name__}: {exc}")
        one = pool.apply_async(measure, (7,))
        try:
            one.get(timeout=5)
        except Exception as exc:
            print(f"main: apply_async().get() raised {type(exc).__name__}")
        fixed = pool.map(measure_fixed, range(4))
        print(f"main: fixed map() -> {[r['value'] for r in fixed]}")


if __name__ == "__main__":
    main()
