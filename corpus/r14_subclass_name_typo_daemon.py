"""Process subclasses as a learner writes them after the lesson: one sets self.name before calling
super().__init__() (the base __init__ gives it the default name again), one spells its method Run()
(so Process.run() runs, with no target: nothing happens), and daemon is set after start()
(AssertionError)."""
import multiprocessing as mp
import sys


class Named(mp.Process):
    def __init__(self, i):
        self.name = "worker-%d" % i
        super().__init__()
        self.i = i

    def run(self):
        print("Named.run as", self.name, flush=True)


class Typo(mp.Process):
    def Run(self):
        print("Typo.Run", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    a = Named(7)
    b = Typo()
    a.start()
    b.start()
    try:
        b.daemon = True
    except AssertionError as e:
        print("daemon after start():", e, flush=True)
    a.join()
    b.join()
    print("names", a.name, b.name, "exit codes", a.exitcode, b.exitcode, flush=True)
