"""Tracer21P: an Event the standard library makes (every Pool task's ApplyResult) is made by CPython's own Event.__init__
code path past the tracer's Condition stub and Lock factory: those would each build a frame object for Event.__init__
only to find it is not the program's.  The Event must still be a plain threading.Event (a Condition over a plain lock),
no event.create is written for it, and the program's own Event made after it is still traced."""
import sys
import unittest
from mpt_helper import TraceCase

PROGRAM = '''
import multiprocessing as mp, sys, threading
calls = []
def prof(frame, event, arg):
    if event == 'call':
        c = frame.f_code
        calls.append((c.co_filename.rsplit('/', 1)[-1], getattr(c, 'co_qualname', c.co_name)))
def sq(x):
    return x * x
if __name__ == "__main__":
    with mp.get_context(sys.argv[1]).Pool(1) as pool:
        print(pool.apply_async(sq, (2,)).get())      # the stubs have met ApplyResult's __init__ once
        sys.setprofile(prof)
        r = pool.apply_async(sq, (3,))
        sys.setprofile(None)
        ev = r._event
        print(type(ev) is threading.Event, type(ev._cond) is threading.Condition,
              type(ev._cond._lock) is type(threading._allocate_lock()), ev._flag in (False, True))
        print(r.get(), ev.is_set())
        print(sorted({name for f, name in calls if name.endswith(('factory', 'Event.__init__'))}))
        mine = threading.Event()
        mine.set()
'''


@unittest.skipIf(sys.version_info < (3, 11), 'co_qualname tells Event.__init__ from Condition.__init__')
class LibraryEvent(TraceCase):
    def test_fork(self):
        r = self.traced(PROGRAM, 'fork', args=('fork',))
        self.assertEqual((r.rc, r.stdout), (0, "4\nTrue True True True\n9 True\n[]\n"), r.dump())
        self.assertEqual([e['var'] for e in r.of('event.create')], ['mine'], r.dump())
        self.assertEqual(len(r.of('event.set')), 1, r.dump())
        for job in (0, 1):
            for kind in ('pool.submit', 'pool.result', 'pool.get'):
                r.one(kind, job=job)


if __name__ == '__main__':
    unittest.main()
