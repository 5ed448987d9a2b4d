"""A chunked numeric job: Array('d', 40, lock=False) split into four chunks, one Lock per chunk. Three processes each
add their share to every chunk, taking the chunks in a different order, so they mostly hold different locks at once."""
import multiprocessing as mp
import sys
import time

CHUNKS = 4
SIZE = 10


def add(arr, locks, order, amount):
    for c in order:
        with locks[c]:
            for i in range(c * SIZE, (c + 1) * SIZE):
                arr[i] += amount
            time.sleep(0.05)


def main():
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    arr = ctx.Array("d", CHUNKS * SIZE, lock=False)
    locks = [ctx.Lock() for _ in range(CHUNKS)]
    orders = [[0, 1, 2, 3], [1, 2, 3, 0], [2, 3, 0, 1]]
    procs = [ctx.Process(target=add, args=(arr, locks, o, k + 1), name="adder%d" % k) for k, o in enumerate(orders)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    sums = [sum(arr[c * SIZE:(c + 1) * SIZE]) for c in range(CHUNKS)]
    print("chunk sums:", sums, "expected each:", 6.0 * SIZE, flush=True)


if __name__ == "__main__":
    main()
