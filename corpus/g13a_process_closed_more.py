"""Process.close() releases the object (gaps 13A): after it, terminate(), kill() and sentinel raise ValueError("process
object is closed") like is_alive(), exitcode and pid do; a second close() does nothing.  A list of finished workers
closed in a loop and then asked again is the usual way to get there."""
import multiprocessing as mp
import sys


def work(n):
    print("worker", n, "done", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    workers = [mp.Process(target=work, args=(n,), name="W%d" % n) for n in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
        w.close()
    for w in workers:       # "make sure they are gone": too late, they are closed
        for what, call in (("terminate()", w.terminate), ("kill()", w.kill), ("sentinel", lambda: w.sentinel)):
            try:
                call()
            except ValueError as e:
                print(w.name, what, "raised ValueError:", e, flush=True)
    workers[0].close()
    print("done", flush=True)
