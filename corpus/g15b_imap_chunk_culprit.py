"""imap() and imap_unordered() with chunksize 3 over inputs where one item (a threading.Lock, index 7 of the whole
input) cannot be pickled: the task handler fails to send that whole chunk (items 6..8), and iterating the result
raises TypeError when the program reaches it; the chunks before it were sent and computed."""
import multiprocessing as mp
import sys
import threading


def square(x):
    return x * x


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    items = list(range(7)) + [threading.Lock()] + list(range(8, 10))
    with mp.Pool(2) as pool:
        got = []
        try:
            for value in pool.imap(square, items, chunksize=3):
                got.append(value)
        except TypeError as e:
            print("imap stopped after", len(got), "results:", e, flush=True)
        try:
            print(sorted(pool.imap_unordered(square, items, 3)), flush=True)
        except TypeError as e:
            print("imap_unordered:", e, flush=True)
