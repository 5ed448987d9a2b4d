"""A results cache in shared memory: the parent makes the block, a producer fills it and "tidies up" with close()
and unlink(), and a reader started after it tries to attach by name. The name is gone: the reader's attach raises
FileNotFoundError. The reader also looks for a block that was never made (a misspelt name), which fails the same
way with no unlink to blame. The parent still reads its own mapping, then closes it."""
import multiprocessing as mp
import sys
from multiprocessing import shared_memory


def producer(name):
    shm = shared_memory.SharedMemory(name=name)
    try:
        shm.buf[:4] = bytes([7, 8, 9, 10])
    finally:
        shm.close()
        shm.unlink()             # meant as tidy-up: removes the name for every process


def reader(name):
    for wanted in (name, name + "_v2"):
        try:
            shm = shared_memory.SharedMemory(name=wanted)
        except FileNotFoundError as e:
            print(f"reader: {wanted}: {type(e).__name__}", flush=True)
            continue
        print("reader got", bytes(shm.buf[:4]).hex(), flush=True)
        shm.close()
    sys.exit(1)


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    shm = shared_memory.SharedMemory(create=True, size=16)
    p = ctx.Process(target=producer, args=(shm.name,), name="producer")
    p.start()
    p.join()
    r = ctx.Process(target=reader, args=(shm.name,), name="reader")
    r.start()
    r.join()
    print("producer", p.exitcode, "reader", r.exitcode, flush=True)
    print("parent still reads", bytes(shm.buf[:4]).hex(), flush=True)
    shm.close()
