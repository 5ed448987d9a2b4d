"""A Process subclass with its own constructor arguments, as a book chapter writes one: run()
prints a greeting a few times, the result goes back through a Queue given to the constructor.
Under spawn the object is pickled to the child with its attributes."""
import multiprocessing
import os
import sys
import time


class Greeter(multiprocessing.Process):
    def __init__(self, who, times, results):
        multiprocessing.Process.__init__(self)
        self.who = who
        self.times = times
        self.results = results

    def run(self):
        for i in range(self.times):
            print(f"[{self.name} pid={os.getpid()}] hello {self.who} #{i + 1}", flush=True)
            time.sleep(0.1)
        self.results.put((self.who, self.times))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        multiprocessing.set_start_method(sys.argv[1])
    results = multiprocessing.Queue()
    workers = [Greeter(name, n, results) for name, n in [("Ann", 2), ("Bob", 3), ("Cy", 1)]]
    for w in workers:
        w.start()
    got = [results.get() for _ in workers]
    for w in workers:
        w.join()
        print(w.name, "exitcode", w.exitcode)
    print("greetings:", sum(n for _, n in got))
