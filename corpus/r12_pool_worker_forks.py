"""A Pool task that calls os.fork() itself (a library that forks, or a user 'speeding up' a task):
the grandchild computes half of the work and reports it through an os.pipe(), then os._exit(0)s;
the worker waits for it with os.waitpid(). Works under every start method (the worker is a normal
process), but the forked grandchild is no multiprocessing child of anyone."""
import multiprocessing as mp
import os
import sys


def split_sum(n):
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        os.write(w, str(sum(range(n // 2))).encode())
        os._exit(0)
    os.close(w)
    second = sum(range(n // 2, n))
    data = b""
    while True:
        chunk = os.read(r, 64)
        if not chunk:
            break
        data += chunk
    os.close(r)
    _, status = os.waitpid(pid, 0)
    return int(data) + second, os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        mp.set_start_method(sys.argv[1])
    with mp.Pool(2) as pool:
        results = pool.map(split_sum, [10, 100, 1000])
    print("results:", results, "expected:", [sum(range(n)) for n in (10, 100, 1000)])
