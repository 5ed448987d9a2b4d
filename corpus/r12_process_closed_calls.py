"""Process.close() after join() releases the process object's resources; every later is_alive(),
join(), exitcode or pid raises ValueError("process object is closed"), and so does a second start()
of it. close() of a process still running raises ValueError too."""
import multiprocessing as mp
import sys
import time


def nap(t):
    time.sleep(t)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=nap, args=(0.1,))
    p.start()
    p.join()
    print("exitcode before close:", p.exitcode, flush=True)
    p.close()
    p.close()  # a second close() is allowed
    for what, call in (("is_alive()", p.is_alive), ("join()", p.join), ("start()", p.start),
                       ("exitcode", lambda: p.exitcode), ("pid", lambda: p.pid)):
        try:
            print(what, "->", call(), flush=True)
        except ValueError as e:
            print(what, "raised ValueError:", e, flush=True)
    q = mp.Process(target=nap, args=(0.5,))
    q.start()
    try:
        q.close()
    except ValueError as e:
        print("close() while running raised ValueError:", e, flush=True)
    q.join()
    q.close()
    print("done")
