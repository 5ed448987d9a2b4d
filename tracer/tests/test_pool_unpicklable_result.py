"""A Pool task whose result cannot be pickled (the worker sends MaybeEncodingError instead) is the program's error,
not the tracer's: the worker keeps tracing its next tasks (tracer16: the failed send ran inside the try that disables
the tracer on its own errors, so every later task of that worker went unrecorded)."""
import unittest
from mpt_helper import TraceCase

UNPICKLABLE_THEN_GOOD = '''
import multiprocessing as mp, threading
def bad(x):
    return threading.Lock()
def good(x):
    return x * 10
if __name__ == "__main__":
    with mp.get_context("fork").Pool(1) as pool:
        try:
            pool.apply(bad, (1,))
        except Exception as e:
            print(type(e).__name__)
        print(pool.apply(good, (2,)))
'''


class PoolUnpicklableResult(TraceCase):
    def test_the_worker_keeps_tracing_after_a_result_it_could_not_send(self):
        r = self.traced(UNPICKLABLE_THEN_GOOD, 'fork')
        self.assertEqual((r.rc, r.stdout), (0, 'MaybeEncodingError\n20\n'), r.dump())
        self.assertEqual([(e['job'], e['func']) for e in r.of('pool.task.start')], [(0, 'bad'), (1, 'good')], r.dump())
        self.assertEqual([(e['job'], e['ok']) for e in r.of('pool.task.end')], [(0, True), (1, True)], r.dump())
        self.assertEqual([(e['job'], e['ok'], e.get('error')) for e in r.of('pool.result')],
                         [(0, False, 'MaybeEncodingError'), (1, True, None)], r.dump())


if __name__ == '__main__':
    unittest.main()
