"""A producer puts 20 items on a Queue; the consumer stops after it has read 5 (it found what it wanted) and ends.
The parent joins both and exits with 15 items still in the queue; the producer's feeder has written them all, so
its exit is not held up. Each process prints its count."""
import multiprocessing as mp
import sys


def producer(q):
    for i in range(20):
        q.put(i)
    print("producer: put 20", flush=True)


def consumer(q):
    seen = [q.get() for _ in range(5)]
    print("consumer: took", seen, "and stopped", flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    p = ctx.Process(target=producer, args=(q,), name="producer")
    c = ctx.Process(target=consumer, args=(q,), name="consumer")
    p.start()
    c.start()
    p.join()
    c.join()
    print("parent: done, exit codes", p.exitcode, c.exitcode)
