"""Results through a Manager queue (a multiprocessing.Queue cannot be passed to Pool workers, a Manager's can).

The parent reads one item per task, but task 2 also reports a warning into the same queue: four items go in, three
come out, and the fourth stays in the manager's server process until the manager shuts down and it is lost.
Start method: argv[1], else the default.
"""
import multiprocessing as mp
import sys


def square(q, n):
    if n == 2:
        q.put(('warning', n, 'two is even'))
    q.put(('result', n, n * n))


if __name__ == '__main__':
    ctx = mp.get_context(sys.argv[1] if len(sys.argv) > 1 else None)   # None: the default, which mp-tutor's --start-method sets
    tasks = [1, 2, 3]
    with ctx.Manager() as manager:
        q = manager.Queue()
        with ctx.Pool(2) as pool:
            pool.starmap(square, [(q, n) for n in tasks])
        got = [q.get() for _ in tasks]          # one per task: the fourth item is never read
        print('read', len(got), 'items; kinds:', sorted(kind for kind, *_ in got))
