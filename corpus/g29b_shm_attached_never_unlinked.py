"""The parent creates a SharedMemory block; a child attaches to it by name, writes, closes. Both close; nobody unlinks.

The parent's SharedMemory(create=True) registers the segment with the resource tracker, and (3.11, 3.12) so does the
child's attach: the tracker keeps one entry per name. No unlink() ever unregisters it, so at shutdown the tracker
warns "There appear to be 1 leaked shared_memory objects" and unlinks the segment itself (every start method: the
segment is registered under fork too)."""
import multiprocessing as mp
import sys
from multiprocessing import shared_memory


def write(name):
    block = shared_memory.SharedMemory(name=name)
    block.buf[:5] = b"hello"
    block.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    block = shared_memory.SharedMemory(create=True, size=16)
    p = mp.Process(target=write, args=(block.name,))
    p.start()
    p.join()
    print("read", bytes(block.buf[:5]))
    block.close()
