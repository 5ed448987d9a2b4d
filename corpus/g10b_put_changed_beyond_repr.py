"""A list changed after put() past what a shortened repr shows, and an object whose repr changes while its pickle does
not: the reader gets the first as pickled (changed), the second as it was (gaps 10B)."""
import multiprocessing as mp
import sys
import time


class Slow:
    """Takes 0.3 s to pickle: the queue's feeder thread is still busy with it when the list below is changed."""
    def __reduce__(self):
        time.sleep(0.3)
        return (Slow, ())


class Counted:
    """Its repr changes each time it is asked; its pickle (its one attribute) does not."""
    asked = 0

    def __init__(self):
        self.value = 7

    def __repr__(self):
        Counted.asked += 1
        return f"Counted(asked {Counted.asked} times)"


def reader(q):
    q.get()
    numbers, counted = q.get(), q.get()
    print("last number:", numbers[-1], "- counted value:", counted.value, flush=True)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    q = ctx.Queue()
    p = ctx.Process(target=reader, args=(q,))
    p.start()
    numbers = list(range(200))
    q.put(Slow())
    q.put(numbers)
    numbers[-1] = -1        # after put(): the feeder has not pickled it yet
    q.put(Counted())
    p.join()
    print("exitcode", p.exitcode)
