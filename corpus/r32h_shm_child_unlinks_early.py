"""Workers fill slices of one SharedMemory block by name; each "cleans up" with close() and unlink() in finally.

The first worker to finish unlinks the block: workers that attach after it get FileNotFoundError, and the
parent's own unlink() at the end raises FileNotFoundError too. The parent still reads its own mapping.
"""
import multiprocessing as mp
import sys
import time
from multiprocessing import shared_memory


def fill(name, index, delay):
    time.sleep(delay)
    try:
        shm = shared_memory.SharedMemory(name=name)
    except FileNotFoundError:
        print(f"worker {index}: block {name} is gone", flush=True)
        sys.exit(2)
    try:
        shm.buf[index * 4:(index + 1) * 4] = bytes([index + 1]) * 4
    finally:
        shm.close()
        shm.unlink()             # meant as tidy-up; removes the name for everyone


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    shm = shared_memory.SharedMemory(create=True, size=16)
    procs = [ctx.Process(target=fill, args=(shm.name, i, 0.0 if i == 0 else 1.0)) for i in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("exit codes:", [p.exitcode for p in procs])
    print("block:", bytes(shm.buf).hex())
    shm.close()
    try:
        shm.unlink()
    except FileNotFoundError:
        print("parent unlink: already gone")
