"""What a Process's target is, as the start row names it: a lambda made in a loop and started after it (it reads i
when it runs: every fork child gets the loop's last i), a lambda whose default froze i, a nested function's
captured value, a partial, a bound method and a plain function with args. Under spawn and forkserver a lambda or a
nested function cannot be pickled: start() raises and only the picklable targets start."""
import functools
import multiprocessing as mp
import sys


class Greeter:
    def __init__(self, word):
        self.word = word

    def greet(self, who):
        print(self.word, who, flush=True)


def work(i):
    print("worker got i =", i, flush=True)


def make(n):
    def nested():
        work(n)

    return nested


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    procs = [ctx.Process(target=lambda: work(i), name="late-%d" % i) for i in range(3)]
    procs += [ctx.Process(target=lambda i=i: work(i), name="frozen-%d" % i) for i in range(2)]
    procs.append(ctx.Process(target=make(7), name="nested"))
    procs.append(ctx.Process(target=functools.partial(work, 8), name="partial"))
    procs.append(ctx.Process(target=Greeter("hello").greet, args=("bound",), name="bound"))
    procs.append(ctx.Process(target=work, args=(9,), name="plain"))
    started = []
    for p in procs:     # all made first; each started and joined in turn (its print before the next start)
        try:
            p.start()
            started.append(p)
        except Exception as e:
            print("start() of %s raised %s" % (p.name, type(e).__name__), flush=True)
            continue
        p.join()
    print("started:", [p.name for p in started], flush=True)
