"""A child makes a Lock and a Semaphore, then is killed by SIGKILL before its exit cleanup can run.

Under spawn and forkserver each of them is a named POSIX semaphore that the child registered with the resource
tracker; the unregister would come from the child's exit cleanup (a util.Finalize), which SIGKILL never lets run. The
tracker warns at shutdown: "There appear to be 2 leaked semaphore objects". Under fork the semaphores have no name
(unlinked at once): nothing is registered, no warning."""
import multiprocessing as mp
import os
import signal
import sys


def make_and_die(ready):
    lock = mp.Lock()
    slots = mp.Semaphore(2)
    with lock:
        slots.acquire()
    ready.send("made")
    ready.close()
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    mine, theirs = mp.Pipe()
    p = mp.Process(target=make_and_die, args=(theirs,))
    p.start()
    print("child says", mine.recv())
    p.join()
    print("exitcode", p.exitcode)
