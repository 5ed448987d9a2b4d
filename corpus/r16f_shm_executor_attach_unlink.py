"""The parent makes a SharedMemory block; executor work items attach it by name, write their slot
and close() it. The parent reads the block, close()s and unlink()s it; a second block is
unlink()ed twice (FileNotFoundError) and a third is never unlinked (the resource tracker warns)."""
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import shared_memory


def fill(name, i):
    shm = shared_memory.SharedMemory(name=name)
    shm.buf[i] = 100 + i
    shm.close()
    return i


if __name__ == "__main__":
    ctx = multiprocessing.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    block = shared_memory.SharedMemory(create=True, size=4)
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        list(ex.map(fill, [block.name] * 4, range(4)))
    print("block:", bytes(block.buf[:4]))
    block.close()
    block.unlink()
    twice = shared_memory.SharedMemory(create=True, size=8)
    twice.close()
    twice.unlink()
    try:
        twice.unlink()
    except FileNotFoundError as e:
        print("second unlink:", type(e).__name__)
    forgotten = shared_memory.SharedMemory(create=True, size=8)
    forgotten.close()
    print("forgotten block left for the resource tracker")
