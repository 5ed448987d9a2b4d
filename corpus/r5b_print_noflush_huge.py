"""Six children print without flush (their buffers go out when each exits), one prints a 200 000-character
line, and one writes lines to stderr."""
import multiprocessing as mp
import sys


def quiet(i):
    for k in range(3):
        print(f"child {i} line {k}")


def huge():
    print("H" * 200_000)
    print("after the huge line")


def errs():
    print("to stderr", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    ps = [mp.Process(target=quiet, args=(i,)) for i in range(6)]
    ps += [mp.Process(target=huge), mp.Process(target=errs)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("all joined", [p.exitcode for p in ps])
