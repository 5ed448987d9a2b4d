"""Tracer18b's cheaper Pool task path keeps every event (a guard, not a bug's test: it passes on the tracer before too).

A worker's task and result queues take their locks' C semaphores directly (workers replaced by maxtasksperchild get
theirs too), and the threading stubs remember a library caller (an ApplyResult making its Event): the program's own
Event, Condition and Event subclass made after a pool's results must still be traced, every task still has its
submit, start, end, result and get."""
import unittest
from mpt_helper import TraceCase

PROGRAM = '''
import multiprocessing as mp, sys, threading
class Flag(threading.Event):
    pass
def sq(x):
    return x * x
if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1])
    with ctx.Pool(2, maxtasksperchild=2) as pool:
        rs = [pool.apply_async(sq, (i,)) for i in range(6)]
        print([r.get() for r in rs], pool.map(sq, range(6), chunksize=1))
        ev = threading.Event()
        cond = threading.Condition()
        flag = Flag()
        ev.set(); ev.wait()
        with cond:
            cond.notify_all()
        flag.set()
        print([r.get() for r in [pool.apply_async(sq, (i,)) for i in range(6, 9)]])
'''


class PoolTaskPath(TraceCase):
    def check(self, method):
        r = self.traced(PROGRAM, method, args=(method,))
        self.assertEqual((r.rc, r.stdout), (0, "[0, 1, 4, 9, 16, 25] [0, 1, 4, 9, 16, 25]\n[36, 49, 64]\n"), r.dump())
        for job in list(range(6)) + [7, 8, 9]:
            for kind in ('pool.submit', 'pool.task.start', 'pool.task.end', 'pool.result', 'pool.get'):
                r.one(kind, job=job)
        self.assertEqual(sorted(e['index'] for e in r.of('pool.task.start', job=6)), list(range(6)), r.dump())
        self.assertEqual(sorted(e['index'] for e in r.of('pool.result', job=6)), list(range(6)), r.dump())
        made = {e['var'] for e in r.of('event.create')}
        self.assertEqual(made, {'ev', 'flag'}, r.dump())
        self.assertEqual([e['var'] for e in r.of('condition.create')], ['cond'], r.dump())
        self.assertEqual(len(r.of('event.set')), 2, r.dump())
        self.assertEqual(len(r.of('condition.notify')), 1, r.dump())

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


if __name__ == '__main__':
    unittest.main()
