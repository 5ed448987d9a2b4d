"""Workers fill one SharedMemory block by slices (plain bytes, no numpy) and add their slice's
checksum into a shared Value under a Lock. The parent checks the sum against the bytes, then
closes and unlinks. A ShareableList of per-worker byte counts is filled the same way."""
import multiprocessing as mp
import sys
from multiprocessing import shared_memory

SIZE, WORKERS = 4096, 4


def fill(wid, shm_name, sl_name, checksum, lock):
    shm = shared_memory.SharedMemory(name=shm_name)
    counts = shared_memory.ShareableList(name=sl_name)
    step = SIZE // WORKERS
    lo, hi = wid * step, (wid + 1) * step
    shm.buf[lo:hi] = bytes((wid * 31 + i) % 256 for i in range(lo, hi))
    part = sum(shm.buf[lo:hi])
    with lock:
        checksum.value += part
    counts[wid] = hi - lo
    counts.shm.close()
    shm.close()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    shm = shared_memory.SharedMemory(create=True, size=SIZE)
    counts = shared_memory.ShareableList([0] * WORKERS)
    checksum = ctx.Value("q", 0, lock=False)
    lock = ctx.Lock()
    procs = [ctx.Process(target=fill, args=(w, shm.name, counts.shm.name, checksum, lock))
             for w in range(WORKERS)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("checksum from workers:", checksum.value)
    print("checksum of the bytes:", sum(shm.buf[:SIZE]))
    print("bytes per worker:", list(counts), "first bytes:", bytes(shm.buf[:4]).hex())
    counts.shm.close()
    counts.shm.unlink()
    shm.close()
    shm.unlink()
    print("unlinked")
