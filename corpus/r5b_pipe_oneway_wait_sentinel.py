"""One-way Pipes (duplex=False): poll(timeout) that returns False, recv() until EOFError; then
connection.wait() over three pipes and a process sentinel."""
import multiprocessing as mp
import sys
import time
from multiprocessing.connection import wait


def sender(w, n, delay):
    for i in range(n):
        time.sleep(delay)
        w.send((n, i))
    w.close()


def sleeper():
    time.sleep(0.4)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=sender, args=(w, 2, 0.3))
    p.start()
    w.close()
    print("poll(0.1):", r.poll(0.1), flush=True)
    try:
        while True:
            print("recv", r.recv(), flush=True)
    except EOFError:
        print("EOFError: the sender closed its end", flush=True)
    p.join()
    readers, procs = [], []
    for n in (1, 2, 3):
        r, w = mp.Pipe(duplex=False)
        q = mp.Process(target=sender, args=(w, n, 0.05 * n))
        q.start()
        w.close()
        readers.append(r)
        procs.append(q)
    s = mp.Process(target=sleeper)
    s.start()
    waiting = readers + [s.sentinel]
    got, sentinel_seen = 0, False
    while waiting:
        for obj in wait(waiting):
            if obj is s.sentinel:
                sentinel_seen = True
                waiting.remove(obj)
                continue
            try:
                obj.recv()
                got += 1
            except EOFError:
                waiting.remove(obj)
    for q in procs + [s]:
        q.join()
    print("messages", got, "sentinel seen", sentinel_seen)
