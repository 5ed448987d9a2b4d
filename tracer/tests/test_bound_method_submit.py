import unittest
from mpt_helper import TraceCase

# submit()/map() of methods bound to instances: the program's plain class (its instance is pickled with the method),
# one with its own __reduce__ (pickled as it says: not claimed), a classmethod (the class goes by reference), a
# standard library object's method, and a ThreadPoolExecutor (no pickling at all).
BOUND = '''
import concurrent.futures as cf, multiprocessing as mp, sys
class Counter:
    def __init__(self):
        self.seen = 0
    def add(self, x):
        self.seen += 1
        return x + self.seen
    @classmethod
    def make(cls, x):
        return x
class Shared(Counter):
    def __reduce__(self):
        return (Shared, ())
if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1])
    c, s = Counter(), Shared()
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
        out = [ex.submit(c.add, 1).result(), ex.submit(s.add, 2).result(), ex.submit(Counter.make, 3).result(),
               ex.submit("a-b".split, "-").result(), list(ex.map(c.add, [4, 5], chunksize=2))]
    with cf.ThreadPoolExecutor(max_workers=1) as tex:
        out.append(tex.submit(c.add, 6).result())
    print(out, c.seen)
'''


class BoundMethodSubmit(TraceCase):
    def test_a_method_bound_to_the_programs_instance_is_marked(self):
        """Gaps 12B: submit(self.method, x) pickles the instance with the method, so each work item changes its own
        copy (r11_executor_bound_method); nothing in the record said the callable was bound to one."""
        r = self.traced(BOUND, 'fork', args=['fork'])
        self.assertEqual((r.rc, r.stdout), (0, "[2, 3, 3, ['a', 'b'], [5, 7], 7] 1\n"), r.dump())
        submits = sorted((e['object'], e['work'], e.get('bound')) for e in r.of('future.submit'))
        process = [s for s in submits if s[0] == submits[0][0]]
        self.assertEqual([b for _, _, b in process], ['Counter', None, None, None, 'Counter'], r.dump())
        self.assertEqual([b for o, _, b in submits if o != submits[0][0]], [None], r.dump())


if __name__ == '__main__':
    unittest.main()
