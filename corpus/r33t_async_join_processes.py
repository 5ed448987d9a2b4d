"""An asyncio job runner that starts one Process per job and awaits each one's exit with
asyncio.to_thread(p.join) under asyncio.wait_for; a job stuck past its 1 s budget is
terminate()d, and the runner reports each exit code. The event loop stays free meanwhile: a
ticker coroutine prints while the jobs run."""
import asyncio
import multiprocessing as mp
import sys
import time


def job(seconds):
    time.sleep(seconds)


async def run_job(ctx, name, seconds):
    p = ctx.Process(target=job, args=(seconds,), name=name)
    p.start()
    try:
        await asyncio.wait_for(asyncio.to_thread(p.join), timeout=1.0)
    except asyncio.TimeoutError:
        print(f"{name}: over budget, terminating", flush=True)
        p.terminate()
        await asyncio.to_thread(p.join)
    return name, p.exitcode


async def ticker(stop):
    while not stop.is_set():
        print("tick", flush=True)
        try:
            await asyncio.wait_for(stop.wait(), 0.4)
        except asyncio.TimeoutError:
            pass


async def main(ctx):
    stop = asyncio.Event()
    tick = asyncio.create_task(ticker(stop))
    results = await asyncio.gather(run_job(ctx, "quick", 0.1), run_job(ctx, "stuck", 30),
                                   run_job(ctx, "medium", 0.5))
    stop.set()
    await tick
    for name, code in results:
        print(f"{name}: exit code {code}")


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    asyncio.run(main(ctx))
