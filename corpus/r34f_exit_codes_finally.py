"""A job runner whose workers report on a Queue and exit 'cleanly' in ways seen in real code:
one checks its config and calls sys.exit("message") (exit code 1, the message on stderr);
one puts its result and then calls os._exit(3) in a finally "so no atexit handler runs": its
result may never leave the process (the queue's feeder thread is not flushed); one exits normally.
The parent collects with get(timeout=2) and prints each worker's exit code."""
import multiprocessing as mp
import os
import queue
import sys


def worker(name, q, config):
    if name == "loader" and "source" not in config:
        sys.exit(f"{name}: config has no 'source' key")
    try:
        q.put((name, sum(range(10000 if name == "indexer" else 100))))
    finally:
        if name == "indexer":
            os._exit(3)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    procs = [ctx.Process(target=worker, args=(n, q, {"dest": "/tmp"}), name=n)
             for n in ("loader", "indexer", "mailer")]
    for p in procs:
        p.start()
    results = {}
    for _ in procs:
        try:
            name, value = q.get(timeout=2)
            results[name] = value
        except queue.Empty:
            print("a result is missing", flush=True)
    for p in procs:
        p.join()
        print(f"{p.name}: exit code {p.exitcode}, result {results.get(p.name)}")
