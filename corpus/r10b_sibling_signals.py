"""One child sends signals to its siblings with os.kill: SIGUSR1 to one that has no handler (it dies,
exitcode -10), SIGUSR1 to one with a handler (it goes on and exits 0), SIGTERM to one (-15). The pids come
through a Queue."""
import multiprocessing as mp
import os
import signal
import sys
import time


def plain(q, key):
    q.put((key, os.getpid()))
    time.sleep(3)


def handled(q):
    got = []
    signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
    q.put(("handled", os.getpid()))
    time.sleep(1)
    print("handled got", got, flush=True)


def sniper(q, n):
    pids = dict(q.get() for _ in range(n))
    os.kill(pids["plain"], signal.SIGUSR1)
    os.kill(pids["handled"], signal.SIGUSR1)
    os.kill(pids["terminated"], signal.SIGTERM)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    victims = [mp.Process(target=plain, args=(q, "plain"), name="Plain"),
               mp.Process(target=handled, args=(q,), name="Handled"),
               mp.Process(target=plain, args=(q, "terminated"), name="Terminated")]
    for v in victims:
        v.start()
    s = mp.Process(target=sniper, args=(q, 3), name="Sniper")
    s.start()
    for p in victims + [s]:
        p.join()
        print(p.name, p.exitcode, flush=True)
