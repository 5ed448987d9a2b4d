"""A coordinator listens with an authkey; three worker processes dial in as Clients and stream
progress; the coordinator multiplexes the accepted connections and the workers' sentinels with
multiprocessing.connection.wait() until every stream has ended and every worker has exited."""
import os
import sys
import time
import multiprocessing as mp
from multiprocessing.connection import Listener, Client, wait

def worker(address, secret, tag, steps):
    with Client(address, authkey=secret) as conn:
        conn.send(("hello", tag))
        for i in range(steps):
            time.sleep(0.05 * (tag + 1))
            conn.send(("progress", tag, i))
        conn.send(("bye", tag))


def main(method):
    ctx = mp.get_context(method)
    secret = os.urandom(16)
    with Listener(("127.0.0.1", 0), authkey=secret) as listener:
        procs = [ctx.Process(target=worker, args=(listener.address, secret, t, 2 + t), name=f"dialer-{t}") for t in range(3)]
        for p in procs:
            p.start()
        conns = [listener.accept() for _ in procs]
        print("accepted", len(conns), "connections")
        open_conns = list(conns)
        sentinels = {p.sentinel: p for p in procs}
        counts = {}
        while open_conns or sentinels:
            for ready in wait(open_conns + list(sentinels)):
                if ready in sentinels:
                    p = sentinels.pop(ready)
                    p.join()
                    print(f"{p.name} exited with {p.exitcode}")
                    continue
                try:
                    msg = ready.recv()
                except EOFError:
                    open_conns.remove(ready)
                    ready.close()
                    continue
                if msg[0] == "progress":
                    counts[msg[1]] = counts.get(msg[1], 0) + 1
                elif msg[0] == "bye":
                    print(f"worker {msg[1]} said bye after {counts.get(msg[1], 0)} updates")
    print("all done:", sorted(counts.items()))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
