"""A 1-D heat rod split over three workers. Each phase every worker computes its cells of the
next state from the current one (two shared Arrays), meets the others at a Barrier, and the
worker whose wait() returned 0 flips the shared index that says which buffer is current.
A second wait() keeps anyone from starting the next phase before the flip."""
import multiprocessing as mp
import sys

CELLS, WORKERS, PHASES = 9, 3, 4


def worker(wid, bufs, cur, barrier, lock):
    lo, hi = wid * CELLS // WORKERS, (wid + 1) * CELLS // WORKERS
    for phase in range(PHASES):
        src, dst = bufs[cur.value], bufs[1 - cur.value]
        for i in range(lo, hi):
            left = src[i - 1] if i > 0 else src[i]
            right = src[i + 1] if i < CELLS - 1 else src[i]
            dst[i] = (left + src[i] + right) / 3
        if barrier.wait() == 0:
            with lock:
                cur.value = 1 - cur.value
                print(f"phase {phase}: worker {wid} swapped ->",
                      " ".join(f"{x:5.1f}" for x in bufs[cur.value]), flush=True)
        barrier.wait()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    start = [0.0] * CELLS
    start[CELLS // 2] = 90.0
    bufs = [ctx.Array("d", start, lock=False), ctx.Array("d", CELLS, lock=False)]
    cur = ctx.Value("i", 0)
    barrier = ctx.Barrier(WORKERS)
    procs = [ctx.Process(target=worker, args=(w, bufs, cur, barrier, cur.get_lock()))
             for w in range(WORKERS)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    final = bufs[cur.value]
    print(f"total heat {sum(final):.1f} (started with 90.0), exit codes",
          [p.exitcode for p in procs])
