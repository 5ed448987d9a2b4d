"""Round 20 (docs/truth-review.md): a forked child's copy of an import lock another thread held at the fork, and a
bare exception's text."""
import textwrap
import unittest
from mpt_helper import METHODS, TraceCase

# The loader thread is inside the import of a module whose code sleeps (only in the process that started the
# program) when the main thread starts a child; the child's main thread imports it too, stopped by SIGALRM after 1 s.
IMPORTING = textwrap.dedent('''
    import multiprocessing as mp, os, signal, sys, tempfile, threading, time
    def give_up(signum, frame):
        raise TimeoutError
    def load():
        return __import__("r20t_slow").VALUE
    def child(folder):
        sys.path.insert(0, folder)
        signal.signal(signal.SIGALRM, give_up)
        signal.alarm(1)
        try:
            print("child got", load(), flush=True)
        except TimeoutError:
            print("child gave up", flush=True)
    if __name__ == "__main__":
        folder = tempfile.mkdtemp()
        with open(os.path.join(folder, "r20t_slow.py"), "w") as f:
            f.write("import multiprocessing, time\\nif multiprocessing.parent_process() is None:\\n"
                    "    time.sleep(1.0)\\nVALUE = 42\\n")
        sys.path.insert(0, folder)
        loader = threading.Thread(target=load, name="loader")
        loader.start()
        time.sleep(0.3)
        p = mp.Process(target=child, args=(folder,), name="kid")
        p.start()
        p.join()
        loader.join()
        q = mp.Process(target=child, args=(folder,), name="later")     # no import under way at this fork
        q.start()
        q.join()
''')


class ImportLockHeldAtFork(TraceCase):
    def test_a_child_forked_during_another_threads_import_says_which(self):
        for method in METHODS:
            with self.subTest(method=method):
                r = self.traced(IMPORTING, method, timeout=30)
                first = "child gave up\n" if method == 'fork' else "child got 42\n"
                self.assertEqual((r.rc, r.stdout), (0, first + "child got 42\n"), r.dump())
                held = r.of('import.lock.held')
                if method != 'fork':
                    self.assertEqual(held, [], r.dump())
                    continue
                self.assertEqual([(e['module'], e['holder']) for e in held], [('r20t_slow', 'loader')], r.dump())
                start = r.one('process.start', name='kid')
                self.assertEqual(held[0]['pid'], start['pid'])
                self.assertGreaterEqual(held[0]['t'], start['t'])


BARE = textwrap.dedent('''
    import signal, os
    def give_up(signum, frame):
        raise TimeoutError
    signal.signal(signal.SIGALRM, give_up)
    try:
        os.kill(os.getpid(), signal.SIGALRM)
    except TimeoutError:
        print("caught", flush=True)
''')


class BareExceptionText(TraceCase):
    def test_an_exception_without_a_message_is_its_name_alone(self):
        """round 20: "handler give_up() raised TimeoutError: : Python raises it ..." (the empty message kept its colon)."""
        r = self.traced(BARE)
        self.assertEqual((r.rc, r.stdout), (0, "caught\n"), r.dump())
        ends = [e for e in r.events if e.get('error') is not None and 'TimeoutError' in str(e.get('error'))]
        self.assertTrue(ends, r.dump())
        self.assertEqual({e['error'] for e in ends}, {'TimeoutError'}, r.dump())


if __name__ == '__main__':
    unittest.main()
