"""Pasted from a shared_memory tutorial: the parent creates a block, a second process attaches by name, writes into
it and close()s; the parent reads, close()s and unlink()s. Then the same again, but the parent forgets unlink():
the resource tracker warns at shutdown and removes the leaked block."""
import multiprocessing as mp
import sys
from multiprocessing import shared_memory


def fill(name, text):
    shm = shared_memory.SharedMemory(name=name)
    data = text.encode()
    shm.buf[:len(data)] = data
    shm.close()


def round_trip(ctx, text, unlink):
    shm = shared_memory.SharedMemory(create=True, size=32)
    shm.buf[:32] = bytes(32)
    p = ctx.Process(target=fill, args=(shm.name, text), name="filler")
    p.start()
    p.join()
    got = bytes(shm.buf[:len(text)]).decode()
    shm.close()
    if unlink:
        shm.unlink()
    return got, p.exitcode


def main(ctx):
    print("with unlink:", round_trip(ctx, "hello shm", True), flush=True)
    print("without unlink:", round_trip(ctx, "leaky block", False), flush=True)


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
