"""Forum question: "Why does Pool.map fail with 'Can't pickle local object' when my function is defined inside
main()?" A Pool sends the function to its workers by pickling it, and pickle stores a function by its module
and name only: a function defined inside another one has no such name. The fix: a module-level function, with
the extra argument bound by functools.partial (a partial of a module-level function pickles)."""
import functools
import multiprocessing as mp
import sys


def scale(factor, x):
    return factor * x


def main(ctx):
    factor = 3

    def times_factor(x):  # a closure over factor: a learner's first try
        return factor * x

    with ctx.Pool(2) as pool:
        try:
            print("nested:", pool.map(times_factor, range(4)), flush=True)
        except Exception as e:  # AttributeError: Can't pickle local object 'main.<locals>.times_factor'
            print("nested failed:", type(e).__name__, e, flush=True)
        # The pool is still usable after the failed map.
        print("partial:", pool.map(functools.partial(scale, factor), range(4)), flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
