"""Take the first result of imap and terminate the pool at once, with tasks still running."""
import multiprocessing as mp
import time


def slow(x):
    time.sleep(0.2 * x)
    return x


if __name__ == "__main__":
    pool = mp.Pool(2)
    it = pool.imap(slow, range(1, 6))
    print("first:", next(it))
    pool.terminate()
    pool.join()
    print("terminated")
