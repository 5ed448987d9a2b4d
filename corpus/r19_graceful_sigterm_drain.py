"""Pasted from a blog on graceful shutdown: workers catch SIGTERM. The handler only sets a flag (safe in a signal
handler); the worker loop turns it into a shared Event so every worker stops taking new work, drains what is left on
the queue into a 'saved' count and exits 0. The parent sends terminate() to one worker only."""
import multiprocessing as mp
import queue
import signal
import sys
import time

got_sigterm = False


def on_sigterm(signum, frame):
    global got_sigterm
    got_sigterm = True


def worker(jobs, stop, report):
    signal.signal(signal.SIGTERM, on_sigterm)
    report.put("ready")
    done = 0
    while not stop.is_set():
        if got_sigterm:
            stop.set()
            break
        try:
            jobs.get(timeout=0.05)
        except queue.Empty:
            continue
        time.sleep(0.05)
        done += 1
    saved = 0
    while True:
        try:
            jobs.get(timeout=0.2)
            saved += 1
        except queue.Empty:
            break
    report.put((mp.current_process().name, got_sigterm, done, saved))


def main(ctx):
    jobs, report, stop = ctx.Queue(), ctx.Queue(), ctx.Event()
    for i in range(40):
        jobs.put(i)
    workers = [ctx.Process(target=worker, args=(jobs, stop, report), name="w%d" % i) for i in range(2)]
    for w in workers:
        w.start()
    for _ in workers:
        report.get(timeout=30)
    time.sleep(0.6)
    workers[0].terminate()
    rows = sorted(report.get(timeout=30) for _ in workers)
    for w in workers:
        w.join()
    for name, signalled, done, saved in rows:
        print(name, "got SIGTERM:", signalled, "done > 0:", done > 0, flush=True)
    print("jobs accounted:", sum(r[2] + r[3] for r in rows), "of 40", flush=True)
    print("exit codes:", [w.exitcode for w in workers], flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
