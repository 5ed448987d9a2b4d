"""Three consumers read one Queue until they get None, but the producer puts only two None (it was
written for two consumers). The parent joins each consumer with join(timeout=1.0) and terminate()s
whichever is still alive: the one left waiting in get() is ended by SIGTERM, the others exit 0."""
import multiprocessing as mp
import sys


def consume(q, name):
    n = 0
    while True:
        item = q.get()
        if item is None:
            break
        n += 1
    print("%s consumed %d items" % (name, n), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    consumers = [mp.Process(target=consume, args=(q, "c%d" % k), name="consumer-%d" % k) for k in range(3)]
    for c in consumers:
        c.start()
    for item in range(9):
        q.put(item)
    for _ in range(2):
        q.put(None)
    for c in consumers:
        c.join(timeout=1.0)
        if c.is_alive():
            print("%s still alive after 1 s: terminate()" % c.name, flush=True)
            c.terminate()
            c.join()
    print("exit codes:", [c.exitcode for c in consumers], flush=True)
