"""A ShareableList made by the parent; executor work items attach it by name and each writes its
own slot (a number, then a short string); the parent reads it back, then closes and unlinks."""
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import shared_memory


def square_into(name, i):
    sl = shared_memory.ShareableList(name=name)
    sl[i] = i * i
    sl[i + 4] = f"w{i}"
    sl.shm.close()
    return i


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    sl = shared_memory.ShareableList([0, 0, 0, 0, "--", "--", "--", "--"])
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        for f in as_completed([ex.submit(square_into, sl.shm.name, i) for i in range(4)]):
            f.result()
    print("list:", list(sl))
    sl.shm.close()
    sl.shm.unlink()
