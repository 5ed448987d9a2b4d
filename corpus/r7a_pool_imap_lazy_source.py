"""imap over a generator that reads its input slowly: Pool's task handler thread pulls the generator, not the main thread."""
import multiprocessing as mp
import sys
import time


def lines():
    for i in range(5):
        time.sleep(0.1)                 # a slow source: a socket, a big file
        print("read line", i, flush=True)
        yield f"row{i}"


def parse(row):
    return row.upper()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        for out in pool.imap(parse, lines()):
            print("got", out, flush=True)
