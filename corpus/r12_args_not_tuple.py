"""The one-element tuple mistake: Process(target=f, args=(5)) passes the int 5, not a tuple, and
Process() itself raises TypeError in the parent (tuple(5)); args=("abc") passes the string, which
tuple() turns into three arguments 'a', 'b', 'c': the child fails in run() calling show('a', 'b', 'c')
(TypeError, exit code 1); args=("abc",) works."""
import multiprocessing as mp
import sys


def show(x):
    print("show got", repr(x), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    for args in ((5), ("abc"), ("abc",)):
        try:
            p = mp.Process(target=show, args=args)
        except TypeError as e:
            print("Process(args=%r) raised TypeError: %s" % (args, e), flush=True)
            continue
        p.start()
        p.join()
        print("args=%r -> exitcode %s" % (args, p.exitcode), flush=True)
