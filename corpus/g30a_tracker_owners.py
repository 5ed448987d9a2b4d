"""A child makes a JoinableQueue, an Event and seven Locks of its own, then is killed by SIGKILL.

Under spawn and forkserver every one of them is made of named POSIX semaphores that the child registered with the
resource tracker: a JoinableQueue eight (its read and write locks, its size semaphore, its unfinished-tasks semaphore,
its Condition's RLock and three semaphores), an Event five (its Condition's Lock and three semaphores, its flag), a Lock
one. SIGKILL skips the child's exit cleanup, so the tracker warns of 20 leaked semaphores. Under fork the semaphores have
no name: nothing is registered, no warning."""
import multiprocessing as mp
import os
import signal
import sys


def make_and_die(ready):
    jobs = mp.JoinableQueue()
    done = mp.Event()
    locks = [mp.Lock() for _ in range(7)]
    jobs.put("x")
    done.set()
    with locks[0]:
        ready.send("made %d locks" % len(locks))
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
