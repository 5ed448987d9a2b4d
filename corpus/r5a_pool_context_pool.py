"""get_context(method).Pool beside the default start method: a Pool with another start method."""
import multiprocessing as mp
import os
import sys


def who(x):
    return (x, mp.current_process().name.split("-")[0])


if __name__ == "__main__":
    method = sys.argv[1] if len(sys.argv) > 1 else mp.get_start_method()  # else mp-tutor's --start-method
    other = "forkserver" if method != "forkserver" else "spawn"
    with mp.get_context(other).Pool(2) as pool:
        print(sorted(set(n for _, n in pool.map(who, range(4)))))
    with mp.get_context(method).Pool(1) as pool:
        print(pool.apply(who, (9,)))
