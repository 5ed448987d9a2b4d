"""Scale benchmark seed: a producer and a consumer around one Queue (queue.put/get events)."""
import multiprocessing as mp


def produce(q, n):
    for i in range(n):
        q.put(i)
    q.put(None)


if __name__ == '__main__':
    q = mp.Queue()
    producer = mp.Process(target=produce, args=(q, 80))
    producer.start()
    while q.get() is not None:
        pass
    producer.join()
