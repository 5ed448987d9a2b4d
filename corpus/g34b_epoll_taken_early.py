"""A small event loop as people write it: `from select import epoll` at the top of the script, before multiprocessing
is imported; two workers report over Pipes and the parent waits for either in epoll.poll() (gaps 34B: an epoll made
through a name taken that early was the C one, and its waits were in no row: the time was "other")."""
from select import epoll, EPOLLIN
import multiprocessing as mp
import time


def worker(conn, n):
    for i in range(2):
        time.sleep(0.4 * (n + 1))
        conn.send(f"worker-{n} line {i}")
    conn.send(None)
    conn.close()


if __name__ == "__main__":
    ends = []
    procs = []
    for n in range(2):
        reader, writer = mp.Pipe(duplex=False)
        p = mp.Process(target=worker, args=(writer, n), name=f"worker-{n}")
        p.start()
        writer.close()
        ends.append(reader)
        procs.append(p)
    by_fd = {}
    with epoll() as loop:
        for reader in ends:
            loop.register(reader, EPOLLIN)
            by_fd[reader.fileno()] = reader
        while by_fd:
            for fd, _ in loop.poll(10):
                item = by_fd[fd].recv()
                if item is None:
                    loop.unregister(fd)
                    del by_fd[fd]
                else:
                    print("got", item, flush=True)
    for p in procs:
        p.join()
        print(p.name, "exit", p.exitcode, flush=True)
