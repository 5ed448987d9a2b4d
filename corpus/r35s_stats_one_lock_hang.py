"""Running statistics kept in shared memory: a count in a Value and per-sensor sums in an Array.
To keep the two consistent the script gives both the SAME plain Lock (lock=stats_lock) and holds it
around the whole update. The first worker to get the lock then reads count.value, whose getter takes
that same non-recursive Lock again: it waits for itself forever, and the others wait for it."""
import multiprocessing as mp
import sys
import time


def record(count, sums, readings):
    for sensor, value in readings:
        with count.get_lock():          # the lock shared with sums
            count.value += 1            # count.value takes the same Lock inside
            sums[sensor] += value
        time.sleep(0.01)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    stats_lock = ctx.Lock()
    count = ctx.Value("i", 0, lock=stats_lock)
    sums = ctx.Array("d", 3, lock=stats_lock)
    print("same lock object:", count.get_lock() is sums.get_lock(), flush=True)
    batches = [[(i % 3, 1.5 * i) for i in range(start, start + 4)] for start in (0, 4, 8)]
    workers = [ctx.Process(target=record, args=(count, sums, b), name=f"sensor-feed-{n}")
               for n, b in enumerate(batches)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("readings:", count.value, "sums:", list(sums))
