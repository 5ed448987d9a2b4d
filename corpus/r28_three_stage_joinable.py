"""A three-stage pipeline: a producer feeds JoinableQueue A; two parsers read A and feed
JoinableQueue B; one writer reads B. One None sentinel per consumer of each queue, task_done()
for every get(), and the parent join()s both queues before the processes."""
import multiprocessing as mp
import sys


def producer(a, n_parsers):
    for line in ["3,4", "5,x", "10,20", "7,7", "1,1"]:
        a.put(line)
    for _ in range(n_parsers):
        a.put(None)


def parser(a, b):
    while True:
        line = a.get()
        try:
            if line is None:
                b.put(None)
                return
            try:
                x, y = (int(v) for v in line.split(","))
                b.put((line, x + y))
            except ValueError as e:
                print(f"{mp.current_process().name}: skipping {line!r}: {e}", flush=True)
        finally:
            a.task_done()


def writer(b, n_parsers):
    ended = 0
    while ended < n_parsers:
        item = b.get()
        if item is None:
            ended += 1
        else:
            print(f"writer: {item[0]} -> {item[1]}", flush=True)
        b.task_done()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    a, b = ctx.JoinableQueue(), ctx.JoinableQueue()
    procs = [ctx.Process(target=producer, args=(a, 2), name="producer")]
    procs += [ctx.Process(target=parser, args=(a, b), name=f"parser-{i}") for i in range(2)]
    procs.append(ctx.Process(target=writer, args=(b, 2), name="writer"))
    for p in procs:
        p.start()
    a.join()
    print("queue A fully processed", flush=True)
    b.join()
    print("queue B fully processed", flush=True)
    for p in procs:
        p.join()
    print("exit codes:", [p.exitcode for p in procs])
