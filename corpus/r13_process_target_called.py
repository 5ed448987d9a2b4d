"""The call-instead-of-pass mistake: Process(target=work(n)) calls work(n) in the parent, right there,
and passes what it returns (None) as the target; each child then runs nothing. The "parallel" run is
serial and all the prints come from MainProcess. Then the same loop written right: target=work,
args=(n,)."""
import multiprocessing as mp
import sys
import time


def work(n):
    time.sleep(0.2)
    print("work(%d) in %s" % (n, mp.current_process().name), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    t0 = time.monotonic()
    procs = [mp.Process(target=work(n)) for n in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("wrong: %d children, exit codes %s, %.1f s" % (
        len(procs), [p.exitcode for p in procs], time.monotonic() - t0), flush=True)
    procs = [mp.Process(target=work, args=(n,)) for n in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("right: exit codes %s" % [p.exitcode for p in procs], flush=True)
