"""A ShareableList written at positions that are not ints, in a child: a slice (as one writes a list), a float and a
str. ShareableList compares the position with 0 (or indexes its offsets with it) before it writes anything, so each
raises TypeError and the list keeps its items; then a write at an int position works."""
import multiprocessing as mp
import sys
from multiprocessing import shared_memory


def writer(sl):
    for position in (slice(0, 2), 1.5, "1"):
        try:
            sl[position] = 9
        except TypeError as e:
            print("sl[%r] = 9 raised TypeError: %s" % (position, e), flush=True)
    sl[2] = 9


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    sl = shared_memory.ShareableList([1, 2, 3])
    p = ctx.Process(target=writer, args=(sl,))
    p.start()
    p.join()
    print("items:", list(sl), flush=True)
    sl.shm.close()
    sl.shm.unlink()
