"""The SharedMemory example of the library reference, changed: a child creates the block (create=True),
writes a greeting into its buffer with a slice and closes it; the parent attaches by the name the child
sent on a Queue, reads it, closes it and forgets unlink(). Nobody unlinks: the resource tracker does
at shutdown, with a warning."""
import multiprocessing as mp
import sys
from multiprocessing import shared_memory


def make_block(q):
    shm = shared_memory.SharedMemory(create=True, size=32)
    data = b"hello from the child"
    shm.buf[:len(data)] = data
    q.put((shm.name, len(data)))
    shm.close()


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    q = mp.Queue()
    p = mp.Process(target=make_block, args=(q,))
    p.start()
    name, n = q.get()
    p.join()
    shm = shared_memory.SharedMemory(name=name)
    print("parent read:", bytes(shm.buf[:n]).decode(), "size >=", shm.size >= 32, flush=True)
    shm.close()
    print("child exit code", p.exitcode, "- no unlink() anywhere", flush=True)
