"""A config tree walked recursively in a child. The author raised the recursion limit in the main
block -- in the parent only. A fork child inherits the interpreter with that limit; a spawn or
forkserver child starts a fresh interpreter with the default 1000, so its walk raises
RecursionError and it exits with code 1. The parent prints each child's exitcode."""
import multiprocessing as mp
import sys


def depth(node):
    return 0 if node is None else 1 + depth(node["child"])


def build(n):
    node = None
    for _ in range(n):
        node = {"child": node}
    return node


def walk(n, out):
    out.put((n, sys.getrecursionlimit(), depth(build(n))))


if __name__ == "__main__":
    sys.setrecursionlimit(5000)
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)
    out = ctx.Queue()
    for n in (500, 3000):
        p = ctx.Process(target=walk, args=(n, out), name=f"walk-{n}")
        p.start()
        p.join()
        print(f"walk-{n} exitcode:", p.exitcode)
        if p.exitcode == 0:
            size, limit, d = out.get(timeout=5)
            print(f"  depth {d} with recursion limit {limit}")
    print("parent recursion limit:", sys.getrecursionlimit())
