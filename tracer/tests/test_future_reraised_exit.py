import unittest
from mpt_helper import TraceCase

# Round 13F: a work item's SystemExit comes back in its Future (concurrent.futures catches BaseException where the work
# item runs); result() raises it again in the main process.  Uncaught, it ends the program: that is neither the
# program's own sys.exit() nor a raise statement of its code.  `how` chooses: the process pool's Future still held
# (the mark is not freed: the traceback says it), the thread pool's Future let go (the mark), the Future read inside a
# with-block (its exit re-raises), and a SystemExit the program caught and then raised itself (not result()'s).
REraise = '''
import concurrent.futures as cf, multiprocessing as mp, sys
def job(i):
    sys.exit(i)
if __name__ == "__main__":
    how = sys.argv[2]
    if how == "held":
        ex = cf.ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context(sys.argv[1]))
        f = ex.submit(job, 3)
        f.result()
    elif how == "thread":
        with cf.ThreadPoolExecutor(max_workers=1) as tex:
            tex.submit(job, 4).result()
    elif how == "caught":
        ex = cf.ProcessPoolExecutor(max_workers=1, mp_context=mp.get_context(sys.argv[1]))
        f = ex.submit(job, 5)
        try:
            f.result()
        except SystemExit:
            print("caught")
        raise SystemExit(6)
'''


class FutureReraisedExit(TraceCase):
    def end(self, method, how):
        r = self.traced(REraise, method, args=[method, how])
        return r, r.of('process.main.end')

    def test_result_of_a_held_future_is_named(self):
        for method in ('fork', 'spawn'):
            r, ends = self.end(method, 'held')
            self.assertEqual(r.rc, 3, r.dump())
            self.assertEqual([(e['via'], e['exitcode'], e['exit_arg'], e['work']) for e in ends], [('result()', 3, '3', 0)], r.dump())
            self.assertEqual(ends[0]['object'], r.one('future.submit')['object'], r.dump())

    def test_a_thread_pools_future_let_go_is_named(self):
        r, ends = self.end('fork', 'thread')
        self.assertEqual(r.rc, 4, r.dump())
        self.assertEqual([(e['via'], e['exitcode'], e['exit_arg']) for e in ends], [('result()', 4, '4')], r.dump())

    def test_a_caught_one_then_the_programs_own_raise_is_not(self):
        r, ends = self.end('fork', 'caught')
        self.assertEqual((r.rc, r.stdout), (6, 'caught\n'), r.dump())
        self.assertEqual([e['via'] for e in ends], ['SystemExit'], r.dump())


if __name__ == '__main__':
    unittest.main()
