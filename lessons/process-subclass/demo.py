"""process-subclass: a Process subclass with its own run(); start() runs it in a new process,
calling run() yourself runs it in the caller.

Run by `mp-tutor lesson process-subclass`; it also runs on its own: python3 demo.py
"""
import argparse
import os
import time
from multiprocessing import Process


class Chatter(Process):
    """A process that chats with one person. Its work lives in run()."""

    def __init__(self, person, seconds):
        super().__init__()          # first: Process.__init__ sets up name, pid, daemon, ...
        self.person = person
        self.seconds = seconds

    def run(self):
        # self.pid is the pid of the process the Process object stands for: set only once start()
        # made one. When run() is called directly, there is no such process and self.pid is None.
        print(f"{self.name}: run() in pid {os.getpid()}, self.pid = {self.pid}")
        print(f"{self.name}: chatting with {self.person}")
        time.sleep(self.seconds)
        print(f"{self.name}: done with {self.person}")


class StartIsRun(Chatter):
    """The mistake: a start() that calls run() itself. No new process is ever made."""

    def start(self):
        print(f"{self.name}: my own start() calls self.run()")
        self.run()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=0.3, help="how long each chat lasts")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()

    print(f"main process: pid {os.getpid()}")
    print("part 1: start() for Chatter-1 and Chatter-3, a direct run() call for Chatter-2")
    p1 = Chatter("Ann", args.seconds)
    p2 = Chatter("Bo", args.seconds)
    p3 = Chatter("Cy", args.seconds)
    p1.start()
    print(f"main calls {p2.name}.run() directly")
    p2.run()            # an ordinary method call: runs here, in the main process, and blocks
    print(f"main is back from {p2.name}.run()")
    p3.start()
    for p in (p1, p2, p3):
        join_and_report(p)

    print("part 2: a subclass whose own start() calls self.run()")
    wrong = StartIsRun("Di", args.seconds)
    wrong.start()       # looks like a start, but only calls run() here
    print(f"main is back from {wrong.name}.start()")
    join_and_report(wrong)
    print("main: done")


def join_and_report(p):
    try:
        p.join()
        print(f"joined {p.name}, exit code {p.exitcode}")
    except AssertionError as e:   # join() of an object whose process was never started
        print(f"join({p.name}) failed: AssertionError: {e}")


if __name__ == "__main__":
    main()
