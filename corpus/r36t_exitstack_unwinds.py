"""contextlib.ExitStack holding a Manager, a Pool and a temporary folder. The job writes
partial results to the folder and to a managed dict; a bad task makes Pool.map raise,
and the ExitStack unwinds in reverse: the Pool is terminated, the Manager shut down, the
folder removed. The script catches the error outside and checks what is left. A second run keeps its
ExitStack as a plain object (as a setUp/tearDown pair would) and closes it by hand."""
import contextlib
import multiprocessing as mp
import os
import sys
import tempfile


def record(args):
    folder, shared, key = args
    if key == "k3":
        raise ValueError(f"bad key {key}")
    with open(os.path.join(folder, key), "w") as f:
        f.write(key)
    shared[key] = len(key)
    return key


def count_key(args):
    shared, key = args
    shared[key] = 1
    return key


if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    folder = None
    try:
        with contextlib.ExitStack() as stack:
            folder = stack.enter_context(tempfile.TemporaryDirectory(prefix="stack-"))
            manager = stack.enter_context(ctx.Manager())
            shared = manager.dict()
            pool = stack.enter_context(ctx.Pool(2))
            pool.map(record, [(folder, shared, f"k{i}") for i in range(6)])
            print("not reached")
    except ValueError as exc:
        print("caught:", exc)
    print("folder still there:", os.path.exists(folder))
    stack = contextlib.ExitStack()
    manager = stack.enter_context(ctx.Manager())
    shared = manager.dict()
    with ctx.Pool(2) as pool:
        pool.map(count_key, [(shared, f"k{i}") for i in range(4)])
    print("second run keys:", sorted(shared.keys()))
    stack.close()
