"""A simulation in rounds: three cells in a shared Array, each process sets its cell to the mean of its
neighbours' cells, then meets the others at a Barrier. With one wait() per round a fast process can read a
neighbour's cell before or after that neighbour wrote it this round; the fix waits twice per round (after
reading, after writing)."""
import multiprocessing as mp
import sys
import time

ROUNDS = 3


def cell(i, grid, barrier, two_waits):
    n = len(grid)
    for r in range(ROUNDS):
        time.sleep(0.01 * i)
        left, right = grid[(i - 1) % n], grid[(i + 1) % n]
        if two_waits:
            barrier.wait()
        grid[i] = (left + right) / 2
        barrier.wait()


def simulate(two_waits):
    grid = mp.Array("d", [0.0, 30.0, 60.0])
    barrier = mp.Barrier(3)
    ps = [mp.Process(target=cell, args=(i, grid, barrier, two_waits), name="cell-%d" % i) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("two_waits=%s grid=%s" % (two_waits, [round(x, 2) for x in grid[:]]), flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    simulate(False)
    simulate(True)
