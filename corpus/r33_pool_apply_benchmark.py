"""The learner's benchmark "multiprocessing is slower": a serial loop, then pool.apply() in a
loop (apply() waits for each result, so one task runs at a time), then pool.map. Times are
printed with time.time(); which is faster depends on the machine, the shape does not."""
import multiprocessing as mp
import sys
import time


def slow_square(x):
    total = 0
    for i in range(60_000):
        total += i % 7
    return x * x + total % 1


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    xs = list(range(8))

    t0 = time.time()
    serial = [slow_square(x) for x in xs]
    t_serial = time.time() - t0

    with ctx.Pool(4) as pool:
        t0 = time.time()
        one_by_one = [pool.apply(slow_square, (x,)) for x in xs]
        t_apply = time.time() - t0

        t0 = time.time()
        mapped = pool.map(slow_square, xs)
        t_map = time.time() - t0

    assert serial == one_by_one == mapped
    print(f"results agree: {mapped}")
    print(f"serial {t_serial:.3f}s  apply-in-a-loop {t_apply:.3f}s  map {t_map:.3f}s", file=sys.stderr)
    print("apply in a loop slower than serial:", "yes" if t_apply > t_serial else "no", file=sys.stderr)
