"""A threading.Timer subclass that overrides run() (a repeating timer) recorded no fire and its start row said it calls
its function after the interval: now its thread.timer and cancel() name the run() that replaced Timer.run (gaps 11B)."""
import unittest
from mpt_helper import TraceCase

REPEAT = '''
import threading, time
class RepeatTimer(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
def tick():
    print("tick", flush=True)
t = threading.Timer(0.01, tick)
t.start(); t.join()
r = RepeatTimer(0.05, tick)
r.start()
time.sleep(0.13)
r.cancel()
r.join()
'''


class TimerOwnRun(TraceCase):
    def test_a_timer_subclass_names_its_own_run(self):
        r = self.traced(REPEAT)
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stdout.count('tick'), 3, r.dump())
        self.assertEqual([e.get('run') for e in r.of('thread.timer')], [None, 'RepeatTimer.run'], r.dump())
        self.assertEqual([e['name'] for e in r.of('thread.timer.fire')], ['Thread-1'], r.dump())
        self.assertEqual([(e['found'], e.get('run')) for e in r.of('thread.timer.cancel')], [('own_run', 'RepeatTimer.run')],
                         r.dump())


if __name__ == '__main__':
    unittest.main()
