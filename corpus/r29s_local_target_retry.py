"""Everything kept inside main(), the way one writes a script: the worker is a local function.
Under fork start() works; under spawn and forkserver start() must pickle the target and raises
(AttributeError "Can't pickle local object"). The program catches it, says so, and starts the
same work again with the module-level copy of the function."""
import multiprocessing as mp
import sys


def square_sum(n, out):
    out.put(sum(i * i for i in range(n)))


def main(method):
    ctx = mp.get_context(method)
    out = ctx.Queue()

    def local_square_sum(n, out):
        out.put(sum(i * i for i in range(n)))

    p = ctx.Process(target=local_square_sum, args=(1000, out))
    try:
        p.start()
    except Exception as e:
        print(f"start() failed: {type(e).__name__}: {e}")
        print("retrying with the module-level function")
        p = ctx.Process(target=square_sum, args=(1000, out))
        p.start()
    print("sum of squares:", out.get(timeout=10))
    p.join()
    print("exitcode:", p.exitcode)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
