"""A field of a Structure in shared memory, incremented through views by two processes with no lock: an element
of an Array of Structures (`cells[0].hits += 1`) and a Value(Structure)'s nested field (`best.pos.n += 2`).
Updates are lost; the program counts how many."""
import multiprocessing as mp
import sys
from ctypes import Structure, c_int


class Pos(Structure):
    _fields_ = [("n", c_int)]


class Cell(Structure):
    _fields_ = [("hits", c_int), ("pos", Pos)]


def bump(cells, best, times, go):
    cell = cells[0]             # a view of element 0: its accesses take no lock
    pos = best.pos              # a view of the nested Structure: no lock either
    go.wait()                   # both start together, so their updates overlap
    for _ in range(times):
        cell.hits += 1
        pos.n += 2


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    times = 400
    cells = mp.Array(Cell, 1)
    best = mp.Value(Cell)
    go = mp.Event()
    ps = [mp.Process(target=bump, args=(cells, best, times, go)) for _ in range(2)]
    for p in ps:
        p.start()
    go.set()
    for p in ps:
        p.join()
    hits, n = cells[0].hits, best.pos.n
    print("hits", hits, "of", 2 * times, "lost", 2 * times - hits)
    print("n", n, "of", 4 * times, "lost", (4 * times - n) // 2)
