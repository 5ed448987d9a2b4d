"""Exit statuses keep 8 bits: sys.exit(300) gives the parent exitcode 44, sys.exit(-1) gives 255,
os._exit(257) gives 1; sys.exit(2.5) is not an int, so Python prints 2.5 and exits 1."""
import multiprocessing as mp
import os
import sys


def leave(how, code):
    if how == "os._exit":
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    for how, code in (("sys.exit", 300), ("sys.exit", -1), ("os._exit", 257), ("sys.exit", 2.5)):
        p = mp.Process(target=leave, args=(how, code))
        p.start()
        p.join()
        print(f"{how}({code}) -> exitcode {p.exitcode}", flush=True)
