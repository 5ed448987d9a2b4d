"""Everything the resource tracker is told of is taken back: no warning at shutdown.

A child makes a Lock and uses it, then ends normally (its exit cleanup unlinks and unregisters the named semaphore
under spawn and forkserver); the parent creates a SharedMemory block, a child attaches to it, and the parent
unlink()s it at the end (which unregisters it)."""
import multiprocessing as mp
import sys
from multiprocessing import shared_memory


def use_lock():
    lock = mp.Lock()
    with lock:
        pass


def write(name):
    block = shared_memory.SharedMemory(name=name)
    block.buf[0] = 42
    block.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    p = mp.Process(target=use_lock)
    p.start()
    p.join()
    block = shared_memory.SharedMemory(create=True, size=8)
    q = mp.Process(target=write, args=(block.name,))
    q.start()
    q.join()
    print("read", block.buf[0])
    block.close()
    block.unlink()
