import unittest
from mpt_helper import TraceCase

# Pool tasks of methods bound to instances: the program's plain class (its instance is pickled with each task, under
# fork too), one with its own __reduce__ (pickled as it says: not claimed), a classmethod, a str method, and a
# ThreadPool (threads: nothing pickled).
BOUND = '''
import multiprocessing as mp, sys
from multiprocessing.pool import ThreadPool
class Counter:
    def __init__(self):
        self.seen = 0
    def add(self, x):
        self.seen += 1
        return x + self.seen
    def pair(self, a, b):
        self.seen += 1
        return a + b
    @classmethod
    def make(cls, x):
        return x
class Shared(Counter):
    def __reduce__(self):
        return (Shared, ())
if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1])
    c, s = Counter(), Shared()
    with ctx.Pool(1) as pool:
        out = [pool.apply_async(c.add, (1,)).get(), pool.apply(s.add, (2,)), pool.apply_async(Counter.make, (3,)).get(),
               pool.apply_async("a-b".split, ("-",)).get(), pool.map(c.add, [4, 5]), list(pool.imap(c.add, [6])),
               pool.starmap(c.pair, [(1, 2)])]
    with ThreadPool(1) as tp:
        out.append(tp.apply_async(c.add, (7,)).get())
        out.append(tp.map(c.add, [8]))
    print(out, c.seen)
'''


class PoolBoundMethod(TraceCase):
    def check(self, method):
        r = self.traced(BOUND, method, args=[method])
        self.assertEqual((r.rc, r.stdout), (0, "[2, 3, 3, ['a', 'b'], [5, 6], [7], [3], 8, [10]] 2\n"), r.dump())
        submits = sorted((e['object'], e['job'], e.get('bound')) for e in r.of('pool.submit'))
        first = submits[0][0]
        self.assertEqual([b for o, _, b in submits if o == first],
                         ['Counter', None, None, None, 'Counter', 'Counter', 'Counter'], r.dump())
        self.assertEqual([b for o, _, b in submits if o != first], [None, None], r.dump())

    def test_fork(self):
        """Gaps 13B: pool.apply_async(self.method, ...) pickles the instance with each task, under fork too."""
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')


if __name__ == '__main__':
    unittest.main()
