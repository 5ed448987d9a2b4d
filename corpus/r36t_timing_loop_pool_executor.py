"""A timing harness: the same CPU work done by a plain loop, Pool.map and
ProcessPoolExecutor.map, each timed with time.perf_counter(). The times vary run to run;
the script prints whether the three results agree, and the times rounded."""
import concurrent.futures
import multiprocessing as mp
import sys
import time


def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    sizes = [40000] * 8
    start = time.perf_counter()
    loop = [work(n) for n in sizes]
    t_loop = time.perf_counter() - start
    start = time.perf_counter()
    with ctx.Pool(2) as pool:
        pooled = pool.map(work, sizes)
    t_pool = time.perf_counter() - start
    start = time.perf_counter()
    with concurrent.futures.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        executed = list(ex.map(work, sizes, chunksize=2))
    t_exec = time.perf_counter() - start
    print("results agree:", loop == pooled == executed)
    print(f"loop {t_loop:.2f}s pool {t_pool:.2f}s executor {t_exec:.2f}s", file=sys.stderr)
