"""A config tree nested 3000 deep is summed recursively: the parent raises sys.setrecursionlimit() for it and a worker
process does the same sum (gaps 31A: under spawn and forkserver the worker starts with the default limit, 1000, and
raises RecursionError; under fork it keeps the parent's limit)."""
import multiprocessing as mp
import sys


def build(depth):
    node = {"value": 1, "child": None}
    for _ in range(depth - 1):
        node = {"value": 1, "child": node}
    return node


def total(node):
    return 0 if node is None else node["value"] + total(node["child"])


def worker(depth, q):
    q.put(total(build(depth)))


if __name__ == "__main__":
    sys.setrecursionlimit(5000)
    depth = 3000
    print("parent total", total(build(depth)))
    q = mp.Queue()
    p = mp.Process(target=worker, args=(depth, q))
    p.start()
    p.join()
    print("worker exitcode", p.exitcode, "total", q.get() if p.exitcode == 0 else None)
