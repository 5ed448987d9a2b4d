"""select.select() called directly by the program over Pipe read ends and process sentinels (not connection.wait(), not
selectors): two workers each send a few results on their own Pipe and exit; the parent selects until every stream has
ended and every worker has exited. A select() on a plain socketpair at the end is not a multiprocessing wait."""
import multiprocessing as mp
import select
import socket
import sys
import time


def worker(n, w):
    for i in range(3):
        time.sleep(0.05 * (n + 1))
        w.send((n, i))
    w.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    readers, procs = [], []
    for n in range(2):
        r, w = mp.Pipe(duplex=False)
        p = mp.Process(target=worker, args=(n, w), name=f"worker-{n}")
        p.start()
        w.close()
        readers.append(r)
        procs.append(p)
    sentinels = {p.sentinel: p for p in procs}
    got = []
    while readers or sentinels:
        ready, _, _ = select.select(readers + list(sentinels), [], [], 10)
        for obj in ready:
            if obj in sentinels:
                sentinels.pop(obj).join()
                continue
            try:
                got.append(obj.recv())
            except EOFError:
                readers.remove(obj)
    print("results", sorted(got), flush=True)
    a, b = socket.socketpair()
    b.send(b"x")
    print("socket ready", select.select([a], [], [], 1)[0] == [a], flush=True)
    print("exit codes", [p.exitcode for p in procs], flush=True)
