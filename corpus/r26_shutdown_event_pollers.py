"""Long-running workers poll a shutdown Event between units of work (stop.wait(0.05) as their sleep);
the parent lets them run about a second, sets the Event, joins them and reads their counts from a Queue."""
import multiprocessing as mp
import sys
import time


def poller(stop, out, name):
    units = 0
    while not stop.is_set():
        units += 1
        if stop.wait(0.05):
            break
    out.put((name, units))


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    stop, out = ctx.Event(), ctx.Queue()
    ws = [ctx.Process(target=poller, args=(stop, out, f"poller-{i}")) for i in range(2)]
    for w in ws:
        w.start()
    time.sleep(1.0)
    print("setting shutdown event")
    stop.set()
    counts = dict(out.get(timeout=5) for _ in ws)
    for w in ws:
        w.join()
    print("stopped:", sorted(counts), "all did work:", all(v > 0 for v in counts.values()))
    print("exit codes", [w.exitcode for w in ws])
