"""A three-stage pipeline: the parent reads "lines" onto a bounded JoinableQueue, two parser processes
(the slow stage) turn them into records on a second JoinableQueue, one writer appends them to a file.
One None per consumer; task_done() for every get; the parent joins the queues in order, then the processes."""
import multiprocessing as mp
import os
import sys
import tempfile
import time


def parse(raw_q, rec_q):
    while True:
        line = raw_q.get()
        try:
            if line is None:
                return
            time.sleep(0.05)                      # the slow stage
            key, _, value = line.partition("=")
            rec_q.put((key.strip(), int(value)))
        finally:
            raw_q.task_done()


def write(rec_q, path):
    with open(path, "w") as out:
        while True:
            rec = rec_q.get()
            if rec is None:
                rec_q.task_done()
                return
            out.write(f"{rec[0]},{rec[1]}\n")
            rec_q.task_done()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    raw_q, rec_q = ctx.JoinableQueue(maxsize=3), ctx.JoinableQueue()
    path = os.path.join(tempfile.mkdtemp(), "out.csv")
    parsers = [ctx.Process(target=parse, args=(raw_q, rec_q), name=f"parser-{i}") for i in range(2)]
    writer = ctx.Process(target=write, args=(rec_q, path), name="writer")
    for p in parsers + [writer]:
        p.start()
    started = time.monotonic()
    for i in range(10):
        raw_q.put(f"sensor{i % 3} = {i * 7}")     # blocks while 3 lines wait: the parsers are slower
    print(f"reader done after {time.monotonic() - started:.2f}s")
    for _ in parsers:
        raw_q.put(None)
    raw_q.join()
    rec_q.put(None)
    rec_q.join()
    for p in parsers + [writer]:
        p.join()
    with open(path) as f:
        rows = f.read().splitlines()
    os.remove(path)
    os.rmdir(os.path.dirname(path))
    print(len(rows), "rows written; total", sum(int(r.split(",")[1]) for r in rows))
