"""A Process subclass walks a small tree while holding an RLock taken again at every level
(recursive function, one `with lock:` each). A second child wants the same RLock to print a
line and waits until the walk's outermost release. The RLock is passed through Process args; the start method is set
once with set_start_method()."""
import multiprocessing as mp
import sys
import time

TREE = {"root": ["etc", "home"], "etc": ["hosts"], "home": ["ann", "bob"],
        "ann": [], "bob": ["notes"], "hosts": [], "notes": []}


class Walker(mp.Process):
    def __init__(self, lock):
        super().__init__(name="walker")
        self.lock = lock

    def walk(self, node, depth):
        with self.lock:
            print("  " * depth + node, flush=True)
            time.sleep(0.05)
            for child in TREE[node]:
                self.walk(child, depth + 1)

    def run(self):
        self.walk("root", 0)


def logger(lock):
    time.sleep(0.1)
    with lock:
        print("logger got the lock after the walk", flush=True)


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else None
    if method:
        mp.set_start_method(method)
    lock = mp.RLock()
    walker = Walker(lock)
    other = mp.Process(target=logger, args=(lock,), name="logger")
    walker.start()
    other.start()
    walker.join()
    other.join()
    print("exit codes", walker.exitcode, other.exitcode)
