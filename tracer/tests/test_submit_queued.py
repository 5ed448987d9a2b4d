import unittest
from mpt_helper import TraceCase

# Round 13F: a ProcessPoolExecutor made inside a Pool task (a daemon) fails in submit() when it starts its workers
# (AssertionError: daemonic processes are not allowed to have children), after it had made and queued the work item;
# a submit() after shutdown() fails before making one.
QUEUED = '''
import concurrent.futures as cf, multiprocessing as mp, sys
def leaf(x):
    return x
def inner(method):
    ex = cf.ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context(method))
    try:
        ex.submit(leaf, 1)
    except AssertionError as e:
        return str(e)
if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1])
    with ctx.Pool(1) as pool:
        print(pool.apply(inner, (sys.argv[1],)))
    ex = cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx)
    ex.shutdown()
    try:
        ex.submit(leaf, 2)
    except RuntimeError as e:
        print(e)
'''


class SubmitQueued(TraceCase):
    def test_a_work_item_made_before_submit_failed_is_named(self):
        for method in ('fork', 'spawn'):
            r = self.traced(QUEUED, method, args=[method])
            self.assertEqual((r.rc, r.stdout), (0, 'daemonic processes are not allowed to have children\n'
                                                   'cannot schedule new futures after shutdown\n'), r.dump())
            errors = sorted((e['error_type'], e.get('queued')) for e in r.of('future.submit.error'))
            self.assertEqual(errors, [('AssertionError', 0), ('RuntimeError', None)], r.dump())


if __name__ == '__main__':
    unittest.main()
