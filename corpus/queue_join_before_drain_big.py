"""The child puts a big item, the parent joins before getting: a hang (docs' 'joining processes that use queues')."""
from multiprocessing import Process, Queue


def f(q):
    q.put("X" * 200000)


if __name__ == "__main__":
    q = Queue()
    p = Process(target=f, args=(q,))
    p.start()
    p.join()
    print(len(q.get()))
