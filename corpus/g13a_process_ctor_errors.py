"""Process() constructors that raise in the parent (gaps 13A): args=5 (tuple(5): TypeError), kwargs=["n", 1]
(dict() of a list of strings: ValueError), and a subclass whose __init__ passes group= (AssertionError).  No process
object is made and nothing starts; the first two failed after taking a number from the process counter (the group
check comes before it), so the one that works is named Process-3."""
import multiprocessing as mp
import sys


def show(n=0):
    print("show got", n, flush=True)


class Job(mp.Process):
    def __init__(self, n):
        super().__init__(group="workers", target=show, args=(n,))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    for make in (lambda: mp.Process(target=show, args=5), lambda: mp.Process(target=show, kwargs=["n", 1]),
                 lambda: Job(3)):
        try:
            make()
        except (TypeError, ValueError, AssertionError) as e:
            print("Process() raised %s: %s" % (type(e).__name__, e), flush=True)
    p = mp.Process(target=show, args=(7,))
    print("the one that works:", p.name, flush=True)
    p.start()
    p.join()
