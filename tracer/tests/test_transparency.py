import os
import tempfile
import unittest
from mpt_helper import METHODS, TraceCase, run

SEMANTICS = '''
import multiprocessing as mp, queue, sys, io, time
class Evil:
    def __repr__(self): raise RuntimeError("repr called")
    def __eq__(self, o): raise RuntimeError("eq called")
    __hash__ = object.__hash__
def job(x):
    return Evil() if x == 0 else -x
def main():
    mp.set_start_method(sys.argv[1])          # the program's own choice wins
    q = mp.Queue(1)
    q.put(Evil())
    print(type(q.get()).__name__)
    try: q.get_nowait()
    except queue.Empty: print("empty")
    q.put(1)
    t0 = time.monotonic()
    try: q.put(2, timeout=0.05)
    except queue.Full: print("full", time.monotonic() - t0 >= 0.05)
    l = mp.Lock()
    print(l.acquire(), l.acquire(block=False), l.acquire(True, 0.05), l.acquire(timeout=-1))
    # ("x",): 3.11's SemLock.acquire took `block` as an int (TypeError); 3.12 made it a bool, and "x" is true:
    # it blocks on the held lock, untraced too.  (True, "y"): a TypeError for the timeout on every version
    for bad in ((1, 2, 3), (True, "y")) + ((("x",),) if sys.version_info < (3, 12) else ()):
        try: l.acquire(*bad)
        except TypeError: print("TypeError")
    l.release()
    try: l.release()
    except ValueError as e: print("ValueError", e)
    s = mp.Semaphore(2); s.acquire(); print(s.get_value())
    print(isinstance(sys.stdout, io.TextIOWrapper), sys.stdout.encoding, sys.stdout.isatty(), sys.stdout.fileno())
    print(sys.stdout.write("abc\\n"), sys.stderr.write(""))
    sys.stdout.writelines(["a\\n", "b\\n"])
    with mp.Pool(2) as p:
        print([type(v).__name__ for v in p.map(job, [0, 1])], p.apply(job, (2,)))
    with l: print("in with")
    print(mp.get_start_method())
    sys.stdout.flush()
    raise SystemExit(4)
if __name__ == "__main__":
    main()
'''

CRASH = '''
import multiprocessing as mp, sys
def bad():
    raise KeyError("in child")
if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    p = mp.Process(target=bad); p.start(); p.join()
    print("child exitcode", p.exitcode)
    raise ValueError("boom")
'''


WAITS = '''
import concurrent.futures as cf, multiprocessing as mp, sys, time
def nap(x):
    time.sleep(x)
    return x
def main():
    ctx = mp.get_context(sys.argv[1])
    with cf.ProcessPoolExecutor(2, mp_context=ctx) as ex:
        fs = [ex.submit(nap, 0.6)]
        d, nd = cf.wait(fs, timeout=0.01, return_when=cf.FIRST_COMPLETED)
        print(len(d), len(nd))
        try:
            for f in cf.as_completed(fs, timeout=0.01):
                print("completed", f.result())
        except cf.TimeoutError as e:
            print("TimeoutError", type(e).__name__)
        print(list(ex.map(nap, [0.01, 0.02])), cf.wait(fs).done == set(fs))
        print(sorted(f.result() for f in cf.as_completed(fs + [ex.submit(nap, 0)])))
    print(ex.submit.__name__, cf.wait.__name__, cf.as_completed.__name__)
    with mp.Manager() as m:
        q, d, lk = m.Queue(), m.dict(), m.Lock()
        d["k"] = [1, 2]
        d["k"] += [3]
        print(d["k"], d.get("missing", "default"), lk.acquire(False), lk.acquire(False))
        try: q.get(timeout=0.05)
        except Exception as e: print(type(e).__name__)
        try: d["nope"]
        except KeyError as e: print("KeyError", e)
if __name__ == "__main__":
    main()
'''


class Transparency(TraceCase):
    def compare(self, code, method):
        plain = run(code, trace=False, args=(method,))
        traced = self.traced(code, method, args=(method,))
        self.assertEqual(plain.rc, traced.rc, traced.dump())
        self.assertEqual(plain.stdout, traced.stdout)
        self.assertEqual(plain.stderr.splitlines()[-1:], traced.stderr.splitlines()[-1:])
        return plain, traced

    def test_same_behaviour_traced_and_untraced(self):
        for method in METHODS:
            with self.subTest(method=method):
                plain, traced = self.compare(SEMANTICS, method)
                self.assertEqual(plain.rc, 4)
                self.assertIn("Evil\nempty\nfull True\nTrue False False False\nTypeError\nTypeError\n",
                              plain.stdout)
                # the tracer saw the work without ever calling Evil.__repr__/__eq__
                self.assertEqual(traced.one('queue.put', item='<Evil>')['pid'], traced.main_pid)
                self.assertTrue(any(e['result'] == '[<Evil>]' for e in traced.of('pool.task.end')))
                self.assertEqual(traced.header(traced.main_pid)['start_method'], method)

    def test_futures_and_manager_waits_behave_the_same(self):
        for method in METHODS:
            with self.subTest(method=method):
                plain, traced = self.compare(WAITS, method)
                self.assertEqual(plain.rc, 0, plain.stderr)
                self.assertIn("0 1\nTimeoutError TimeoutError\n[0.01, 0.02] True\n[0, 0.6]\nsubmit wait as_completed\n", plain.stdout)
                self.assertIn("[1, 2, 3] default True False\nEmpty\nKeyError 'nope'\n", plain.stdout)
                self.assertTrue(traced.of('executor.wait') and traced.of('manager.wait'))

    def test_exceptions_and_exit_codes(self):
        for method in METHODS:
            with self.subTest(method=method):
                plain, traced = self.compare(CRASH, method)
                self.assertEqual(plain.rc, 1)
                self.assertIn("KeyError: 'in child'", traced.stderr)
                child = traced.one('process.spawn')['child_pid']
                self.assertEqual(traced.one('process.exit', pid=child)['exitcode'], 1)
                self.assertTrue(any(e['text'] == "KeyError: 'in child'"
                                    for e in traced.of('print', pid=child, stream='stderr')))

    def test_plain_program_does_not_import_multiprocessing(self):
        r = self.traced('import sys\nprint("multiprocessing" in sys.modules)\n')
        self.assertEqual((r.rc, r.stdout), (0, "False\n"))
        self.assertEqual([e['kind'] for e in r.events], ['proc', 'thread', 'process.start', 'print'])

    def test_broken_trace_dir_changes_nothing(self):
        """A trace dir that cannot be written: the program runs exactly as untraced."""
        import mpt_helper, subprocess, sys
        code = 'import multiprocessing as mp\nl = mp.Lock()\nwith l: print("fine")\n'
        env = dict(os.environ, PYTHONPATH=mpt_helper.TRACER_DIR,
                   MPTUTOR_TRACE_DIR='/nonexistent/mptutor/trace')
        p = subprocess.run([sys.executable, '-c', code], env=env, capture_output=True, text=True)
        self.assertEqual((p.returncode, p.stdout, p.stderr), (0, "fine\n", ""))


USER_SITE = '''
import os
os.environ["USER_SITE_RAN"] = "yes"
MARK = "user sitecustomize"
'''


class Chaining(TraceCase):
    def test_user_sitecustomize_still_runs(self):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, 'sitecustomize.py'), 'w') as f:
                f.write(USER_SITE)
            code = '''
import multiprocessing as mp, os, sitecustomize
def child():
    print("child", os.environ.get("USER_SITE_RAN"))
if __name__ == "__main__":
    print(os.environ.get("USER_SITE_RAN"), sitecustomize.MARK)
    p = mp.Process(target=child); p.start(); p.join()
'''
            for method in ('fork', 'spawn'):
                r = self.traced(code, method, extra_path=d)
                self.assertEqual((r.rc, r.stdout), (0, "yes user sitecustomize\nchild yes\n"), r.dump())
                r.one('print', text='child yes')

    def test_subprocess_python_is_other(self):
        code = '''
import subprocess, sys
subprocess.run([sys.executable, "-c", "print('inner')"])
'''
        r = self.traced(code)
        roles = sorted(evs[0]['role'] for evs in r.procs.values())
        self.assertEqual(roles, ['main', 'other'])
        inner = next(p for p, evs in r.procs.items() if evs[0]['role'] == 'other')
        r.one('print', pid=inner, text='inner')


if __name__ == '__main__':
    unittest.main()
