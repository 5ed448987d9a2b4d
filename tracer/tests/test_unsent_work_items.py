import unittest
from mpt_helper import TraceCase

# Work items the call queue's feeder cannot pickle: a multiprocessing Lock as an argument (by position and by
# keyword), a threading.Lock, an object of the program's whose __reduce__ raises, a lambda as the function.
UNSENT = '''
import concurrent.futures as cf, multiprocessing as mp, sys, threading
def work(n, lock, progress=None):
    return n
class Obj:
    def __reduce__(self):
        raise TypeError("no pickling of Obj")
if __name__ == "__main__":
    ctx = mp.get_context(sys.argv[1])
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
        calls = [(work, (1, ctx.Lock()), {}), (work, (2, None), {'progress': ctx.Lock()}), (work, (3, Obj()), {}),
                 (lambda: 1, (), {}), (work, (5, threading.Lock()), {})]
        for fn, args, kw in calls:
            try:
                ex.submit(fn, *args, **kw).result()
            except Exception as e:
                print(type(e).__name__)
'''


class UnsentWorkItems(TraceCase):
    def test_the_message_and_the_argument_are_named(self):
        """Gaps 12B: "work item 0 never reached a worker: sending it failed (RuntimeError ...)" quoted no message and
        named no argument. The feeder's failure now carries the exception's text and, when the traceback holds one
        of the item's arguments, its parameter's name and type."""
        for method in ('fork', 'spawn'):
            r = self.traced(UNSENT, method, args=[method])
            self.assertEqual(r.rc, 0, r.dump())
            unsent = {e['work']: e for e in r.of('future.result') if e.get('unsent')}
            self.assertEqual(sorted(unsent), [0, 1, 2, 3, 4], r.dump())
            self.assertEqual(unsent[0]['message'],
                             'RuntimeError: Lock objects should only be shared between processes through inheritance', r.dump())
            self.assertEqual((unsent[0]['argument'], unsent[0]['argument_type']), ('lock', 'Lock'), r.dump())
            self.assertEqual((unsent[1]['argument'], unsent[1]['argument_type']), ('progress', 'Lock'), r.dump())
            self.assertEqual(unsent[2]['message'], 'TypeError: no pickling of Obj', r.dump())
            self.assertEqual((unsent[2]['argument'], unsent[2]['argument_type']), ('lock', 'Obj'), r.dump())
            # a lambda: the pickler names it in the message; no argument is the culprit
            self.assertIn("PicklingError: Can't pickle", unsent[3]['message'], r.dump())
            self.assertNotIn('argument', unsent[3], r.dump())
            # a threading.Lock's pickling raises in C: no frame holds it; pickled again alone, it fails the same way
            # (gaps 13B; before, no argument was named)
            self.assertIn('cannot pickle', unsent[4]['message'], r.dump())
            self.assertEqual((unsent[4]['argument'], unsent[4]['argument_type']), ('lock', 'lock'), r.dump())


if __name__ == '__main__':
    unittest.main()
