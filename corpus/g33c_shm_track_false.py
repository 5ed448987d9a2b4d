"""A logger process owns a SharedMemory ring of counters; two watcher processes attach by name to read it. On
3.13+ the watchers pass track=False (they do not own the block, so this process does not register it with the
resource tracker); 3.11 and 3.12 have no such argument and attach as usual. The owner unlinks the block at the end."""
import multiprocessing as mp
import sys
from multiprocessing import shared_memory


def watcher(name, index):
    if sys.version_info >= (3, 13):
        shm = shared_memory.SharedMemory(name=name, track=False)
    else:
        shm = shared_memory.SharedMemory(name=name)
    print(f"watcher {index} sees {list(shm.buf[:4])}", flush=True)
    shm.close()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    shm = shared_memory.SharedMemory(create=True, size=32)
    shm.buf[:4] = bytes([1, 2, 3, 4])
    ps = [ctx.Process(target=watcher, args=(shm.name, i)) for i in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("exit codes", [p.exitcode for p in ps], flush=True)
    shm.close()
    shm.unlink()
