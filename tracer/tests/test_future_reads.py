"""A work item's exception that no result()/exception() read was not reported: a result() of a Future already done
was not recorded. Now `future.read` records the first result()/exception() of a done Future whose work item raised,
and executor.create says such reads are recorded (`reads`) (gaps 11B)."""
import unittest
from mpt_helper import TraceCase

READS = '''
import concurrent.futures as cf, sys, time
def boom(x):
    if x:
        raise ValueError(x)
    return x
if __name__ == "__main__":
    for make in (lambda: cf.ThreadPoolExecutor(2), lambda: cf.ProcessPoolExecutor(2)):
        with make() as ex:
            dropped = ex.submit(boom, 1)                # raises; nobody reads it
            done = ex.submit(boom, 2)
            cf.wait([dropped, done])
            try:
                done.result()                           # done already: a read
            except ValueError:
                pass
            done.exception()                            # a second read: recorded once
            ok = ex.submit(boom, 0)
            cf.wait([ok])
            ok.result()                                 # no exception: nothing to record
    print("ok")
'''


class FutureReads(TraceCase):
    def test_a_done_futures_exception_read_is_recorded_once(self):
        r = self.traced(READS)
        self.assertEqual((r.rc, r.stdout), (0, "ok\n"), r.dump())
        self.assertEqual([e.get('reads') for e in r.of('executor.create')], [True, True], r.dump())
        reads = [(e['work'], e['call']) for e in r.of('future.read')]
        self.assertEqual(reads, [(1, 'result()'), (1, 'result()')], r.dump())


if __name__ == '__main__':
    unittest.main()
