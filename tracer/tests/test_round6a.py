"""Round 6, part A of the truth review (docs/truth-review.md): programs nobody here wrote."""
import unittest
from mpt_helper import TraceCase

POOL_NEVER_CLOSED = '''
import multiprocessing as mp
def square(x):
    return x * x
def main():
    pool = mp.Pool(2)
    print(pool.map(square, range(3)))
    other = mp.Pool(1)
    print(other.apply_async(square, (7,)).get())
    other.close()
if __name__ == "__main__":
    main()
    kept = mp.Pool(1)
    print(kept.apply(square, (2,)))
    with mp.Pool(1) as w:
        print(w.apply(square, (3,)))
    joined = mp.Pool(1)
    joined.close()
    joined.join()
    print("main done")
'''

UNREADABLE_EXCEPTION = '''
import concurrent.futures as cf
class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(f"bad {field}: {value!r}")
def validate(age):
    if age < 0:
        raise ValidationError("age", age)
    return age
if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=1) as ex:
        futs = [ex.submit(validate, a) for a in (3, -1)]
        for f in futs:
            try:
                print("ok", f.result())
            except Exception as e:
                print(type(e).__name__)
'''


class Round6A(TraceCase):
    def test_a_result_the_manager_thread_could_not_unpickle_is_the_broken_cause(self):
        """r6a_futures_exception_unpicklable: "marked itself broken" with no cause; no worker died: the parent could not
        unpickle the ValidationError a work item raised (its __init__ needs two arguments)."""
        r = self.traced(UNREADABLE_EXCEPTION, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, "ok 3\nBrokenProcessPool\n"), r.dump())
        broken = r.one('executor.broken')
        self.assertTrue(broken['unreadable_result'].startswith('TypeError: ValidationError.__init__() missing 1 required'), r.dump())
        self.assertIn('result_reader.recv()', broken['error'])

    def test_a_pool_terminated_by_its_finalizer_says_so(self):
        """r6a_pool_never_closed: the pool's workers were SIGTERMed with no terminate() row, and the note said "MainProcess
        called terminate() on it": the pool had been garbage-collected when main() returned, and its finalizer
        terminated it. A pool still alive at exit is terminated by multiprocessing's exit function; a pool the program
        terminated (or left a with-block of), or joined, has no such event."""
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(POOL_NEVER_CLOSED, method)
                self.assertEqual((r.rc, r.stdout), (0, "[0, 1, 4]\n49\n4\n9\nmain done\n"), r.dump())
                pools = [c['object'] for c in r.of('pool.create')]
                self.assertEqual(len(pools), 5)
                terms = r.of('pool.terminate')
                by = {t['object']: t.get('by') for t in terms}
                self.assertEqual(by.get(pools[0]), 'collected', r.dump())
                self.assertEqual(by.get(pools[2]), 'exit', r.dump())
                self.assertIn(pools[3], by)
                self.assertIsNone(by[pools[3]], r.dump())          # the with-block's terminate(): the program's
                self.assertNotIn(pools[4], by, r.dump())           # joined: its finalizer has nothing to stop
                self.assertEqual(len([t for t in terms if t['object'] == pools[0]]), 1)
                before_print = next(p for p in r.of('print') if p['text'] == 'main done')
                self.assertLess(r.one('pool.terminate', object=pools[0])['t'], before_print['t'])


if __name__ == '__main__':
    unittest.main()
