"""A ProcessPoolExecutor task raises; result() re-raises it in the parent; map() too."""
from concurrent.futures import ProcessPoolExecutor


def parse(s):
    return int(s)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        fut = ex.submit(parse, "x12")
        try:
            fut.result()
        except ValueError as e:
            print("caught:", e)
        try:
            print(list(ex.map(parse, ["1", "2", "three"])))
        except ValueError as e:
            print("map caught:", e)
