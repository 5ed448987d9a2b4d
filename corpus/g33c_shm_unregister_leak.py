"""Two SharedMemory blocks: a settings block the script means to keep after it exits, so it calls
resource_tracker.unregister() on it itself (advice found online), and a scratch block a worker fills and nobody
unlinks (forgotten). At the end the script does unlink the settings block after all, whose unlink() unregisters
it a second time (the tracker prints a KeyError); the scratch block is what the tracker's leak warning counts."""
import multiprocessing as mp
import sys
from multiprocessing import resource_tracker, shared_memory


def fill(name):
    shm = shared_memory.SharedMemory(name=name)
    shm.buf[:3] = b"abc"
    shm.close()


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    settings = shared_memory.SharedMemory(create=True, size=16)
    resource_tracker.unregister(settings._name, "shared_memory")    # "keep it after exit"
    scratch = shared_memory.SharedMemory(create=True, size=64)
    p = ctx.Process(target=fill, args=(scratch.name,))
    p.start()
    p.join()
    print("scratch holds", bytes(scratch.buf[:3]), flush=True)
    scratch.close()             # no unlink(): forgotten
    settings.close()
    settings.unlink()           # changed its mind: unlink() unregisters it again
    print("done", flush=True)
