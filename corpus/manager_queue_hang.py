"""A consumer waits on a Manager Queue's get() that no one will ever feed; the parent joins it: the hang names the
proxy call that never got its answer."""
import multiprocessing as mp
import sys


def consume(q, ready):
    ready.set()
    print("consumer got", q.get(), flush=True)      # nobody puts anything


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Manager() as m:
        q, ready = m.Queue(), m.Event()
        p = mp.Process(target=consume, args=(q, ready))
        p.start()
        ready.wait()
        p.join()
