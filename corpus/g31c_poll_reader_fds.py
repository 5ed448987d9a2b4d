"""A queue's reader and a Pipe end given to waits as bare file descriptors, as code ported from select() loops does:
the parent registers `q._reader.fileno()` with select.poll(), then puts `conn.fileno()` in select.select(), then waits
in connection.wait() on the reader's fd. Each wait is on a queue or a pipe the record knows: it must be recorded and
named "Queue#1's reader" / the Pipe's end, not "fd 5" (gaps 31C)."""
import multiprocessing as mp
import select
import sys
import time
from multiprocessing.connection import wait


def reporter(q, n):
    for i in range(2):
        time.sleep(0.3 * (n + 1))
        q.put(f"reporter-{n} line {i}")
    q.put(None)


def pinger(conn):
    time.sleep(0.4)
    conn.send("ping")
    conn.close()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    queues = [ctx.Queue(), ctx.Queue()]
    procs = [ctx.Process(target=reporter, args=(q, n), name=f"reporter-{n}") for n, q in enumerate(queues)]
    for p in procs:
        p.start()
    poller = select.poll()
    by_fd = {}
    for q in queues:
        fd = q._reader.fileno()
        poller.register(fd, select.POLLIN)
        by_fd[fd] = q
    open_queues = len(queues)
    while open_queues:
        for fd, _ in poller.poll(10_000):
            item = by_fd[fd].get()
            if item is None:
                poller.unregister(fd)
                open_queues -= 1
            else:
                print("got", item, flush=True)
    reader, writer = ctx.Pipe(duplex=False)
    p = ctx.Process(target=pinger, args=(writer,), name="pinger")
    p.start()
    writer.close()
    ready, _, _ = select.select([reader.fileno()], [], [], 10)
    print("select ready:", ready == [reader.fileno()], reader.recv(), flush=True)
    q = ctx.Queue()
    late = ctx.Process(target=reporter, args=(q, 0), name="late")
    late.start()
    print("wait ready:", wait([q._reader.fileno()], 10) == [q._reader.fileno()], q.get(), flush=True)
    while q.get() is not None:
        pass
    for p in procs + [p, late]:
        p.join()
        print(p.name, "exit", p.exitcode, flush=True)
