import multiprocessing as mp
import sys
import time


def show(x):
    time.sleep(0.05)
    return repr(x)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    with ctx.Pool(2) as pool:
        it = pool.imap(show, [1, 2, lambda: 0, 4, 5])
        print(next(it))
        time.sleep(0.5)
print("done")
