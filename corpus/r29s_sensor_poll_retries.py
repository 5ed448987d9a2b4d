"""A sensor reader: the child puts readings on a Queue, slower and slower (it "warms up" badly).
The parent polls with get(timeout=0.3) and gives up after 3 Empty in a row, then gives the child
one more second with join(timeout), terminate()s it if still alive and reports what it got."""
import multiprocessing as mp
import queue
import sys
import time


def sensor(out):
    delay = 0.05
    for i in range(8):
        time.sleep(delay)
        out.put(("temp", i, 20.0 + i / 10))
        delay *= 2                      # 0.05, 0.1, 0.2, 0.4, 0.8, ...


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    readings = ctx.Queue()
    p = ctx.Process(target=sensor, args=(readings,), name="sensor")
    p.start()
    got, misses = [], 0
    while misses < 3:
        try:
            got.append(readings.get(timeout=0.3))
            misses = 0
        except queue.Empty:
            misses += 1
            print(f"no reading for 0.3 s (miss {misses} of 3)", flush=True)
    print("giving up on the sensor after", len(got), "readings", flush=True)
    p.join(timeout=1.0)
    if p.is_alive():
        p.terminate()
        p.join()
    print("sensor exitcode:", p.exitcode)
    print("last reading:", got[-1] if got else None)
