"""Perf 38T: a library's Condition() (one per concurrent.futures.Future) takes its RLock past the tracer's RLock
factory, which records no lock made in threading.py anyway; a Future()'s future.create and future.set lines are joined
from text kept per call site.  The program's own threading.RLock, when it put one there, is still what a Condition
calls, and the lines are as the templates make them."""
import unittest
from mpt_helper import TraceCase, run

OWN_RLOCK = '''
import threading, concurrent.futures as cf
made = []
o = threading.RLock
calls = []
factory = type(o).__call__ if type(o).__name__ == "RLock" and not isinstance(o, type) else None
def counting(*a, **k):
    made.append(1)
    return o(*a, **k)
if __name__ == "__main__":
    f = cf.Future()
    threading.RLock = counting          # the program's own RLock(): a library RLock-less Condition() calls it, traced or not
    g = cf.Future()
    ev = threading.Event()              # its Condition has a Lock: not counted
    c = threading.Condition()
    print("own", len(made))
    threading.RLock = o
    h = cf.Future(); h.set_result(2)
    print("after", len(made), h.result())
'''

FACTORY_CALLS = '''
import threading, concurrent.futures as cf
R = threading.RLock
seen = []
if type(R).__name__ == "RLock" and hasattr(R, "__wrapped__"):     # traced: the factory's class, the program's to spy on
    call = type(R).__call__
    type(R).__call__ = lambda self, *a, **k: (seen.append(1), call(*a, **k))[1]
if __name__ == "__main__":
    for i in range(5):
        cf.Future().set_result(i)
    print("factory calls", len(seen))
'''

SITES = '''
import concurrent.futures as cf
class Mine(cf.Future):
    pass
def make(n):
    out = []
    for i in range(n):
        a = cf.Future()
        b = Mine()
        out.append(a); out.append(b)
        a.set_result(i); b.set_exception(ValueError(i))
    return out
if __name__ == "__main__":
    make(3)
    c = cf.Future()
    c.set_result("x")
'''


class LibraryConditionLock(TraceCase):
    def test_the_programs_own_rlock_is_still_called(self):
        r = self.traced(OWN_RLOCK, None)
        self.assertEqual(r.rc, 0, r.dump())
        plain = run(OWN_RLOCK, trace=False)
        self.assertEqual(plain.stdout, 'own 2\nafter 2 2\n', plain.stderr)
        self.assertEqual(r.stdout, plain.stdout, r.dump())

    def test_a_futures_condition_does_not_call_the_rlock_factory(self):
        r = self.traced(FACTORY_CALLS, None)
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stdout, 'factory calls 0\n', r.dump())      # before perf 38T: 5
        self.assertEqual(len(r.of('future.create')), 5, r.dump())


class FutureLines(TraceCase):
    def test_create_and_set_lines_per_site(self):
        r = self.traced(SITES, None)
        self.assertEqual(r.rc, 0, r.dump())
        made = r.of('future.create')
        self.assertEqual([(e['site'].rsplit(':', 1)[1], e.get('var'), e.get('class')) for e in made],
                         [('8', 'a', None), ('9', 'b', 'Mine')] * 3 + [('15', 'c', None)], r.dump())
        self.assertEqual(len({e['object'] for e in made}), 7, r.dump())
        self.assertTrue(all(e['object'].startswith('F%d-' % e['pid']) for e in made), r.dump())
        sets = r.of('future.set')
        self.assertEqual([(e['ok'], e['result']) for e in sets],
                         [(True, '0'), (False, 'ValueError: 0'), (True, '1'), (False, 'ValueError: 1'),
                          (True, '2'), (False, 'ValueError: 2'), (True, "'x'")], r.dump())
        self.assertEqual([e['object'] for e in sets], [e['object'] for e in made], r.dump())


if __name__ == '__main__':
    unittest.main()
