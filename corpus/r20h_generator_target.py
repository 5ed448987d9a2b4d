"""A target written with yield: Process(target=gen) calls gen(), which only makes a generator; nothing in its
body runs, and the child exits 0 having printed nothing. The same function given to a ProcessPoolExecutor:
the worker returns the generator, which cannot be pickled, so result() raises."""
import multiprocessing as mp
import sys
from concurrent.futures import ProcessPoolExecutor


def countdown(n):
    for i in range(n, 0, -1):
        print("tick", i, flush=True)
        yield i


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    p = ctx.Process(target=countdown, args=(3,), name="ticker")
    p.start()
    p.join()
    print("ticker exit code:", p.exitcode, "(no tick printed)", flush=True)
    with ProcessPoolExecutor(1, mp_context=ctx) as ex:
        try:
            print(ex.submit(countdown, 2).result())
        except Exception as e:
            print("result() raised", type(e).__name__ + ":", e, flush=True)
        print("list(countdown(2)) in a worker ->", ex.submit(list, range(2, 0, -1)).result(), flush=True)


if __name__ == "__main__":
    main()
