"""Tracer 31 (docs/truth-review.md): a child's start without the ctypes package.  The depth a child's run() is given
back (gaps 30C, recursion_depth.py) needs three ctypes types; the tracer makes them from the C module _ctypes instead of
importing the ctypes package (about 6M instructions in every spawn child).  An audit hook of the program's sees every
fresh import: traced, the package is never imported, and the depth reached is still the untraced one.  A traced Queue's
put wakes its feeder thread in the wrapper's frame (threading.Condition.notify's own code, inline): no notify() or
_is_owned() frame, the same items and rows.  A Pool result's Event is set in one frame (event_sets.py): no Event.set,
Condition.__enter__/__exit__, notify_all, notify or _is_owned frame on the result handler thread, the same results."""
import textwrap
import unittest
from mpt_helper import TraceCase, run


# The hook is the program's own, installed as its module runs: in the main process (a fork child inherits it) and,
# under spawn and forkserver, in the child as it imports the program as __mp_main__, before run() is called.
PROGRAM = textwrap.dedent('''
    import multiprocessing as mp, sys
    SEEN = []
    def hook(event, args):
        if event == "import" and args[0] in ("ctypes", "_ctypes") and args[0] not in SEEN:
            SEEN.append(args[0])
    sys.addaudithook(hook)
    def down(n):
        try:
            return down(n + 1)
        except RecursionError:
            return n
    def child(q):
        depth = down(0)
        q.put("child depth %d, the ctypes package imported: %s" % (depth, "ctypes" in SEEN))
    if __name__ == "__main__":
        mp.set_start_method(sys.argv[1])
        q = mp.Queue()
        p = mp.Process(target=child, args=(q,))
        p.start()
        print(q.get())
        p.join()
        print("parent: the ctypes package imported:", "ctypes" in SEEN, "ctypes" in sys.modules, p.exitcode)
''')


class NoCtypesPackage(TraceCase):
    def check(self, method):
        plain = run(PROGRAM, method, trace=False, args=(method,))
        r = self.traced(PROGRAM, method, args=(method,))
        self.assertEqual(plain.rc, 0, plain.stderr)
        self.assertIn("the ctypes package imported: False", plain.stdout)
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())

    def test_fork(self):
        self.check('fork')

    def test_spawn(self):
        self.check('spawn')

    def test_forkserver(self):
        self.check('forkserver')


# 40 puts each waited for whole in the pipe before its get (a select.poll object's poll(): C, not wrapped), a short sleep
# first so that the feeder thread is waiting on the queue's condition when the put comes: the put notifies it.  The main
# thread's Python calls of threading.py's notify/_is_owned counted by a profile function.
NOTIFIES = textwrap.dedent('''
    import multiprocessing as mp, select, sys, threading, time
    calls = {}
    def prof(frame, event, arg):
        if event == "call" and frame.f_code.co_filename == threading.__file__:
            calls[frame.f_code.co_name] = calls.get(frame.f_code.co_name, 0) + 1
    if __name__ == "__main__":
        q = mp.Queue()
        po = select.poll(); po.register(q._reader.fileno(), select.POLLIN)
        got = []
        q.put(-1); po.poll(); got.append(q.get())
        sys.setprofile(prof)
        for i in range(40):
            time.sleep(0.002)
            q.put(i)
            po.poll()
            got.append(q.get())
        sys.setprofile(None)
        print("items", got == list(range(-1, 40)))
        print("notify", calls.get("notify", 0), "_is_owned", calls.get("_is_owned", 0), file=sys.stderr)
''')


class PutNotifiesInline(TraceCase):
    def test_fork(self):
        plain = run(NOTIFIES, 'fork', trace=False)
        r = self.traced(NOTIFIES, 'fork')
        self.assertEqual((plain.rc, plain.stdout), (0, "items True\n"), plain.stderr)
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        untraced = dict(zip(*[iter(plain.stderr.split())] * 2))
        self.assertGreater(int(untraced["notify"]), 20, plain.stderr)      # the feeder waited: the library notified
        self.assertIn("notify 0 _is_owned 0", r.stderr, r.dump())
        puts = [e['item'] for e in r.events if e['kind'] == 'queue.put']
        gets = [e['item'] for e in r.events if e['kind'] == 'queue.get']
        self.assertEqual(puts, [str(i) for i in range(-1, 40)], r.dump())
        self.assertEqual(gets, puts, r.dump())


# 30 apply_async+get; threading.py's Python calls on the Pool's result handler thread counted by a profile function
# (threading.setprofile: set before the Pool starts its threads).
EVENT_SETS = textwrap.dedent('''
    import multiprocessing as mp, sys, threading
    calls = {}
    def prof(frame, event, arg):
        if event == "call" and frame.f_code.co_filename == threading.__file__ \\
                and "_handle_results" in threading.current_thread().name:
            calls[frame.f_code.co_name] = calls.get(frame.f_code.co_name, 0) + 1
    if __name__ == "__main__":
        threading.setprofile(prof)
        with mp.get_context("fork").Pool(2) as pool:
            got = [pool.apply_async(abs, (-i,)).get() for i in range(30)]
        threading.setprofile(None)
        print("results", got == list(range(30)))
        print(" ".join("%s %d" % (n, calls.get(n, 0)) for n in ("set", "notify_all", "notify", "_is_owned")),
              file=sys.stderr)
''')


class ResultEventSetInOneFrame(TraceCase):
    def test_fork(self):
        plain = run(EVENT_SETS, 'fork', trace=False)
        r = self.traced(EVENT_SETS, 'fork')
        self.assertEqual((plain.rc, plain.stdout), (0, "results True\n"), plain.stderr)
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        untraced = dict(zip(*[iter(plain.stderr.split())] * 2))
        self.assertGreaterEqual(int(untraced["set"]), 30, plain.stderr)       # the library's set(), one a result
        self.assertIn("set 0 notify_all 0 notify 0 _is_owned 0", r.stderr, r.dump())
        results = [e for e in r.events if e['kind'] == 'pool.result']
        self.assertEqual(len(results), 30, r.dump())
        self.assertTrue(all(e['ok'] for e in results), r.dump())


if __name__ == '__main__':
    unittest.main()
