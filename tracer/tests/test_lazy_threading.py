"""threading's Semaphore/Event/Condition/Barrier wrappers load on the program's first one, and a
traced threading.Lock's type behaves like _thread.lock (name, instantiation, pickling)."""
import sys
import unittest
from mpt_helper import TraceCase, run

# Library objects first (a Queue's Condition, a Thread's Event), then the program's own: the
# program's first Semaphore is made inside a subclass's __init__ (BoundedSemaphore's calls
# Semaphore's), its Condition is a subclass, and each must be traced from its creation.
LATE = '''
import multiprocessing as mp, sys, threading
q = mp.Queue(); q.put(1); q.get()
t = threading.Thread(target=print, args=("x",)); t.start(); t.join()
print("before", "mptutor_trace.thread_sync" in sys.modules)
class Cond(threading.Condition):
    def __init__(self):
        super().__init__()
s = threading.BoundedSemaphore(2)
s.acquire(); s.release()
c = Cond()
with c:
    c.notify()
e = threading.Event(); e.set(); e.wait()
b = threading.Barrier(1); b.wait()
print("after", "mptutor_trace.thread_sync" in sys.modules)
'''

NONE = '''
import multiprocessing as mp, sys, threading
q = mp.Queue(); q.put(1); q.get()
with mp.get_context("fork").Pool(1) as p:
    print(p.apply_async(abs, (-1,)).get())
print("thread_sync", "mptutor_trace.thread_sync" in sys.modules)
'''

LOCK_TYPE = '''
import copy, pickle, threading
for f in (threading.Lock, threading.RLock):
    l = f()
    print(type(l), type(l).__module__, type(l).__name__)
    for p in (0, 2, 5):
        try: pickle.dumps(l, p)
        except Exception as e: print(p, type(e).__name__, e)
    try: copy.copy(l)
    except Exception as e: print("copy", type(e).__name__, e)
    try: print("made", type(type(l)()))
    except Exception as e: print("new", type(e).__name__, e)
with threading.Lock():
    print("with")
print(repr(threading.Lock), isinstance(threading.Lock, type))
if isinstance(threading.Lock, type):     # 3.13: threading.Lock is the lock type itself
    print(isinstance(threading.Lock(), threading.Lock), isinstance(threading.RLock(), threading.Lock),
          issubclass(type(threading.Lock()), threading.Lock), pickle.loads(pickle.dumps(threading.Lock))().locked())
'''


class LazyThreading(TraceCase):
    def test_program_objects_traced_after_library_ones(self):
        r = self.traced(LATE)
        self.assertEqual((r.rc, r.stdout), (0, "x\nbefore False\nafter True\n"), r.dump())
        sem = r.one('lock.create', type='BoundedSemaphore')
        self.assertEqual(len(r.of('lock.acquire', object=sem['object'])), 1)
        self.assertEqual(len(r.of('lock.release', object=sem['object'])), 1)
        cond = r.one('condition.create')
        self.assertEqual(len(r.of('condition.notify', object=cond['object'])), 1)
        self.assertEqual(len(r.of('lock.acquire', object=cond['lock'])), 1)
        ev = r.one('event.create')
        self.assertEqual(len(r.of('event.set', object=ev['object'])), 1)
        self.assertEqual(len(r.of('event.wake', object=ev['object'])), 1)
        bar = r.one('barrier.create')
        self.assertEqual(r.one('barrier.wake', object=bar['object'])['last'], True)

    def test_library_only_programs_never_load_thread_sync(self):
        r = self.traced(NONE)
        self.assertEqual((r.rc, r.stdout), (0, "1\nthread_sync False\n"), r.dump())
        self.assertEqual(len(r.of('queue.put')), 1)
        self.assertEqual(len(r.of('pool.task.start')), 1)

    def test_lock_type_as_untraced(self):
        plain = run(LOCK_TYPE, trace=False)
        r = self.traced(LOCK_TYPE)
        self.assertEqual(plain.rc, 0, plain.stderr)
        self.assertEqual((r.rc, r.stdout, r.stderr), (0, plain.stdout, plain.stderr), r.dump())
        # up to 3.12 _thread.lock cannot be instantiated from Python; 3.13 made threading.Lock that type, and
        # type(lock)() a new plain lock (plain.stdout says the same: compared above)
        self.assertIn("new TypeError cannot create '_thread.lock' instances" if sys.version_info < (3, 13)
                      else "made <class '_thread.lock'>", r.stdout)
        self.assertEqual(len(r.of('lock.acquire')), 1)


if __name__ == '__main__':
    unittest.main()
