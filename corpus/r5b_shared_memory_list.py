"""A SharedMemory block and a ShareableList attached by name in a child, written there, read in the parent."""
import multiprocessing as mp
import sys
from multiprocessing import shared_memory


def child(name, list_name):
    shm = shared_memory.SharedMemory(name=name)
    shm.buf[:5] = b"hello"
    shm.close()
    sl = shared_memory.ShareableList(name=list_name)
    sl[0] = sl[0] + 1
    sl[2] = "done"
    sl.shm.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    shm = shared_memory.SharedMemory(create=True, size=16)
    sl = shared_memory.ShareableList([41, 2.5, "todo"])
    p = mp.Process(target=child, args=(shm.name, sl.shm.name))
    p.start()
    p.join()
    print(bytes(shm.buf[:5]), list(sl))
    shm.close(); shm.unlink()
    sl.shm.close(); sl.shm.unlink()
