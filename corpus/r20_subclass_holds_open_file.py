"""A Process subclass that opens its log file in __init__ and keeps it in self.log: under fork start() copies
the process and the child writes through the copy; under spawn and forkserver start() must pickle self, and an
open file refuses (TypeError, raised by start() in the parent; the child never runs). Opening the file in run()
works under every method."""
import multiprocessing as mp
import os
import sys
import tempfile


class EagerLogger(mp.Process):
    def __init__(self, path, **kw):
        super().__init__(**kw)
        self.log = open(path, "a")

    def run(self):
        self.log.write(f"{self.name} ran\n")
        self.log.close()


class LazyLogger(mp.Process):
    def __init__(self, path, **kw):
        super().__init__(**kw)
        self.path = path

    def run(self):
        with open(self.path, "a") as log:
            log.write(f"{self.name} ran\n")


def main(method):
    mp.set_start_method(method)
    fd, path = tempfile.mkstemp(suffix=".log")
    os.close(fd)
    for cls in (EagerLogger, LazyLogger):
        p = cls(path, name=cls.__name__)
        try:
            p.start()
            p.join()
            print(cls.__name__, "exit code", p.exitcode, flush=True)
        except TypeError as e:
            print(cls.__name__, "start() raised TypeError:", e, flush=True)
    with open(path) as f:
        print("log:", f.read().split("\n")[:-1], flush=True)
    os.unlink(path)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "spawn")
