"""The Manager dict counter demo, with the final print moved below the with-block: the children counted into the
dict, the with-block's exit shut the manager's server down, and reading the proxy afterwards fails (the parent's
connection to a server that is gone)."""
import multiprocessing as mp
import sys


def count(d, lock, word):
    for _ in range(3):
        with lock:
            d[word] = d.get(word, 0) + 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Manager() as m:
        d, lock = m.dict(), m.Lock()
        ps = [mp.Process(target=count, args=(d, lock, w)) for w in ("apple", "pear")]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print("inside the with-block:", sorted(d.items()), flush=True)
    try:
        print("after the with-block:", sorted(d.items()), flush=True)
    except Exception as e:
        print("after the with-block:", type(e).__name__, flush=True)
