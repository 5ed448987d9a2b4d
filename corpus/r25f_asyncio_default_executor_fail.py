"""asyncio with no executor of its own: run_in_executor(None, ...) three times on the loop's default
ThreadPoolExecutor, gather() where one raises a chained error; then loop.set_default_executor() with a
ProcessPoolExecutor (TypeError on 3.11: it must be a ThreadPoolExecutor), so the ProcessPoolExecutor is
passed to run_in_executor() itself and shut down by hand."""
import asyncio
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def fetch(n):
    time.sleep(0.1 * n)
    if n == 1:
        try:
            {}["token"]
        except KeyError as e:
            raise PermissionError("fetch 1 refused") from e
    return n


def square(n):
    return n * n


async def main(ctx):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.gather(*(loop.run_in_executor(None, fetch, n) for n in range(3)))
    except PermissionError as e:
        print("gather raised:", e, "| cause:", repr(e.__cause__))
    pool = ProcessPoolExecutor(max_workers=2, mp_context=ctx)
    try:
        loop.set_default_executor(pool)
    except TypeError as e:
        print("set_default_executor:", e)
    print("squares:", await asyncio.gather(*(loop.run_in_executor(pool, square, n) for n in range(4))))
    pool.shutdown()


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else None
    asyncio.run(main(multiprocessing.get_context(method)))
    print("loop closed")
