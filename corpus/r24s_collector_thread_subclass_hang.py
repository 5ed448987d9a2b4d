"""A job runner: Process subclasses each keep a Pipe end and serve jobs sent over it; a collector thread in the parent
reads the results Queue while the main thread submits. One job makes its server stop answering (a bug: it waits on
a second recv() for a job that is never sent), so the collector never gets the last result: the main thread's
join of the collector gives up after 6 s (a watchdog) and the program terminate()s the servers and leaves."""
import multiprocessing as mp
import sys
import threading


class Server(mp.Process):
    def __init__(self, conn, results, index):
        super().__init__(name="server-%d" % index, daemon=True)
        self.conn = conn
        self.results = results

    def run(self):
        while True:
            job = self.conn.recv()
            if job is None:
                break
            if job == "pair":
                job = (job, self.conn.recv())
            self.results.put((self.name, job))


def collect(results, expected, got):
    for _ in range(expected):
        got.append(results.get())


def main(ctx):
    results = ctx.Queue()
    servers, ends = [], []
    for i in range(2):
        a, b = ctx.Pipe()
        s = Server(b, results, i)
        s.start()
        b.close()
        servers.append(s)
        ends.append(a)
    got = []
    jobs = [1, 2, 3, "pair", 4]
    t = threading.Thread(target=collect, args=(results, len(jobs), got), name="collector", daemon=True)
    t.start()
    for n, job in enumerate(jobs):
        ends[n % 2].send(job)
    t.join(6)
    print("collector alive after 6 s:", t.is_alive(), "results:", len(got), "of", len(jobs), flush=True)
    for s in servers:
        s.terminate()
        s.join()
        print(s.name, "exitcode", s.exitcode, flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
