"""An append-only log in a SharedMemory block: a 4-byte record count, then 24-byte records
(worker id, sequence, value). The parent creates the block; each worker attaches by name, appends
five records under a Lock it is given, and closes its mapping. The parent reads the log back,
closes and unlinks the block."""
import multiprocessing as mp
import struct
import sys
from multiprocessing import shared_memory

HEADER = struct.Struct("i")
RECORD = struct.Struct("iid")
CAPACITY = 20


def append_records(name, lock, worker_id):
    shm = shared_memory.SharedMemory(name=name)
    try:
        for seq in range(5):
            with lock:
                (count,) = HEADER.unpack_from(shm.buf, 0)
                offset = HEADER.size + count * RECORD.size
                RECORD.pack_into(shm.buf, offset, worker_id, seq, worker_id * 10 + seq / 10)
                HEADER.pack_into(shm.buf, 0, count + 1)
    finally:
        shm.close()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    shm = shared_memory.SharedMemory(create=True, size=HEADER.size + CAPACITY * RECORD.size)
    HEADER.pack_into(shm.buf, 0, 0)
    lock = ctx.Lock()
    workers = [ctx.Process(target=append_records, args=(shm.name, lock, w)) for w in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    (count,) = HEADER.unpack_from(shm.buf, 0)
    records = [RECORD.unpack_from(shm.buf, HEADER.size + i * RECORD.size) for i in range(count)]
    print("records:", count)
    for worker_id in range(3):
        mine = [seq for w, seq, _ in records if w == worker_id]
        print(f"worker {worker_id}: sequences {mine}")
    shm.close()
    shm.unlink()
