# A Pool task returns something that cannot be pickled (a generator): apply() and map()
# raise MaybeEncodingError in the parent, and the pool goes on working.
import multiprocessing as mp


def make_gen(n):
    return (i * i for i in range(n))          # a generator cannot be pickled


def square(n):
    return n * n


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        try:
            print(pool.apply(make_gen, (3,)))
        except Exception as e:
            print("apply:", type(e).__name__, str(e)[:80])
        try:
            print(pool.map(make_gen, [1, 2]))
        except Exception as e:
            print("map:", type(e).__name__)
        print("still works:", pool.map(square, range(4)))
