"""set_start_method() from the library reference, changed: the program starts a child with the method
it was given, then a second set_start_method() without force (RuntimeError: context has already been
set), then one with force=True to another method, and starts a second child with it."""
import multiprocessing as mp
import sys


def where(tag):
    print(tag, "ran in", mp.current_process().name, "method", mp.get_start_method(), flush=True)


if __name__ == "__main__":
    first = sys.argv[1] if len(sys.argv) > 1 else "fork"
    other = "spawn" if first != "spawn" else "fork"
    mp.set_start_method(first)
    a = mp.Process(target=where, args=("A",))
    a.start()
    a.join()
    try:
        mp.set_start_method(other)
    except RuntimeError as e:
        print("second set_start_method:", e, flush=True)
    mp.set_start_method(other, force=True)
    b = mp.Process(target=where, args=("B",))
    b.start()
    b.join()
    print("exit codes", a.exitcode, b.exitcode, "now", mp.get_start_method(), flush=True)
