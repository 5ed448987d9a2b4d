import unittest
from mpt_helper import TraceCase

# wait(return_when=FIRST_EXCEPTION) on a ProcessPoolExecutor and wait(return_when=FIRST_COMPLETED) on a
# ThreadPoolExecutor, then a plain wait() (ALL_COMPLETED): round 14F's r14f_first_exception_cancel said only "waits in
# wait() for work items 0, …, 9", as if wait() waited for all of them, then "wait() returned after 333 ms · 9 still not done".
PROGRAM = '''
import concurrent.futures as cf, sys, time
def job(n):
    time.sleep({1: 0.3, 3: 1.0}.get(n, 0.6))
    if n == 1:
        raise ValueError(n)
    return n
if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        done, rest = cf.wait([ex.submit(job, n) for n in range(3)], return_when=cf.FIRST_EXCEPTION)
        print("first exception", len(done), flush=True)
    with cf.ThreadPoolExecutor(max_workers=2) as ex:
        done, rest = cf.wait([ex.submit(job, n) for n in (0, 3)], return_when=cf.FIRST_COMPLETED)
        print("first completed", len(done), flush=True)
        cf.wait(rest)
        print("all", flush=True)
'''


class WaitReturnWhen(TraceCase):
    def test_wait_records_its_return_when(self):
        for method in ('fork', 'spawn'):
            with self.subTest(method=method):
                r = self.traced(PROGRAM, method)
                self.assertEqual(r.rc, 0, r.dump())
                self.assertIn("first exception", r.stdout, r.dump())
                waits = [(e['pending'], e.get('return_when')) for e in r.of('executor.wait', call='wait()')]
                # the process pool's three items, the thread pool's two, then the plain wait() (ALL_COMPLETED) on the
                # one left, which has no such field
                self.assertEqual(waits, [(3, 'FIRST_EXCEPTION'), (2, 'FIRST_COMPLETED'), (1, None)], r.dump())
                # shutdown()'s and as_completed()'s waits never carry it
                self.assertFalse([e for e in r.of('executor.wait') if e['call'] != 'wait()' and 'return_when' in e], r.dump())


if __name__ == '__main__':
    unittest.main()
