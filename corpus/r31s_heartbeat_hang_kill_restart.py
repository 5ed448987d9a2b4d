"""A heartbeat supervisor: two workers put (name, beat) on a Queue every 0.1 s. One of them hangs
after a few beats (it stops reporting, still alive). The parent notices the missing heartbeat,
kill()s that worker and starts it again once; then stops everyone with an Event."""
import multiprocessing as mp
import queue
import sys
import time


def beater(name, beats, stop, hang_after):
    n = 0
    while not stop.is_set():
        n += 1
        beats.put((name, n))
        if n == hang_after:
            time.sleep(60)   # stuck: a lost NFS mount, a deadlock...
        time.sleep(0.1)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    beats, stop = ctx.Queue(), ctx.Event()
    procs = {"a": ctx.Process(target=beater, args=("a", beats, stop, 0), name="a"),
             "b": ctx.Process(target=beater, args=("b", beats, stop, 4), name="b")}
    for p in procs.values():
        p.start()
    last = {name: time.monotonic() + 2 for name in procs}   # allow time to start
    restarted = False
    deadline = time.monotonic() + 4
    while time.monotonic() < deadline:
        try:
            name, n = beats.get(timeout=0.1)
            last[name] = time.monotonic()
        except queue.Empty:
            pass
        for name, p in list(procs.items()):
            if time.monotonic() - last[name] > 0.5 and not restarted:
                print(f"{name}: no heartbeat for 0.5 s, killing pid-of-{name}")
                p.kill()
                p.join()
                print(f"{name}: exit code {p.exitcode}; restarting")
                procs[name] = ctx.Process(target=beater, args=(name, beats, stop, 0), name=name + "2")
                procs[name].start()
                last[name] = time.monotonic() + 2
                restarted = True
    stop.set()
    for p in procs.values():
        p.join()
        print(f"{p.name}: exit code {p.exitcode}")
