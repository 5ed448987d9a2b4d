"""pool-map: Pool.map cuts the input into chunks, the workers run the chunks, the results come back in input order.

Run by `mp-tutor lesson pool-map`; it also runs on its own: python3 demo.py --items 12 --chunksize 3
"""
import argparse
import os
import time
from multiprocessing import Pool

PACE = 0.1  # seconds per item; set in every worker by the Pool's initializer


def set_pace(seconds):
    """The Pool's initializer: runs once in each worker process when it starts."""
    global PACE
    PACE = seconds


def square(x):
    """The function map calls on every item. Item 0 is five times slower than the others."""
    print(f"square({x}) in worker pid {os.getpid()}")
    time.sleep(PACE * 5 if x == 0 else PACE)
    return x * x


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=3, help="processes in the pool")
    parser.add_argument("--items", type=int, default=12, help="length of the input list")
    parser.add_argument("--chunksize", type=int, default=3, help="items per chunk; 0 lets map choose")
    parser.add_argument("--seconds", type=float, default=0.1, help="time for one item (item 0 takes 5 times as long)")
    parser.add_argument("--seed", type=int, default=None, help="unused: this demo has no randomness")
    args = parser.parse_args()

    items = list(range(args.items))
    pool = Pool(args.workers, initializer=set_pace, initargs=(args.seconds,))
    print(f"main process pid {os.getpid()} calls map on {len(items)} items")
    # map blocks until every chunk is back; chunksize=None lets map pick one itself.
    results = pool.map(square, items, chunksize=args.chunksize or None)
    print(f"map returned {results}")
    print(f"in input order: {results == [x * x for x in items]}")
    pool.close()  # the workers are still alive after map: close and join them
    pool.join()


if __name__ == "__main__":
    main()
