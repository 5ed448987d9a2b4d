# An Array of ctypes Structures written through its elements: a[i].x = ... bypasses the Array's
# wrapper (no lock is taken by it), so one child holds get_lock() around its writes and the other
# does not.  Written for the truth corpus: every write through an element is recorded, with the
# value the shared memory then held.
from ctypes import Structure, c_int
from multiprocessing import Array, Process


class Cell(Structure):
    _fields_ = [('x', c_int), ('y', c_int)]


def locked_writer(cells):
    with cells.get_lock():
        for cell in cells:
            cell.x += 10


def unlocked_writer(cells):
    cells[1].y = 7
    cells[2].y *= 3


if __name__ == '__main__':
    cells = Array(Cell, [(1, 2), (3, 4), (5, 6)])
    first = Process(target=locked_writer, args=(cells,))
    first.start()
    first.join()
    second = Process(target=unlocked_writer, args=(cells,))
    second.start()
    second.join()
    print([(c.x, c.y) for c in cells])
