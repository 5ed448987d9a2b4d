"""A Condition's notify()/notify_all() with nobody waiting is lost: the tracer records how many wait()s each notify
found (`waiting`), for multiprocessing's Condition and threading's (gaps 11B)."""
import unittest
from mpt_helper import TraceCase

MP_CONDITION = '''
import multiprocessing as mp, sys, time
def waiter(cond):
    with cond:
        cond.wait(5)
if __name__ == "__main__":
    mp.set_start_method(sys.argv[1] if len(sys.argv) > 1 else "fork")
    cond = mp.Condition()
    with cond:
        cond.notify()               # nobody waits yet: lost
    p = mp.Process(target=waiter, args=(cond,))
    p.start()
    while True:                     # until the child waits (it holds the lock only to start its wait)
        time.sleep(0.05)
        with cond:
            if cond._sleeping_count.get_value() - cond._woken_count.get_value() > 0:
                cond.notify_all()   # one waits
                break
    p.join()
'''

THREADING_CONDITION = '''
import threading, time
cond = threading.Condition()
with cond:
    cond.notify_all()               # nobody waits: lost
def waiter():
    with cond:
        cond.wait(5)
t = threading.Thread(target=waiter)
t.start()
while True:
    time.sleep(0.02)
    with cond:
        if cond._waiters:
            cond.notify()
            break
t.join()
'''


class LostNotify(TraceCase):
    def test_a_multiprocessing_notify_says_how_many_waited(self):
        for method in ('fork', 'spawn'):
            r = self.traced(MP_CONDITION, args=(method,))
            self.assertEqual(r.rc, 0, r.dump())
            self.assertEqual([(e['all'], e['waiting']) for e in r.of('condition.notify')], [(False, 0), (True, 1)], r.dump())

    def test_a_threading_notify_says_how_many_waited(self):
        r = self.traced(THREADING_CONDITION)
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual([(e['all'], e['waiting']) for e in r.of('condition.notify')], [(True, 0), (False, 1)], r.dump())


if __name__ == '__main__':
    unittest.main()
