"""A traced program prints the same repr and str of every object the tracer wraps or patches as untraced."""
import re
import sys
import unittest
from mpt_helper import METHODS, run

REPRS = '''
import multiprocessing as mp, os, queue, re, sys, threading
import multiprocessing.queues as mq, multiprocessing.synchronize as ms

def shown(name, o):
    # addresses and thread idents differ from run to run, traced or not
    text = repr(o) + " | " + str(o)
    print(name, re.sub(r"0x[0-9a-f]+|started [0-9]+|owner=[0-9]+", "#", text), flush=True)

def objects():
    return {"Lock": mp.Lock(), "RLock": mp.RLock(), "Semaphore": mp.Semaphore(2),
            "BoundedSemaphore": mp.BoundedSemaphore(2), "Condition": mp.Condition(), "Event": mp.Event(),
            "Barrier": mp.Barrier(2), "Queue": mp.Queue(), "JoinableQueue": mp.JoinableQueue(),
            "SimpleQueue": mp.SimpleQueue()}

def held(objs, where):
    for name in ("Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition"):
        o = objs[name]
        o.acquire()
        shown(where + " held " + name, o)
        o.release()
    objs["Event"].set(); shown(where + " set Event", objs["Event"]); objs["Event"].clear()

def child(objs):
    for name, o in objs.items():
        if name != "SimpleQueue" or sys.argv[1] == "fork":
            shown("child " + name, o)
    held({k: v for k, v in objs.items()}, "child")

if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    objs = objects()
    for name, o in objs.items():
        shown(name, o)
    held(objs, "main")
    t = threading.Thread(target=held, args=(objs, "thread")); t.start(); t.join()
    q = objs["Queue"]; q.put(1); q.get(); shown("used Queue", q)
    for name, o in (("threading.Lock", threading.Lock), ("threading.RLock", threading.RLock),
                    ("lock", threading.Lock()), ("rlock", threading.RLock()), ("tCondition", threading.Condition()),
                    ("tSemaphore", threading.Semaphore()), ("tEvent", threading.Event()), ("tBarrier", threading.Barrier(2)),
                    ("queue.Queue", queue.Queue()), ("mq.Queue", mq.Queue), ("ms.Lock", ms.Lock)):
        shown(name, o)
    lk = threading.Lock(); lk.acquire(); shown("held lock", lk)
    rl = threading.RLock(); rl.acquire(); shown("held rlock", rl)
    shared = {k: v for k, v in objs.items() if k != "SimpleQueue" or sys.argv[1] == "fork"}
    p = mp.Process(target=child, args=(shared,)); p.start(); p.join()
'''


class ReprTests(unittest.TestCase):
    def test_every_wrapped_object_shows_the_same_repr_and_str(self):
        for method in METHODS:
            with self.subTest(method=method):
                plain = run(REPRS, trace=False, args=(method,))
                traced = run(REPRS, start_method=method, args=(method,))
                self.assertEqual(plain.rc, 0, plain.stderr)
                self.assertEqual(traced.rc, 0, traced.stderr)
                self.assertIn("Lock <Lock(owner=None)> | <Lock(owner=None)>", plain.stdout)
                # threading.Lock: a factory function up to 3.12, the lock type itself from 3.13
                self.assertIn("threading.Lock <built-in function allocate_lock>" if sys.version_info < (3, 13)
                              else "threading.Lock <class '_thread.lock'>", plain.stdout)
                self.assertTrue(traced.events, "the program was not traced")
                self.assertTrue(any(e['kind'] == 'lock.create' for e in traced.events))
                self.assertEqual(plain.stdout.splitlines(), traced.stdout.splitlines())


if __name__ == '__main__':
    unittest.main()
