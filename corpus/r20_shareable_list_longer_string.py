"""A ShareableList of strings handed to a child: each string slot keeps the size it was created with (rounded
up to 8 bytes). The child writes a shorter string (fine), an int into a string slot (fine: the slot's format
changes) and a longer string, which raises ValueError in the child; the parent sees what was written."""
import multiprocessing as mp
import sys
from multiprocessing import shared_memory


def edit(name):
    sl = shared_memory.ShareableList(name=name)
    sl[0] = "ok"
    sl[1] = 42
    try:
        sl[2] = "a string far longer than the slot"
    except ValueError as e:
        print("child: ValueError:", e, flush=True)
    sl.shm.close()


def main(ctx):
    sl = shared_memory.ShareableList(["alpha", "beta", "gamma"])
    p = ctx.Process(target=edit, args=(sl.shm.name,), name="editor")
    p.start()
    p.join()
    print("parent sees:", list(sl), "exit code", p.exitcode, flush=True)
    sl.shm.close()
    sl.shm.unlink()


if __name__ == "__main__":
    main(mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None))
