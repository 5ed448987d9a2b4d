"""asyncio in the wild: gather() over three loop.run_in_executor() calls on a ProcessPoolExecutor, one of
which raises (gather without return_exceptions re-raises the first error at once; the other two go on);
then run_in_executor(None, ...) on the loop's default ThreadPoolExecutor, and asyncio.wrap_future() on a
concurrent.futures.Future from submit()."""
import asyncio
import multiprocessing
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def measure(n):
    time.sleep(0.1 * n)
    if n == 2:
        raise ArithmeticError(f"sensor {n} out of range")
    return n * n


def blocking_read(name):
    time.sleep(0.2)
    return f"{name} read on {threading.current_thread().name.split('_')[0]}"


async def main(ctx):
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        calls = [loop.run_in_executor(pool, measure, n) for n in (1, 2, 3)]
        try:
            print("gathered:", await asyncio.gather(*calls))
        except ArithmeticError as e:
            print("gather raised:", e)
        print("item 3 still:", "done" if calls[2].done() else "running")
        print("item 3 later:", await calls[2])
        print("default pool:", await loop.run_in_executor(None, blocking_read, "config"))
        cf_future = pool.submit(measure, 4)
        print("wrap_future:", await asyncio.wrap_future(cf_future), "cf done:", cf_future.done())
    print("pool closed")


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else None
    asyncio.run(main(multiprocessing.get_context(method)))
