"""asyncio with a ProcessPoolExecutor, the first shape of most tutorials plus the failure they leave
out: gather() of four run_in_executor() calls, one of which raises ValueError after 0.2 s. gather()
raises at once; the other three keep running in the workers (nothing cancels a running work item),
and leaving 'with ProcessPoolExecutor()' waits for them. An asyncio.to_thread() call runs in the
loop's default thread pool meanwhile."""
import asyncio
import multiprocessing
import sys
import time
from concurrent.futures import ProcessPoolExecutor


def crunch(i):
    if i == 1:
        time.sleep(0.2)
        raise ValueError("bad record %d" % i)
    time.sleep(0.8)
    print("crunch", i, "finished", flush=True)
    return i * i


def blocking_io():
    time.sleep(0.1)
    return "io done"


async def main(ctx):
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        print(await asyncio.to_thread(blocking_io), flush=True)
        try:
            await asyncio.gather(*(loop.run_in_executor(pool, crunch, i) for i in range(4)))
        except ValueError as e:
            print("gather raised:", e, flush=True)
    print("left the with-block", flush=True)


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else multiprocessing.get_start_method()
    asyncio.run(main(multiprocessing.get_context(method)))
