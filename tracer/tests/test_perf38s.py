"""Perf 38S (docs/truth-review.md, issue 12): schema's body only declares (about 230 event kinds, each a call that
builds its line's start and format): the run's first interpreter writes the namespace that body made, and
schema_futures' (which schema loads and re-exports), into the first group's cache file (boot_zip.snapshot), and
every later interpreter fills the two modules from it instead of running their bodies (mptutor_trace._fill).

What must hold: a module filled from its snapshot is the module its body makes (the same keys in the same order,
equal values of the same types, functions with the same names, code, globals and docs, the names schema takes from
schema_futures the same objects), and a snapshot is never used when either source changed since (each body runs then,
and no kind is declared twice)."""
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

import mpt_helper

DESCRIBE = r'''
import sys, mptutor_trace as p
def desc(m):
    out = []
    for k, v in m.__dict__.items():
        if k in ('__builtins__', '__loader__', '__spec__'):
            out.append((k, type(v).__name__))
        elif hasattr(v, '__code__'):
            c = v.__code__
            out.append((k, 'function', v.__module__, v.__qualname__, v.__name__, v.__doc__, c.co_filename,
                        c.co_firstlineno, c.co_code, v.__globals__ is m.__dict__, v.__defaults__))
        else:
            out.append((k, type(v).__name__, repr(v)))
    return out
s, f = sys.modules['mptutor_trace.schema'], sys.modules['mptutor_trace.schema_futures']
print(repr((desc(s), desc(f), [k for k in f.__dict__ if k[:2] != '__' and s.__dict__[k] is not f.__dict__[k]],
            s.__builtins__ is p.__builtins__, len(s._DECLARED), len(s.kinds()), sorted(getattr(p, '_filled', ())))))
'''


class SchemaSnapshot(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='mpt-snap-')     # 0700, like mp-tutor's scratch folder
        self.lib = os.path.join(self.tmp, 'tracer')
        os.mkdir(self.lib, 0o700)
        shutil.copy(os.path.join(mpt_helper.TRACER_DIR, 'sitecustomize.py'), self.lib)
        self.pkg = os.path.join(self.lib, 'mptutor_trace')
        shutil.copytree(os.path.join(mpt_helper.TRACER_DIR, 'mptutor_trace'), self.pkg,
                        ignore=shutil.ignore_patterns('__pycache__'))
        os.chmod(self.pkg, 0o700)
        os.mkdir(os.path.join(self.tmp, 'events'))

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def describe(self):
        env = {k: v for k, v in os.environ.items() if not k.startswith('MPTUTOR_') and k != 'PYTHONPATH'}
        env.update(PYTHONPATH=self.lib, MPTUTOR_TRACE_DIR=os.path.join(self.tmp, 'events'), PYTHONDONTWRITEBYTECODE='1')
        p = subprocess.run([sys.executable, '-c', DESCRIBE], env=env, cwd=self.tmp, capture_output=True, text=True,
                           timeout=120)
        self.assertEqual(p.returncode, 0, p.stderr)
        return eval(p.stdout)

    def test_a_filled_schema_is_the_module_its_body_makes(self):
        ran = self.describe()           # the run's first interpreter: both bodies run (no cache yet), cache written
        filled = self.describe()        # a later one: both filled from the cache file's snapshots
        self.assertEqual(ran[-1], [])
        self.assertEqual(filled[-1], ['schema', 'schema_futures'])
        self.assertEqual(ran[2:-1], filled[2:-1])       # the shared objects, builtins, the kinds: none twice
        self.assertEqual(ran[2], [])
        self.assertEqual(ran[4], ran[5], 'each kind declared once')
        for name, a, b in (('schema', ran[0], filled[0]), ('schema_futures', ran[1], filled[1])):
            self.assertEqual([x[0] for x in a], [x[0] for x in b], name + ': the same keys in the same order')
            for x, y in zip(a, b):
                self.assertEqual(x, y, name)

    def test_no_snapshot_once_either_source_changed(self):
        self.describe()
        for changed in ('schema_futures', 'schema'):
            with open(os.path.join(self.pkg, changed + '.py'), 'a') as f:
                f.write('\nMPT_CHANGED = 1\n')      # its inode changes: its hash is checked, and differs
            out = self.describe()
            self.assertEqual(out[-1], [], changed + ' changed: no module filled')
            self.assertEqual(out[4], out[5], changed + ' changed: each kind declared once')
            self.assertEqual(out[2], [])


if __name__ == '__main__':
    unittest.main()
