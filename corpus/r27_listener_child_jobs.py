"""The parent listens on a Unix socket with an authkey; a child connects with Client, asks for
jobs as tuples, sends back dicts, and says 'bye'. The parent's recv() after the child closes
raises EOFError."""
import multiprocessing as mp
import os
import sys
import tempfile
from multiprocessing.connection import Listener, Client

KEY = b"r27-secret"


def worker(address):
    with Client(address, authkey=KEY) as conn:
        while True:
            conn.send(("want", os.getpid() > 0))
            job = conn.recv()
            if job is None:
                break
            n, word = job
            conn.send({"n": n, "upper": word.upper(), "len": len(word)})
        conn.send("bye")
    print("worker: connection closed", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    address = os.path.join(tempfile.mkdtemp(), "jobs.sock")
    jobs = list(enumerate(["pipe", "queue", "lock"]))
    with Listener(address, family="AF_UNIX", authkey=KEY) as listener:
        p = ctx.Process(target=worker, args=(address,), name="job-worker")
        p.start()
        with listener.accept() as conn:
            print("accepted from", listener.last_accepted or "an unnamed socket")
            results = []
            while True:
                msg = conn.recv()
                if msg == "bye":
                    break
                if isinstance(msg, dict):
                    results.append(msg)
                    continue
                conn.send(jobs.pop(0) if jobs else None)
            try:
                conn.recv()
            except EOFError:
                print("recv after bye: EOFError")
        p.join()
    print("results:", results)
    os.rmdir(os.path.dirname(address))
    print("exitcode", p.exitcode)
