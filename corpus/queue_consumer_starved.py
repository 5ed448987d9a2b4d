"""A consumer waits for an end signal nobody sends; the parent joins it: a hang the watchdog ends."""
import multiprocessing as mp
import sys


def consume(q):
    while True:
        item = q.get()
        if item is None:
            break
        print("got", item, flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    c = mp.Process(target=consume, args=(q,))
    c.start()
    for i in range(3):
        q.put(i)
    c.join()
