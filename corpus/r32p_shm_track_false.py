"""A frame grabber keeps the latest frame in a SharedMemory block; a viewer process attaches by name and
reads it. On 3.13+ the viewer attaches with track=False (it does not own the block, so its resource tracker
must not unlink it); 3.11/3.12 have no such argument, so the viewer unregisters the block itself after
attaching (a workaround found online). The grabber unlinks the block at the end. But the viewer shares the
grabber's resource tracker, so on 3.11/3.12 the workaround removed the grabber's own registration: the
tracker prints a KeyError traceback when the grabber's unlink unregisters the block again."""
import multiprocessing as mp
import sys
from multiprocessing import resource_tracker, shared_memory

FRAME = 64

def viewer(name, ready, done):
    ready.wait()
    if sys.version_info >= (3, 13):
        shm = shared_memory.SharedMemory(name=name, track=False)
    else:
        shm = shared_memory.SharedMemory(name=name)
        resource_tracker.unregister(shm._name, "shared_memory")
    frame = bytes(shm.buf[:FRAME])
    print("viewer saw frame", frame[0], "checksum", sum(frame), flush=True)
    shm.close()
    done.set()

if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    shm = shared_memory.SharedMemory(create=True, size=FRAME)
    try:
        for i in range(FRAME):
            shm.buf[i] = (i * 3) % 256
        ready, done = ctx.Event(), ctx.Event()
        p = ctx.Process(target=viewer, args=(shm.name, ready, done), name="viewer")
        p.start()
        ready.set()
        print("viewer done:", done.wait(10), flush=True)
        p.join()
        print("viewer exitcode", p.exitcode, flush=True)
    finally:
        shm.close()
        shm.unlink()
    print("block unlinked", flush=True)
