"""The documented pitfall: terminate() a process while it is putting on a Queue. Its feeder thread had
written part of a 200 kB item into the pipe when the process was killed; the parent's get(timeout=2) then
reads the item's length, and waits forever for the rest (the timeout covers only the wait for data to begin)."""
import multiprocessing as mp
import sys
import time


def producer(q):
    q.put(b"x" * 200_000)
    print("producer: put returned, feeder is writing", flush=True)
    time.sleep(30)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q,))
    p.start()
    time.sleep(0.5)
    p.terminate()
    p.join()
    print("producer exitcode", p.exitcode, flush=True)
    item = q.get(timeout=2)
    print("got", len(item), "bytes", flush=True)
