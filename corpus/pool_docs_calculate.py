"""In the spirit of the docs' mp_pool.py: several ways to use one Pool, with sleeps."""
import multiprocessing
import random
import time


def calculate(func, args):
    result = func(*args)
    return f"{multiprocessing.current_process().name} says {func.__name__}{args} = {result}"


def mul(a, b):
    time.sleep(0.05 * random.random())
    return a * b


def plus(a, b):
    time.sleep(0.05 * random.random())
    return a + b


def calculatestar(args):
    return calculate(*args)


if __name__ == "__main__":
    random.seed(3)
    tasks = [(mul, (i, 7)) for i in range(6)] + [(plus, (i, 8)) for i in range(4)]
    with multiprocessing.Pool(3) as pool:
        results = [pool.apply_async(calculate, t) for t in tasks]
        for r in results:
            print("\t", r.get())
        print("imap:", len(list(pool.imap(calculatestar, tasks))))
        print("imap_unordered:", len(list(pool.imap_unordered(calculatestar, tasks))))
        print("map chunk 3:", len(pool.map(calculatestar, tasks, chunksize=3)))
