"""set_start_method() once the method is fixed (by an earlier call, or by get_start_method()) raises
RuntimeError ("context has already been set"), even naming the same method; force=True changes it.
A Process uses the method in force when start() is called; a Queue made under fork cannot go to a
spawn child, so each Queue is made under the method its Process will start with."""
import multiprocessing as mp
import sys


def where(q):
    q.put((mp.current_process().name, mp.get_start_method()))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    first = mp.get_start_method()      # also fixes the method if nothing had set it yet
    other = "spawn" if first != "spawn" else "forkserver"
    try:
        mp.set_start_method(first)
    except RuntimeError as e:
        print("second call:", e, flush=True)
    q = mp.Queue()
    a = mp.Process(target=where, args=(q,), name="before-force")
    a.start()
    mp.set_start_method(other, force=True)
    q2 = mp.Queue()
    b = mp.Process(target=where, args=(q2,), name="after-force")
    b.start()
    print("a:", q.get(timeout=20), flush=True)
    print("b:", q2.get(timeout=20), flush=True)
    for p in (a, b):
        p.join()
    print("methods now:", mp.get_start_method(), flush=True)
    print("exit codes:", a.exitcode, b.exitcode, flush=True)
