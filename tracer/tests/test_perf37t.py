"""Perf 37T: main_interrupt.py (the _thread.interrupt_main() wrapper of gaps 36B) is loaded by the program's first
interrupt_main() call, not at every interpreter's start; a call through a reference taken before that first call
(`from _thread import interrupt_main`, a Timer's target) is recorded all the same."""
import unittest
from mpt_helper import TraceCase, run

LATE = '''
import sys, threading, time, multiprocessing as mp
from _thread import interrupt_main as held      # the stand-in, taken before any call
import _thread
AREA = "mptutor_trace.main_interrupt"
def idle(q):
    q.put(AREA in sys.modules)
def calls(q):
    threading.Timer(0.05, held).start()
    try:
        time.sleep(5)
    except KeyboardInterrupt:
        q.put(("interrupted", AREA in sys.modules))
if __name__ == "__main__":
    print("parent before", AREA in sys.modules)
    for method in ("spawn", "fork"):
        ctx = mp.get_context(method)
        q = ctx.Queue()
        for target in (idle, calls):
            p = ctx.Process(target=target, args=(q,))
            p.start()
            print(method, target.__name__, q.get())
            p.join()
    print("parent still", AREA in sys.modules)
    try:
        _thread.interrupt_main()
        time.sleep(1)
    except KeyboardInterrupt:
        print("parent interrupted", AREA in sys.modules)
    try:
        held()
        time.sleep(1)
    except KeyboardInterrupt:
        print("parent interrupted again")
'''


class InterruptMainLazy(TraceCase):
    def test_main_interrupt_loads_at_the_first_call_and_every_call_is_recorded(self):
        r = self.traced(LATE, None)
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stdout, 'parent before False\nspawn idle False\nspawn calls (\'interrupted\', True)\n'
                                   'fork idle False\nfork calls (\'interrupted\', True)\nparent still False\n'
                                   'parent interrupted True\nparent interrupted again\n', r.dump())
        plain = run(LATE, trace=False)
        self.assertEqual(plain.stdout.replace('True', 'False'), r.stdout.replace('True', 'False'), plain.stderr)
        calls = r.of('process.interrupt_main')
        self.assertEqual([(e['signum'], e['signame'], e['handler']) for e in calls],
                         [(2, 'SIGINT', 'keyboard_interrupt')] * 4, r.dump())
        self.assertEqual(len({e['pid'] for e in calls}), 3, r.dump())      # the two children's and the parent's two


if __name__ == '__main__':
    unittest.main()
