"""threading.Timer (r7b_timer_in_child): rows read only "starts thread Thread-2" / "thread Thread-2 ends". Now its
interval and function at start(), its fire, and what cancel() found (gaps 10B)."""
import unittest
from mpt_helper import TraceCase

TIMERS = '''
import threading, time
def ding(msg):
    print("timer:", msg, flush=True)
def boom():
    raise ValueError("boom")
t1 = threading.Timer(0.05, ding, args=("fired",))
t2 = threading.Timer(5, ding, args=("cancelled",))
t1.start(); t2.start()
time.sleep(0.3)
t2.cancel()
t1.cancel()
t2.join()
t3 = threading.Timer(0.01, boom)
t3.start(); t3.join()
'''


class Timers(TraceCase):
    def test_a_timer_says_its_interval_function_fire_and_cancel(self):
        r = self.traced(TIMERS)
        self.assertEqual((r.rc, r.stdout), (0, "timer: fired\n"), r.dump())
        started = [(e['name'], e['interval'], e['func']) for e in r.of('thread.timer')]
        self.assertEqual(started, [('Thread-1', 0.05, 'ding'), ('Thread-2', 5, 'ding'), ('Thread-3', 0.01, 'boom')], r.dump())
        fired = [e['name'] for e in r.of('thread.timer.fire')]
        self.assertEqual(fired, ['Thread-1', 'Thread-3'], r.dump())
        self.assertEqual(r.thread_name(r.of('thread.timer.fire')[0]['pid'], r.of('thread.timer.fire')[0]['tid']), 'Thread-1', r.dump())
        cancels = [(e['name'], e['found']) for e in r.of('thread.timer.cancel')]
        self.assertEqual(cancels, [('Thread-2', 'waiting'), ('Thread-1', 'done')], r.dump())
        # the function's traceback shows no frame of the tracer's
        self.assertIn('ValueError: boom', r.stderr)
        self.assertNotIn('mptutor_trace', r.stderr)


if __name__ == '__main__':
    unittest.main()
