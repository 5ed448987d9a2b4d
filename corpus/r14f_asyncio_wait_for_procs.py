"""asyncio.gather() over run_in_executor() calls on a ProcessPoolExecutor, each wrapped in
asyncio.wait_for(timeout=0.5): the slow job times out (wait_for cancels the asyncio future, but the
work item is already running in a worker process and runs on to its end), the fast ones return.
gather(return_exceptions=True) collects the TimeoutError beside the results."""
import asyncio
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def job(seconds):
    time.sleep(seconds)
    print("job of %.1f s finished in its worker" % seconds, flush=True)
    return seconds


async def guarded(loop, pool, seconds):
    return await asyncio.wait_for(loop.run_in_executor(pool, job, seconds), timeout=0.5)


async def main(ctx):
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=3, mp_context=ctx) as pool:
        await loop.run_in_executor(pool, job, 0.0)  # warm the workers up
        results = await asyncio.gather(*(guarded(loop, pool, s) for s in (0.1, 1.2, 0.2)),
                                       return_exceptions=True)
        print("results:", [type(r).__name__ if isinstance(r, BaseException) else r for r in results], flush=True)
    print("pool closed", flush=True)


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method()
    asyncio.run(main(multiprocessing.get_context(method)))
