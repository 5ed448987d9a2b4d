"""Processes made in a loop with target=lambda: work(i), all made first and started after: the lambdas
share one i, and it is 2 by the time they run (fork: every child prints 2). Under spawn and forkserver
start() must pickle the lambda and raises. Then the fix: target=work, args=(i,)."""
import multiprocessing as mp
import sys


def work(i):
    print("worker got i =", i, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    procs = [mp.Process(target=lambda: work(i), name="late-%d" % i) for i in range(3)]
    started = []
    for p in procs:
        try:
            p.start()
            started.append(p)
        except Exception as e:
            print("start() of %s raised %s: %s" % (p.name, type(e).__name__, e), flush=True)
            break
    for p in started:
        p.join()
    print("late-binding children ended:", [p.exitcode for p in started], flush=True)
    procs = [mp.Process(target=work, args=(i,), name="fixed-%d" % i) for i in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("fixed children:", [p.exitcode for p in procs], flush=True)
