"""Builtins as ProcessPoolExecutor tasks: map(pow, bases, exps) stops at the shorter iterable (zip), submit() of
operator.mul and of str.upper, and divmod raising ZeroDivisionError read with exception()."""
import concurrent.futures as cf
import operator
import sys
import multiprocessing as mp


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        print(list(ex.map(pow, [2, 3, 4, 5], [10, 2, 3])))
        print(ex.submit(operator.mul, 6, 7).result(), ex.submit(str.upper, "abc").result())
        f = ex.submit(divmod, 1, 0)
        print("exception:", repr(f.exception()))
