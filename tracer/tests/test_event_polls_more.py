"""Event.is_set() polls, what gaps 13A left (gaps 14B): an Event subclass whose is_set() overrides Event's is counted
as the program's loop sees it, once; a daemon thread still polling at the interpreter's end is written on its own
lane; two threads polling one Event are counted apart; a spinning loop keeps its counts."""
import unittest
from mpt_helper import TraceCase, run

OVERRIDE = '''
import multiprocessing as mp, multiprocessing.synchronize as mps, threading, time, sys
class Latch(threading.Event):
    def __init__(self):
        super().__init__()
        self.calls = 0
    def is_set(self):               # calls Event's own: counted once, here
        self.calls += 1
        return super().is_set()
class Stubborn(Latch):
    def is_set(self):               # an override over an override: the outer one counts
        return Latch.is_set(self) or self.calls > 3
class Direct(threading.Event):
    def is_set(self):               # never calls Event's
        return self._flag
class MpLatch(mps.Event):
    def is_set(self):
        return super().is_set()
def spin(ev, n, pause=0):
    for _ in range(n):
        ev.is_set()
        if pause:
            time.sleep(pause)
if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    ctx = mp.get_context()
    for ev, n in ((Latch(), 5), (Stubborn(), 6), (Direct(), 7), (MpLatch(ctx=ctx), 4)):
        spin(ev, n)
        ev.set()
        spin(ev, 2)
    child = MpLatch(ctx=ctx)        # polled in a child only: a spawned child makes the class again
    p = mp.Process(target=spin, args=(child, 3)); p.start(); p.join()
    shared = threading.Event()
    ts = [threading.Thread(target=spin, args=(shared, 20, 0.002), name="Spin-%d" % i) for i in range(2)]
    for t in ts: t.start()
    for t in ts: t.join()
    stop = threading.Event()
    def keep_polling():
        while not stop.is_set():
            time.sleep(0.01)
    threading.Thread(target=keep_polling, name="Daemon-poller", daemon=True).start()
    time.sleep(0.2)
    print("done")
'''


class EventPollsMore(TraceCase):
    def test_overrides_daemons_and_two_pollers_are_counted_as_the_program_polled(self):
        for method in ('fork', 'spawn'):
            r = self.traced(OVERRIDE, method, args=(method,))
            self.assertEqual((r.rc, r.stdout), (0, 'done\n'), r.dump())
            keys = [e['object'] for e in r.of('event.create')]
            polled = r.of('event.polled')
            main = {}
            for e in polled:
                if r.thread_name(e['pid'], e['tid']) == 'MainThread':
                    main.setdefault(e['object'], []).append((e['result'], e['polls'], e['then']))
            # each Event: n polls False until the one after set() returned True (the change), then 1 more True
            # Stubborn: its own is_set() is True from Latch's 4th call on, whatever the flag says
            self.assertEqual([main.get(k) for k in keys[:4]], [
                [(False, 5, True), (True, 1, None)], [(False, 3, True), (True, 4, None)],
                [(False, 7, True), (True, 1, None)], [(False, 4, True), (True, 1, None)]], r.dump())
            self.assertEqual([(e['result'], e['polls'], e['then']) for e in polled if e['object'] == keys[4]],
                             [(False, 3, None)], r.dump())
            keys = keys[:4] + keys[5:]
            spins = sorted((r.thread_name(e['pid'], e['tid']), e['polls']) for e in polled if e['object'] == keys[4])
            self.assertEqual(spins, [('Spin-0', 20), ('Spin-1', 20)], r.dump())
            # its lane: the `thread` line just before it with its tid (a thread's ident may be an ended Spin's)
            daemon = [e for e in polled if e['object'] == keys[5]]
            self.assertEqual([(e['result'], e['then']) for e in daemon], [(False, None)], r.dump())
            named = [e['name'] for e in r.of('thread') if e['tid'] == daemon[0]['tid'] and e['n'] < daemon[0]['n']]
            self.assertEqual(named[-1:], ['Daemon-poller'], r.dump())
            self.assertNotIn('mptutor_trace', r.stderr)


if __name__ == '__main__':
    unittest.main()
