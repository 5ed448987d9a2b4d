"""Two workers report over their own Queue; the parent waits for either queue in select.poll() and takes what came
(gaps 30C: a poll over queue readers alone was recorded nowhere, and a reader among Pipe ends was named "<Connection>")."""
import multiprocessing as mp
import select
import time


def worker(q, n):
    for i in range(2):
        time.sleep(0.3 * (n + 1))
        q.put(f"worker-{n} line {i}")
    q.put(None)


if __name__ == "__main__":
    queues = [mp.Queue(), mp.Queue()]
    procs = [mp.Process(target=worker, args=(q, n), name=f"worker-{n}") for n, q in enumerate(queues)]
    for p in procs:
        p.start()
    poller = select.poll()
    by_fd = {}
    for q in queues:
        poller.register(q._reader, select.POLLIN)
        by_fd[q._reader.fileno()] = q
    open_queues = len(queues)
    while open_queues:
        for fd, _ in poller.poll(10_000):
            item = by_fd[fd].get()
            if item is None:
                poller.unregister(fd)
                open_queues -= 1
            else:
                print("got", item, flush=True)
    for p in procs:
        p.join()
        print(p.name, "exit", p.exitcode, flush=True)
