"""A learner filters numbers above a threshold with a helper defined inside main(), then "fixes" it.

Asked as: "AttributeError: Can't pickle local object 'main.<locals>.is_big' -- but it worked with map()
in a for loop!" The imap_unordered() loop raises at its first next(); functools.partial of a top-level
function is the fix."""
import functools
import multiprocessing as mp
import sys


def above(limit, x):
    return x if x > limit else None


def main(method):
    ctx = mp.get_context(method)
    limit = 5
    numbers = [3, 8, 1, 9, 6]

    def is_big(x):
        return x if x > limit else None

    with ctx.Pool(2) as pool:
        found = []
        try:
            for r in pool.imap_unordered(is_big, numbers):
                if r is not None:
                    found.append(r)
        except Exception as e:
            print("loop stopped:", type(e).__name__, e)
        print("found so far:", found)
        good = pool.imap_unordered(functools.partial(above, limit), numbers)
        print("with partial:", sorted(r for r in good if r is not None))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
