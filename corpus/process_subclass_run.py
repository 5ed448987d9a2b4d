"""A Process subclass: run() called directly runs in the caller; start() runs it in a child."""
import multiprocessing as mp
import os
import sys


class Greeter(mp.Process):
    def __init__(self, who):
        super().__init__()
        self.who = who

    def run(self):
        print("hello", self.who, "from pid", "parent" if os.getpid() == PARENT else "child")


PARENT = os.getpid()

if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    g = Greeter("direct")
    g.run()
    h = Greeter("started")
    h.start()
    h.join()
    print("exitcode", h.exitcode)
