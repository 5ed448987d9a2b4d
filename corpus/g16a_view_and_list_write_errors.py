"""Writes that raise, through a view into a shared Array of Structures and to ShareableList items (gaps 16A): a
worker sets `pts[0].x = "3"` (a str for a c_int field), `pts[1].tag = b"too long"` (a c_char * 4 field), then
`sl[0] = 2 ** 70` (too big for the item's 8-byte int: ShareableList has already recorded the item as an int, so
"abc" now reads as 0), `sl[1] = "a much longer text"` (more than the item's room) and `sl[2] = [1, 2]` (a type a
ShareableList cannot hold). Each raises in the worker, which carries on."""
import ctypes
import multiprocessing as mp
import sys
from multiprocessing import shared_memory


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_int), ("tag", ctypes.c_char * 4)]


def worker(pts, name):
    sl = shared_memory.ShareableList(name=name)
    tries = (("pts[0].x = '3'", lambda: setattr(pts[0], "x", "3")),
             ("pts[1].tag = b'too long'", lambda: setattr(pts[1], "tag", b"too long")),
             ("sl[0] = 2 ** 70", lambda: sl.__setitem__(0, 2 ** 70)),
             ("sl[1] = 'a much longer text'", lambda: sl.__setitem__(1, "a much longer text")),
             ("sl[2] = [1, 2]", lambda: sl.__setitem__(2, [1, 2])))
    for what, write in tries:
        try:
            write()
        except Exception as e:
            print(what, "raised", type(e).__name__ + ":", e, flush=True)
    pts[0].x = 3
    sl.shm.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    pts, sl = mp.Array(Point, 2), shared_memory.ShareableList(["abc", "de", 1.5])
    p = mp.Process(target=worker, args=(pts, sl.shm.name))
    p.start()
    p.join()
    print("pts[0].x:", pts[0].x, "| list:", list(sl), flush=True)
    sl.shm.close()
    sl.shm.unlink()
