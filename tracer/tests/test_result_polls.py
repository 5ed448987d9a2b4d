"""AsyncResult.ready()/successful() polls (gaps 27A): a loop `while not r.ready(): sleep()` and a successful() that
raised ValueError on a result not ready showed nothing.  Only a change of the outcome is written, per thread, result
and call, with the calls since; the rest at the thread's end.  Transparent: the same values and exceptions."""
import unittest
from mpt_helper import TraceCase

POLLS = '''
import multiprocessing as mp, threading, time, sys
def slow(x):
    time.sleep(0.3)
    return x
def fails(x):
    raise KeyError(x)
def twice(r):
    r.ready(); r.ready()
if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    with mp.Pool(1) as pool:
        r = pool.apply_async(slow, (1,))
        try:
            r.successful()
        except ValueError as e:
            print("early", type(e).__name__, "not ready" in str(e))
        n = 0
        while not r.ready():
            n += 1
            time.sleep(0.02)
        print("polls", n + 1, r.successful(), r.get())
        bad = pool.map_async(fails, [1])
        bad.wait()
        print("bad", bad.successful(), bad.ready())
        t = threading.Thread(target=twice, args=(r,), name="Twice"); t.start(); t.join()
'''


class ResultPolls(TraceCase):
    def test_ready_and_successful_polls_are_written_at_a_change_and_at_the_threads_end(self):
        for method in ('fork', 'spawn'):
            r = self.traced(POLLS, method, args=(method,))
            self.assertEqual(r.rc, 0, r.dump())
            lines = r.stdout.splitlines()
            self.assertEqual(lines[0], 'early ValueError True', r.dump())
            self.assertEqual(lines[1].split()[2:], ['True', '1'], r.dump())
            self.assertEqual(lines[2], 'bad False True', r.dump())
            n = int(lines[1].split()[1])
            polled = r.of('pool.polled')
            main = [e for e in polled if r.thread_name(e['pid'], e['tid']) == 'MainThread']
            got = [(e['job'], e['call'], e['result'], e['error'], e['polls'], e['then']) for e in main]
            # ready() False n-1 times then True; successful() raised once, then True; the get()'s inner ready() not counted
            self.assertIn((0, 'ready()', False, None, n - 1, True), got, r.dump())
            self.assertIn((0, 'successful()', None, 'ValueError', 1, True), got, r.dump())
            # the failed map's successful() False and ready() True, left at the main thread's end
            self.assertIn((1, 'successful()', False, None, 1, None), got, r.dump())
            self.assertIn((1, 'ready()', True, None, 1, None), got, r.dump())
            twice = [(e['job'], e['call'], e['result'], e['polls'], e['then']) for e in polled
                     if r.thread_name(e['pid'], e['tid']) == 'Twice']
            self.assertEqual(twice, [(0, 'ready()', True, 2, None)], r.dump())
            self.assertNotIn('mptutor_trace', r.stderr)


if __name__ == '__main__':
    unittest.main()
