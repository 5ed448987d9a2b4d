import unittest
from mpt_helper import TraceCase

# Round 13F: an exception leaving `with ProcessPoolExecutor() as ex:` waits in __exit__'s shutdown(wait=True) for every
# work item before it goes on; the record named no cause for that shutdown() (r13f_with_block_raises).
WITH = '''
import concurrent.futures as cf, multiprocessing as mp, sys, time
def slow(i):
    time.sleep(0.2)
    return i
if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1])
    try:
        with cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
            ex.submit(slow, 1)
            raise KeyError("x")
    except KeyError:
        print("caught after the with-block")
    with cf.ThreadPoolExecutor(max_workers=1) as tex:
        tex.submit(slow, 2)
    ex2 = cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx)
    ex2.submit(slow, 3)
    ex2.shutdown()
'''


class WithExitShutdown(TraceCase):
    def test_the_exception_leaving_the_with_block_is_named(self):
        for method in ('fork', 'spawn'):
            r = self.traced(WITH, method, args=[method])
            self.assertEqual((r.rc, r.stdout), (0, 'caught after the with-block\n'), r.dump())
            waits = [e.get('with_error') for e in r.of('executor.wait', call='shutdown()')]
            self.assertEqual(waits, ['KeyError', None, None], r.dump())


if __name__ == '__main__':
    unittest.main()
