"""shared_memory.SharedMemory: a child writes into a block the parent created; the resource tracker keeps
track of the block until it is unlinked."""
import multiprocessing as mp
import sys
from multiprocessing import shared_memory


def write(name):
    shm = shared_memory.SharedMemory(name=name)
    shm.buf[:5] = b"hello"
    shm.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    shm = shared_memory.SharedMemory(create=True, size=16)
    p = mp.Process(target=write, args=(shm.name,))
    p.start()
    p.join()
    print(bytes(shm.buf[:5]).decode())
    shm.close()
    shm.unlink()
