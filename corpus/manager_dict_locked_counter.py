"""Word counts in a Manager dict from 3 processes; one lock makes it right."""
from multiprocessing import Manager, Process

WORDS = "the cat the dog the end a cat".split()


def count(d, lock, words):
    for w in words:
        with lock:
            d[w] = d.get(w, 0) + 1


if __name__ == "__main__":
    with Manager() as m:
        d = m.dict()
        lock = m.Lock()
        ps = [Process(target=count, args=(d, lock, WORDS)) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d.items()))
