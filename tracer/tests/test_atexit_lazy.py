"""atexit.register()/unregister() are wrapped at start, but atexit_calls.py, which keeps the program's handlers, loads
only at the program's first register(): a spawn child whose program registers nothing does not load it (the
library's registrations at start, multiprocessing's _exit_function among them, load nothing), and one loaded late
still names the handlers a fork child skips."""
import sys
import unittest
from mpt_helper import TraceCase

LAZY = '''
import atexit, multiprocessing as mp, sys
AREA = "mptutor_trace.atexit_calls"
def idle(q):
    q.put(AREA in sys.modules)
def later():
    pass
def registers(q):
    before = AREA in sys.modules
    atexit.register(later)
    q.put((before, AREA in sys.modules))
def handler():
    print("handler ran")
if __name__ == "__main__":
    print("parent before", AREA in sys.modules)
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    for target in (idle, registers):
        p = ctx.Process(target=target, args=(q,))
        p.start()
        print(target.__name__, q.get())
        p.join()
    atexit.register(handler)
    print("parent after", AREA in sys.modules)
    f = mp.get_context("fork").Process(target=idle, args=(q,))
    f.start()
    q.get()
    f.join()
'''


class AtexitLazy(TraceCase):
    def test_loaded_by_the_programs_first_register(self):
        r = self.traced(LAZY, 'spawn')
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stdout, 'parent before False\nidle False\nregisters (False, True)\nparent after True\n'
                                   'handler ran\n', r.dump())
        # 3.13's fork child drops the parent's handlers at the fork (atexit._clear()): not skipped by an os._exit
        # there but cleared, and said so (child_atexit.py); the area still loaded late in the parent (above)
        skipped = r.one('process.atexit.skipped')      # the fork child: the parent's handler, registered late
        self.assertEqual((skipped['count'], skipped['handlers'], skipped.get('via')),
                         (1, 'handler', 'atexit._clear' if sys.version_info >= (3, 13) else None), r.dump())


if __name__ == '__main__':
    unittest.main()
