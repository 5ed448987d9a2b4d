"""Another Python's internals (issue 11 item 10): where one area's patch point is missing, that area alone
is untraced, rolled back whole, and the record says which events it cannot hold (`tracer.missing`); every
other area goes on tracing.  Before, the first failing patcher disabled the whole tracer: on 3.13.0 a run
recorded only `started` and `exited` (multiprocessing.queues no longer imports _multiprocessing)."""
import json
import os
import subprocess
import sys
import unittest
from mpt_helper import METHODS, TRACER_DIR, TraceCase, run

# The program makes the queues area fail the way a changed internal would: its patcher runs whole (every
# wrapper installed), then raises.  The rollback must leave no queue wrapper behind.
BROKEN_QUEUES = '''
import sys
import mptutor_trace
area, name = mptutor_trace._PATCHERS['multiprocessing.queues']
def patch_then_fail(m):
    getattr(mptutor_trace.area(area), name)(m)
    raise AttributeError("module 'multiprocessing.queues' has no attribute '_multiprocessing'")
mptutor_trace._PATCHERS['multiprocessing.queues'] = (None, patch_then_fail)
import multiprocessing as mp

def square(x):
    return x * x

def put(q):
    q.put(3)

if __name__ == '__main__':
    ctx = mp.get_context(sys.argv[1])
    with ctx.Pool(2) as p:
        print(p.map(square, range(4)))
    q = ctx.Queue()
    pr = ctx.Process(target=put, args=(q,))
    pr.start()
    print(q.get())
    pr.join()
    print("queue type", type(q).put.__module__, hasattr(type(q).put, '__wrapped__'))
'''

# A module of the tracer that cannot even be imported on this Python: nothing was patched, and it is said.
BROKEN_AREA = '''
import mptutor_trace
mptutor_trace._PATCHERS['multiprocessing.sharedctypes'] = ('no_such_area', 'patch_sharedctypes')
import multiprocessing as mp
if __name__ == '__main__':
    v = mp.Value('i', 1)
    with mp.Lock():
        v.value += 1
    print(v.value)
'''


class AreaFailureTests(TraceCase):
    def test_failed_area_is_rolled_back_and_said_others_traced(self):
        for method in METHODS:
            with self.subTest(method=method):
                plain = run(BROKEN_QUEUES, trace=False, args=(method,))
                r = self.traced(BROKEN_QUEUES, method, args=(method,))
                self.assertEqual(r.rc, 0, r.dump())
                self.assertEqual(r.stdout, plain.stdout)
                self.assertIn('queue type multiprocessing.queues False', r.stdout)     # the original put, unwrapped
                self.assertEqual([e for e in r.events if e['kind'].startswith('queue.')], [], r.dump())
                missing = r.of('tracer.missing', patch='multiprocessing.queues')
                self.assertIn(r.main_pid, {e['pid'] for e in missing}, r.dump())
                self.assertTrue(all(e['error'] == "AttributeError: module 'multiprocessing.queues' has no attribute "
                                    "'_multiprocessing'" for e in missing), r.dump())
                self.assertTrue(all('queue.put' in e['events'] and 'queue.get' in e['events']
                                    and not any(k.startswith('pool.') for k in e['events']) for e in missing))
                # every other area still traced: the pool, the child process, the prints
                self.assertEqual(len(r.of('pool.task.start')), 4, r.dump())
                self.assertTrue([e for e in r.of('process.spawn') if e['name'].endswith('Process-3')], r.dump())
                self.assertEqual([e['text'] for e in r.of('print', pid=r.main_pid)][-2:-1], ['3'])
                # said in each process only after the line that names it: its process.start, or (a spawn or forkserver
                # child, gaps 24A) its process.boot, written before its import of the main module
                for pid, evs in r.procs.items():
                    kinds = [e['kind'] for e in sorted(evs, key=lambda e: e['n'])]
                    if 'tracer.missing' in kinds and 'process.start' in kinds:
                        first = min(kinds.index(k) for k in ('process.boot', 'process.start') if k in kinds)
                        self.assertLess(first, kinds.index('tracer.missing'), (pid, kinds))

    def test_area_that_cannot_load_is_said(self):
        r = self.traced(BROKEN_AREA)
        self.assertEqual(r.rc, 0, r.dump())
        self.assertEqual(r.stdout, '2\n')
        self.assertEqual([(e['patch'], e['error']) for e in r.of('tracer.missing')],
                         [('multiprocessing.sharedctypes', "ModuleNotFoundError: No module named 'mptutor_trace.no_such_area'")],
                         r.dump())
        self.assertEqual(r.of('shared.create'), [])
        self.assertTrue(r.of('lock.acquire'), r.dump())      # synchronize's area is unaffected


# A fork child inherits its parent's handlers; a forkserver child the forkserver's (which preloaded the main module as
# __mp_main__).  3.13's multiprocessing clears them in the child right after the fork (atexit._clear()) and runs the
# ones registered in the child (a forkserver child imports __mp_main__ again: preloaded_handler is registered anew,
# and runs); 3.11/3.12's child leaves by os._exit() after run() and runs none.
INHERITED_HANDLERS = '''
import atexit, multiprocessing as mp, os, sys
def parent_handler():
    print("parent handler", os.getpid() == parent, flush=True)
def preloaded_handler():
    print("preloaded handler", flush=True)
def child_handler():
    print("child handler", flush=True)
def child():
    atexit.register(child_handler)
if __name__ == "__mp_main__" and sys.argv[1] == "forkserver":
    atexit.register(preloaded_handler)
if __name__ == "__main__":
    parent = os.getpid()
    atexit.register(parent_handler)
    p = mp.get_context(sys.argv[1]).Process(target=child); p.start(); p.join()
'''


class InheritedHandlersTests(TraceCase):
    def test_handlers_cleared_after_the_fork_are_said_where_that_happens(self):
        for method, inherited in (('fork', 'parent_handler'), ('forkserver', 'preloaded_handler')):
            with self.subTest(method=method):
                plain = run(INHERITED_HANDLERS, trace=False, args=(method,))
                r = self.traced(INHERITED_HANDLERS, method, args=(method,))
                self.assertEqual((r.rc, sorted(r.stdout.splitlines())), (0, sorted(plain.stdout.splitlines())), r.dump())
                child = r.one('process.start', role='child')['pid']
                skipped = r.of('process.atexit.skipped', pid=child)
                if 'child handler' in plain.stdout:      # this Python's child ran its own handler: it cleared them
                    self.assertEqual([(e['count'], e['handlers'], e.get('via')) for e in skipped],
                                     [(1, inherited, 'atexit._clear')], r.dump())
                    kinds = [e['kind'] for e in sorted(r.procs[child], key=lambda e: e['n'])]
                    self.assertEqual(kinds.index('process.atexit.skipped'), kinds.index('process.start') + 1, kinds)
                else:                                    # it left by os._exit() after run(): none ran
                    self.assertEqual([e.get('via') for e in skipped], [None], r.dump())
                    self.assertTrue(skipped[0]['handlers'].startswith(inherited) and
                                    skipped[0]['handlers'].endswith('child_handler'), r.dump())

# 3.12+'s fork warns (DeprecationWarning) when the process has threads, at the frame that called os.fork: the program's
# own line in __main__ (shown by the default filter), popen_fork's line (shown here by the program's own filter).
FORK_WARNING = '''
import multiprocessing as mp
import os
import threading
import time
import warnings

def child():
    pass

if __name__ == '__main__':
    t = threading.Thread(target=time.sleep, args=(1.0,))
    t.start()
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    warnings.simplefilter('default')
    p = mp.get_context('fork').Process(target=child)
    p.start()
    p.join()
    print('done', p.exitcode, flush=True)
    t.join()
'''


class ForkWarningTests(TraceCase):
    """Round 32P: traced, the warning was said at our wrapper's frame: the program's own fork's was filtered out
    (not __main__), popen_fork's named the tracer's output.py and its line."""
    def test_the_fork_warning_names_the_callers_line_as_untraced(self):
        def norm(text):     # each run's own temporary folder and pid
            return [line.split('(pid=')[0].split('/script.py:')[-1] for line in text.splitlines()]
        plain = run(FORK_WARNING, trace=False)
        r = self.traced(FORK_WARNING)
        self.assertEqual((r.rc, r.stdout), (plain.rc, plain.stdout), r.dump())
        self.assertEqual(norm(r.stderr), norm(plain.stderr), r.dump())
        if sys.version_info >= (3, 12):     # 3.11 has no such warning: both silent
            self.assertEqual(plain.stderr.count('DeprecationWarning: This process'), 2, plain.stderr)
            self.assertRegex(plain.stderr, r'script\.py:\d+: DeprecationWarning: .*\n  pid = os\.fork\(\)\n')
            self.assertIn('popen_fork.py', plain.stderr)


# Every patcher run in a plain interpreter (the tracer imported, not installed), each after a whole copy of its module
# and that module's classes: what it changed that mptutor_trace._snapshot did not copy, and what rolling it back from
# that snapshot left different from the whole copy.
PATCH_POINTS = r'''
import importlib, json, sys
sys.path.insert(0, sys.argv[1])
import mptutor_trace as t
from mptutor_trace import patch_failures
ABSENT = object()
found = {}
for name, (area, fn) in list(t._PATCHERS.items()):
    m = importlib.import_module(name)
    owners = [m] + [c for c in list(vars(m).values()) if isinstance(c, type) and c.__module__ == name]
    whole = [(o, dict(vars(o))) for o in owners]
    saved = t._snapshot(m)
    (getattr(t.area(area), fn) if area else fn)(m)
    copied = {(id(o), k) for o, was, names in saved for k in (set(vars(o)) | set(was) if names is None else names)}
    def changed():
        return [(o, k) for o, was in whole for k in sorted(set(was) | set(vars(o)))
                if was.get(k, ABSENT) is not vars(o).get(k, ABSENT)]
    def said(pairs):
        return ['%s.%s' % (getattr(o, '__qualname__', o.__name__), k) for o, k in pairs]
    patched = changed()
    uncopied = said((o, k) for o, k in patched if (id(o), k) not in copied)
    patch_failures.rollback(m, saved)
    found[name] = {'patched': len(patched), 'not_copied': uncopied, 'after_rollback': said(changed())}
print(json.dumps(found))
'''


class PatchPointTests(unittest.TestCase):
    def test_snapshot_copies_every_attribute_a_patcher_replaces(self):
        """mptutor_trace._REPLACED must name all a patcher changes on this Python, or a failing patcher's rollback
        would leave that wrapper installed."""
        out = subprocess.run([sys.executable, '-c', PATCH_POINTS, TRACER_DIR], capture_output=True, text=True,
                             env={k: v for k, v in os.environ.items() if not k.startswith('MPTUTOR_')})
        self.assertEqual(out.returncode, 0, out.stderr)
        found = json.loads(out.stdout)
        self.assertGreater(sum(f['patched'] for f in found.values()), 100, found)     # the patchers did patch
        for name, f in found.items():
            with self.subTest(module=name):
                self.assertEqual(f['not_copied'], [], 'add these to mptutor_trace._REPLACED[%r]' % name)
                self.assertEqual(f['after_rollback'], [], 'left by the rollback')


if __name__ == '__main__':
    unittest.main()
