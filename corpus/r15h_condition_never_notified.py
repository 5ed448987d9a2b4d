"""A consumer waits on a Condition with no timeout and no predicate loop; the producer sets the shared flag
under the Condition but forgot notify(): the parent's wait() never returns
(the shape of https://runebook.dev/en/docs/python/library/multiprocessing/multiprocessing.Condition,
with the producer's notify() left out)."""
import multiprocessing as mp
import sys
import time


def producer(cond, ready):
    time.sleep(0.3)
    with cond:
        ready.value = 1
        print("producer: data ready", flush=True)
        # cond.notify()  <- forgotten


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    cond = mp.Condition()
    ready = mp.Value("i", 0)
    p = mp.Process(target=producer, args=(cond, ready), name="producer")
    p.start()
    with cond:
        print("consumer: waiting", flush=True)
        cond.wait()
        print("consumer: got it", ready.value, flush=True)
    p.join()
