"""A Process subclass that overrides __init__ and run() but forgets super().__init__(): start()
raises AttributeError in the parent before any child exists. The fixed subclass calls
super().__init__(name=...) first and sends its result back through a Queue given to __init__.
The classes live at module level, so spawn and forkserver children can unpickle them."""
import multiprocessing as mp
import sys

CTX = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)


class Forgetful(CTX.Process):
    def __init__(self, n):
        self.n = n              # no super().__init__()

    def run(self):
        print("forgetful runs", self.n, flush=True)


class Squarer(CTX.Process):
    def __init__(self, n, results):
        super().__init__(name="squarer-%d" % n)
        self.n = n
        self.results = results

    def run(self):
        self.results.put((self.n, self.n * self.n))


if __name__ == "__main__":
    try:
        Forgetful(1).start()
    except AttributeError as e:
        print("start() failed:", e, flush=True)
    results = CTX.Queue()
    procs = [Squarer(n, results) for n in (2, 3)]
    for p in procs:
        p.start()
    got = sorted(results.get(timeout=20) for _ in procs)
    for p in procs:
        p.join()
    print("results:", got, flush=True)
    print("exit codes:", [p.exitcode for p in procs], flush=True)
