"""Producer/consumer changed to two consumers, but the producer still sends one None: one consumer stops, the
other waits in get() for ever and the parent's join() of it never returns (the watchdog stops the run)."""
import multiprocessing as mp
import sys


def consume(q, name):
    while True:
        item = q.get()
        if item is None:
            print(name, "got the sentinel", flush=True)
            return
        print(name, "got", item, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    cs = [mp.Process(target=consume, args=(q, "c%d" % i), name="c%d" % i) for i in range(2)]
    for c in cs:
        c.start()
    for i in range(3):
        q.put(i)
    q.put(None)
    for c in cs:
        c.join()
    print("all consumers done", flush=True)
