# A child makes Locks and is killed before it can clean up: under spawn and forkserver the
# resource tracker warns about leaked semaphores at exit (under fork they are unlinked at once).
import multiprocessing as mp
import os
import signal


def make_and_die(q):
    locks = [mp.Lock() for _ in range(3)]
    q.put(len(locks))
    q.close()
    q.join_thread()                      # make sure the count is in the pipe before dying
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=make_and_die, args=(q,))
    p.start()
    print("child made", q.get(), "locks")
    p.join()
    print("exitcode", p.exitcode)
