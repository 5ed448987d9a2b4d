"""Structures in shared memory, read and written through views: an Array of Particles whose lock is a plain
Lock the program passed (`lock=guard`), and a Value of one Particle with a nested Pos.  One child takes the
element first (a non-re-entrant Lock: `parts[0]` inside `with guard:` would wait for itself) and then
updates it under `guard`; the other writes without any lock.  Every read and write through an element or
a nested Structure is recorded, and the notes say which writer held the object's lock."""
import multiprocessing as mp
import sys
from ctypes import Structure, c_double, c_int


class Pos(Structure):
    _fields_ = [("x", c_double), ("y", c_double)]


class Particle(Structure):
    _fields_ = [("pos", Pos), ("hits", c_int)]


def locked_mover(parts, guard):
    first = parts[0]
    with guard:
        first.pos.x += 1.5
        first.hits += 1


def unlocked_mover(parts, best):
    parts[1].pos.y = 2.5
    parts[1].hits += 1
    best.pos.x = parts[1].pos.y
    best.hits = 7


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    guard = mp.Lock()
    parts = mp.Array(Particle, 2, lock=guard)
    best = mp.Value(Particle)
    first = mp.Process(target=locked_mover, args=(parts, guard))
    first.start()
    first.join()
    second = mp.Process(target=unlocked_mover, args=(parts, best))
    second.start()
    second.join()
    p0, p1 = parts.get_obj()[0], parts.get_obj()[1]
    print("parts", (p0.pos.x, p0.hits), (p1.pos.y, p1.hits), "best", (best.pos.x, best.hits))
