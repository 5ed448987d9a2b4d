"""Event.is_set() polls (gaps 13A, gaps 11B Left 2): a loop `while not ev.is_set(): sleep()` showed no waiting at all.
Only a change of the result is written, per thread and Event, with the polls since; the rest at the thread's end."""
import unittest
from mpt_helper import TraceCase

POLLS = '''
import multiprocessing as mp, threading, time, sys
def setter(ev):
    time.sleep(0.3)
    ev.set()
def poll_until_set(ev, out):
    n = 0
    while not ev.is_set():
        n += 1
        time.sleep(0.02)
    out.append(n)
def poll_twice(ev):
    ev.is_set(); ev.is_set()
if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    for ev in (mp.Event(), threading.Event()):
        out = []
        s = threading.Thread(target=setter, args=(ev,), name="Setter"); s.start()
        poll_until_set(ev, out)
        s.join()
        print("polled", out[0] + 1)
    ev = threading.Event()
    t = threading.Thread(target=poll_twice, args=(ev,), name="Twice"); t.start(); t.join()
    mpev = mp.Event()
    p = mp.Process(target=poll_twice, args=(mpev,)); p.start(); p.join()
'''


class EventPolls(TraceCase):
    def test_a_poll_loop_is_one_line_at_the_change_and_the_rest_at_the_threads_end(self):
        for method in ('fork', 'spawn'):
            r = self.traced(POLLS, method, args=(method,))
            self.assertEqual(r.rc, 0, r.dump())
            counts = [int(line.split()[1]) for line in r.stdout.splitlines()]
            polled = r.of('event.polled')
            main = [e for e in polled if r.thread_name(e['pid'], e['tid']) == 'MainThread' and e['then'] is True]
            self.assertEqual([(e['result'], e['polls']) for e in main], [(False, counts[0] - 1), (False, counts[1] - 1)], r.dump())
            self.assertTrue(all(e['since_ns'] > 200_000_000 for e in main), r.dump())
            # the polls left at a thread's end (a thread, a child's main thread, the main process's last True poll)
            ends = [(e['result'], e['polls']) for e in polled if e['then'] is None]
            self.assertIn((False, 2), ends, r.dump())
            self.assertEqual(ends.count((False, 2)), 2, r.dump())
            self.assertNotIn('mptutor_trace', r.stderr)


if __name__ == '__main__':
    unittest.main()
