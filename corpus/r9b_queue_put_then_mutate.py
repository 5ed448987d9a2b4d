"""A learner reuses one list: put() it on a Queue, then keeps appending to it. The feeder thread pickles it later."""
import multiprocessing as mp
import sys


def reader(q):
    for _ in range(3):
        print("reader got", q.get(), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    p = mp.Process(target=reader, args=(q,))
    p.start()
    batch = []
    for i in range(3):
        batch.append(i)
        q.put(batch)
        batch.append(i * 10)  # changed after put(): what does the reader see?
    p.join()
    print("parent's batch", batch)
