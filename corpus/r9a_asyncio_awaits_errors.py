"""asyncio driving a ProcessPoolExecutor as an async web handler would: two awaits one after another, then
gather(return_exceptions=True) with one ValueError, and one blocking call sent to the loop's default thread pool."""
import asyncio
import concurrent.futures
import sys
import time
import multiprocessing as mp


def crunch(n):
    if n == 3:
        raise ValueError(f"bad input {n}")
    time.sleep(0.1)
    return n * n


def blocking_io():
    time.sleep(0.1)
    return "io done"


async def main(ctx):
    loop = asyncio.get_running_loop()
    with concurrent.futures.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        a = await loop.run_in_executor(pool, crunch, 1)
        b = await loop.run_in_executor(pool, crunch, 2)
        print("sequential:", a, b)
        results = await asyncio.gather(*(loop.run_in_executor(pool, crunch, n) for n in range(3, 6)),
                                       return_exceptions=True)
        print("gathered:", results)
        print(await loop.run_in_executor(None, blocking_io))


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else None
    asyncio.run(main(mp.get_context(method)))
