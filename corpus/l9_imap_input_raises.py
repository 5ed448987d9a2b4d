"""imap over a generator that raises part way: the pool's task handler turns the input's exception into a task that
re-raises it in a worker, and the program's loop gets it from next() in order, after the results before it."""
from multiprocessing import Pool


def square(x):
    return x * x


def numbers():
    for i in range(6):
        if i == 4:
            raise ValueError("bad input at 4")
        yield i


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            for r in pool.imap(square, numbers(), chunksize=2):
                print("got", r)
        except ValueError as e:
            print("iteration stopped:", e)
    print("done")
