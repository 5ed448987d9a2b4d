"""asyncio: loop.run_in_executor with a ProcessPoolExecutor, asyncio.gather of three CPU jobs, and asyncio.wait_for timing one out."""
import asyncio
import concurrent.futures as cf
import multiprocessing as mp
import sys
import time


def crunch(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def slow(seconds):
    time.sleep(seconds)
    return seconds


async def main(ctx):
    loop = asyncio.get_running_loop()
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        results = await asyncio.gather(*(loop.run_in_executor(pool, crunch, n) for n in (10_000, 20_000, 30_000)))
        print("gathered", results)
        try:
            await asyncio.wait_for(loop.run_in_executor(pool, slow, 1.0), timeout=0.3)
        except asyncio.TimeoutError:
            print("slow job timed out in asyncio; the worker still runs it")
    print("pool closed")


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else None
    asyncio.run(main(mp.get_context(method)))
