"""No __main__ guard. Under spawn and forkserver the child re-imports this file, reaches start() again and
fails before running its target (RuntimeError); under fork it works."""
import multiprocessing as mp
import sys


def hello():
    print("hello from the child")


if len(sys.argv) > 1 and mp.get_start_method(allow_none=True) is None:
    mp.set_start_method(sys.argv[1])
p = mp.Process(target=hello)
p.start()
p.join()
print("child exitcode", p.exitcode)
