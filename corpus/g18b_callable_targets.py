"""Gaps 18B (gaps 17B Left 2): Process targets that are not plain functions. A callable object (its class defines
__call__), a builtin (time.sleep), a class (calling it makes an object) and a bound method; the start rows name each
without running any of the program's code (the object's __repr__ would raise)."""
import multiprocessing as mp
import sys
import time


class Job:
    def __init__(self, n):
        self.n = n

    def __call__(self):
        print("Job called with n =", self.n, flush=True)

    def __repr__(self):
        raise RuntimeError("__repr__ must not run")


class Report:
    def __init__(self):
        print("Report made in", mp.current_process().name, flush=True)


def main(ctx):
    for target, args in ((Job(3), ()), (time.sleep, (0.05,)), (Report, ()), (Job(4).__call__, ())):
        p = ctx.Process(target=target, args=args)
        p.start()
        p.join()
        print(p.name, p.exitcode, flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
