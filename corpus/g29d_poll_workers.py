"""Two workers report over their own Pipe; the parent waits for their lines and their ends in select.poll() and then
select.epoll(), not connection.wait() or selectors (gaps 29D: such waits were recorded nowhere)."""
import multiprocessing as mp
import select
import time


def worker(conn, n):
    for i in range(2):
        time.sleep(0.3 * (n + 1))
        conn.send(f"worker-{n} line {i}")
    conn.close()


if __name__ == "__main__":
    readers, procs = [], []
    for n in range(2):
        r, w = mp.Pipe(duplex=False)
        p = mp.Process(target=worker, args=(w, n), name=f"worker-{n}")
        p.start()
        w.close()
        readers.append(r)
        procs.append(p)
    poller = select.poll()
    by_fd = {}
    for r in readers:
        poller.register(r, select.POLLIN)
        by_fd[r.fileno()] = r
    open_ends = len(readers)
    while open_ends:
        for fd, _ in poller.poll(10_000):
            try:
                print("got", by_fd[fd].recv(), flush=True)
            except EOFError:
                poller.unregister(fd)
                open_ends -= 1
    ep = select.epoll()
    for p in procs:
        ep.register(p.sentinel, select.EPOLLIN)
    left = {p.sentinel for p in procs}
    while left:
        for fd, _ in ep.poll(10):
            if fd in left:
                left.discard(fd)
                ep.unregister(fd)
    ep.close()
    for p in procs:
        p.join()
        print(p.name, "exit", p.exitcode, flush=True)
