"""imap results read the ways programs read them (dict(), a for loop, sum(), next()), a progress line ended by print(),
and a queue polled with empty()/qsize() while a child still puts."""
import multiprocessing as mp
import sys
import time


def square(x):
    time.sleep(0.08)
    return x, x * x


def producer(q):
    for i in range(3):
        q.put(i)
        time.sleep(0.05)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        squares = dict(pool.imap_unordered(square, range(4)))
        for i, (x, sq) in enumerate(pool.imap(square, range(3)), 1):
            print(f"checked {i}/3", end="\r", flush=True)
        print()
        total = sum(sq for _, sq in pool.imap(square, range(2)))
        it = pool.imap(square, range(2))
        first = next(it)
    print("squares", sorted(squares.items()), "total", total, "first", first)
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q,))
    p.start()
    time.sleep(0.02)
    print("qsize", q.qsize())
    got = []
    while not q.empty():
        got.append(q.get())
    p.join()
    print("polled", got)
