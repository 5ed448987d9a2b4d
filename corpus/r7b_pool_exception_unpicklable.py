# A Pool task raises an exception the parent cannot unpickle: the pool's result-handler
# thread dies with a TypeError, get(timeout) gives up, and leaving the with-block raises
# AssertionError from terminate() (its cache still holds the task).
import multiprocessing as mp


class BadError(Exception):
    def __init__(self, code, detail):          # two args: pickle rebuilds it with one
        super().__init__(f"code {code}: {detail}")
        self.code = code


def fails(n):
    raise BadError(n, "nope")


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        r = pool.apply_async(fails, (7,))
        try:
            print(r.get(timeout=2))
        except Exception as e:
            print("get:", type(e).__name__, flush=True)
    print("never printed")
