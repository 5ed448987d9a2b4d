"""The tracer's bytecode cache (mptutor_trace.compile_areas): written once per run by its first
interpreter, read by every later one, never trusted when it does not match its source, never
written where another user could write; and the tracer's folder leaves sys.path once loaded."""
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import unittest

import mpt_helper

TAG = sys.implementation.cache_tag
# (the tracker's module imported by a program's -c code: its command line is not the tracker's, fix 25)
IMPORT_TRACKER = 'import importlib, multiprocessing.process; importlib.import_module("multiprocessing." + "resource_tracker"); '
MODULES = sorted(n[:-3] for n in os.listdir(os.path.join(mpt_helper.TRACER_DIR, 'mptutor_trace')) if n.endswith('.py'))


class BytecodeCache(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='mpt-cache-')     # 0700, like mp-tutor's scratch folder
        self.lib = os.path.join(self.tmp, 'tracer')
        os.mkdir(self.lib, 0o700)
        shutil.copy(os.path.join(mpt_helper.TRACER_DIR, 'sitecustomize.py'), self.lib)
        shutil.copytree(os.path.join(mpt_helper.TRACER_DIR, 'mptutor_trace'), self.pkg,
                        ignore=shutil.ignore_patterns('__pycache__'))
        os.chmod(self.pkg, 0o700)
        self.events = os.path.join(self.tmp, 'events')
        os.mkdir(self.events)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    @property
    def pkg(self):
        return os.path.join(self.lib, 'mptutor_trace')

    def pyc(self, name):
        folder = self.lib if name == 'sitecustomize' else self.pkg
        return os.path.join(folder, '__pycache__', '%s.%s.pyc' % (name, TAG))

    def python(self, code, *args):
        env = {k: v for k, v in os.environ.items() if not k.startswith('MPTUTOR_') and k != 'PYTHONPATH'}
        env.update(PYTHONPATH=self.lib, MPTUTOR_TRACE_DIR=self.events, PYTHONDONTWRITEBYTECODE='1')
        p = subprocess.run([sys.executable, '-c', code] + list(args), env=env, cwd=self.tmp,
                           capture_output=True, text=True, timeout=120)
        self.assertEqual(p.returncode, 0, p.stderr)
        return p.stdout

    def test_first_interpreter_writes_a_checked_private_cache(self):
        import _imp
        from importlib import _bootstrap_external as be
        self.python('pass')
        for name in MODULES + ['sitecustomize']:
            path = self.pyc(name)
            with open(path, 'rb') as f:
                head = f.read(16)
            source = os.path.join(self.lib if name == 'sitecustomize' else self.pkg, name + '.py')
            with open(source, 'rb') as f:
                expected = _imp.source_hash(be._RAW_MAGIC_NUMBER, f.read())
            self.assertEqual(head[:4], be.MAGIC_NUMBER, name)
            self.assertEqual(int.from_bytes(head[4:8], 'little'), 0b11, name + ': a checked hash-based .pyc')
            self.assertEqual(head[8:16], expected, name + ': the hash of its own source')
            st = os.lstat(path)
            self.assertEqual((stat.S_IMODE(st.st_mode), st.st_uid), (0o600, os.geteuid()), name)
            folder = os.lstat(os.path.dirname(path))
            self.assertEqual((stat.S_IMODE(folder.st_mode), folder.st_uid), (0o700, os.geteuid()), name)

    def forge(self, name, extra):
        """Replaces name's .pyc by the code of its source plus `extra`, under the header of the
        unchanged source: what a later interpreter shows tells whether it read the .pyc.  An area
        of a group (mptutor_trace._GROUPS) is forged in its group's file too."""
        with open(self.pyc(name), 'rb') as f:
            header = f.read(16)
        with open(os.path.join(self.pkg, name + '.py'), 'rb') as f:
            code = compile(f.read() + extra, os.path.join(self.pkg, name + '.py'), 'exec')
        import marshal
        with open(self.pyc(name), 'wb') as f:
            f.write(header + marshal.dumps(code))
        self.in_group(name, lambda digest, old: (digest, code))

    def in_group(self, name, change):
        """Rewrites area `name`'s entry (source hash, code) in its group's cache file: change(digest, code)
        gives the new one.  True if a group holds it."""
        import marshal
        from importlib import _bootstrap_external as be
        cache = os.path.join(self.pkg, '__pycache__')
        for file in sorted(os.listdir(cache)):
            if not file.endswith('+.%s.bin' % TAG):
                continue
            with open(os.path.join(cache, file), 'rb') as f:
                data = f.read()
            self.assertEqual(data[:4], be.MAGIC_NUMBER)
            extensions, areas = marshal.loads(data[4:])
            if name in [n for n, _, _ in areas]:
                areas = tuple((n,) + (change(d, c) if n == name else (d, c)) for n, d, c in areas)
                with open(os.path.join(cache, file), 'wb') as f:
                    f.write(data[:4] + marshal.dumps((extensions, areas)))
                return True
        return False

    def test_groups_hold_the_start_up_areas_and_the_extensions_files(self):
        """The first interpreter writes each group's file: the areas a spawn child loads (one read, one
        unmarshalling each), their source hashes, and the files of the C extensions the tracer imports."""
        import _imp
        import marshal
        from importlib import _bootstrap_external as be
        self.python('pass')
        cache = os.path.join(self.pkg, '__pycache__')
        groups = sorted(n for n in os.listdir(cache) if n.endswith('.bin'))
        self.assertEqual(groups, ['schema+.%s.bin' % TAG, 'wrapping+.%s.bin' % TAG])
        seen = []
        for file in groups:
            with open(os.path.join(cache, file), 'rb') as f:
                data = f.read()
            self.assertEqual(stat.S_IMODE(os.lstat(os.path.join(cache, file)).st_mode), 0o600)
            extensions, areas = marshal.loads(data[4:])
            for name, digest, code in areas:
                with open(os.path.join(self.pkg, name + '.py'), 'rb') as f:
                    self.assertEqual(digest, _imp.source_hash(be._RAW_MAGIC_NUMBER, f.read()), name)
                if name in ('schema', 'schema_futures'):    # their namespaces, not their code (test_perf38s)
                    self.assertIs(type(code), list, name)
                else:
                    self.assertEqual(code.co_filename, os.path.join(self.pkg, name + '.py'))
                seen.append(name)
            if file.startswith('schema'):
                import _ctypes
                import _json
                import mmap
                self.assertEqual(extensions, {'_json': _json.__file__, 'mmap': mmap.__file__, '_ctypes': _ctypes.__file__})
        self.assertEqual(seen, ['schema', 'schema_futures', 'describe', 'writer', 'roles', 'wrapping', 'output', 'compact_lines', 'print_recorder',
                                'threads', 'thread_locals', 'thread_names', 'recursion_depth', 'process_checks', 'process', 'start_methods',
                                'process_setters', 'helper_launches', 'tracker_calls'])
        code = ('import sys, mptutor_trace; print(sorted(n for n in mptutor_trace._unrun if "+" not in n), '
                'sys.modules["mmap"].__spec__.origin == %r)' % __import__('mmap').__file__)
        self.assertEqual(self.python('import threading; ' + code),
                         "['helper_launches', 'process', 'process_checks', 'process_setters', 'recursion_depth', 'start_methods', "
                         "'tracker_calls'] True\n",
                         'the second group is read at start-up, its patch areas held until threading and '
                         'multiprocessing are patched')
        self.assertEqual(self.python(IMPORT_TRACKER + code), "[] True\n")

    def test_a_spawn_childs_areas_all_come_from_the_groups(self):
        """start25: the areas every spawn or forkserver interpreter loads, those other areas import with `from .x import`
        (compact_lines, process_checks) too, are read from the group files by area(), none searched for and read by
        importlib (a FileFinder for the package's folder, the source hashed; about 0.7M instructions per spawn child).
        An area read from its group shows what was forged into the group's file only."""
        self.python('pass')
        for name in ('compact_lines', 'process_checks', 'helper_launches', 'process'):
            with open(os.path.join(self.pkg, name + '.py'), 'rb') as f:
                code = compile(f.read() + b'\nMPT_GROUP = 1\n', os.path.join(self.pkg, name + '.py'), 'exec')
            self.assertTrue(self.in_group(name, lambda digest, old: (digest, code)), name + ' is in a group')
        out = self.python(IMPORT_TRACKER + 'import sys; '
                          'print(%r in sys.path_importer_cache, [getattr(sys.modules["mptutor_trace." + n], "MPT_GROUP", 0) '
                          'for n in ("compact_lines", "process_checks", "helper_launches", "process")])' % self.pkg)
        self.assertEqual(out, 'False [1, 1, 1, 1]\n')

    def test_a_source_unchanged_since_its_pyc_is_not_hashed_again(self):
        """area() hashes a source only when its inode changed (st_ctime) after its .pyc was written: a
        .pyc with a wrong hash is still read while its source is untouched, and not once the source's
        inode changes (chmod: no byte of it changed, but it could have)."""
        self.python('pass')
        self.forge('describe', b'\nMPT_FROM_CACHE = "read from the cache"\n')
        with open(self.pyc('describe'), 'r+b') as f:
            f.seek(8)
            f.write(b'\0' * 8)     # not the hash of the source
        self.assertTrue(self.in_group('describe', lambda digest, code: (b'\0' * 8, code)))
        code = 'import mptutor_trace.describe as d; print(getattr(d, "MPT_FROM_CACHE", "compiled"))'
        self.assertEqual(self.python(code), 'read from the cache\n')
        os.chmod(os.path.join(self.pkg, 'describe.py'), 0o600)
        self.assertEqual(self.python(code), 'compiled\n')

    def test_later_interpreters_load_the_cache(self):
        self.python('pass')
        self.forge('describe', b'\nMPT_FROM_CACHE = "read from the cache"\n')
        out = self.python('import mptutor_trace.describe as d; print(getattr(d, "MPT_FROM_CACHE", "compiled"))')
        self.assertEqual(out, 'read from the cache\n')

    def test_areas_read_past_importlib_look_imported(self):
        """mptutor_trace.area() reads a cached area itself (no finder): the module it makes has what
        importlib would have given it, and the package has it as an attribute."""
        self.python('pass')
        self.forge('writer', b'\nMPT_FROM_CACHE = 1\n')
        code = ('import sys, mptutor_trace as t; m = sys.modules["mptutor_trace.writer"]; s = m.__spec__; '
                'print(getattr(m, "MPT_FROM_CACHE", 0), t.writer is m, m.__name__, m.__package__, m.__file__, m.__cached__, '
                's.name, s.origin, s.cached, s.has_location, s.parent, type(m.__loader__).__name__, m.__loader__.path, '
                'list(m.__dict__)[:7])')
        out = self.python(code).split(' ', 12)
        source = os.path.join(self.pkg, 'writer.py')
        self.assertEqual(out[:12], ['1', 'True', 'mptutor_trace.writer', 'mptutor_trace', source, self.pyc('writer'),
                                    'mptutor_trace.writer', source, self.pyc('writer'), 'True', 'mptutor_trace',
                                    'SourceFileLoader'])
        self.assertEqual(out[12], "%s ['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__file__', "
                                  "'__cached__']\n" % source)

    def test_the_package_read_past_importlib_looks_imported(self):
        """sitecustomize reads the package's own cached __init__ itself too (no finder), from the folder and from the
        boot zip: the module has what importlib gives a package (compared with a fresh import of a copy), and a .pyc
        that does not match its changed source is not used."""
        self.python('pass')
        self.forge('__init__', b'\nMPT_FROM_CACHE = 1\n')
        shape = ('import sys, importlib; m = sys.modules["mptutor_trace"]; s = m.__spec__; '
                 'print(getattr(m, "MPT_FROM_CACHE", 0), m.__name__, m.__package__, m.__path__, m.__file__, '
                 'm.__cached__, s.name, s.origin, s.cached, s.has_location, s.parent, s.submodule_search_locations, '
                 'type(m.__loader__).__name__, m.__loader__.path, list(m.__dict__)[:8], m.writer.__name__)')
        source, init_pyc = os.path.join(self.pkg, '__init__.py'), self.pyc('__init__')
        want = "1 mptutor_trace mptutor_trace ['%s'] %s %s mptutor_trace %s %s True mptutor_trace ['%s'] " \
               "SourceFileLoader %s ['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__path__', " \
               "'__file__', '__cached__'] mptutor_trace.writer\n" % (self.pkg, source, init_pyc, source, init_pyc,
                                                                    self.pkg, source)
        self.assertEqual(self.python(shape), want)
        boot = mpt_helper.boot_zip(self.lib)
        env = {k: v for k, v in os.environ.items() if not k.startswith('MPTUTOR_') and k != 'PYTHONPATH'}
        env.update(PYTHONPATH=boot, MPTUTOR_TRACE_DIR=self.events, PYTHONDONTWRITEBYTECODE='1')
        p = subprocess.run([sys.executable, '-c', shape], env=env, cwd=self.tmp, capture_output=True, text=True,
                           timeout=120)
        self.assertEqual((p.returncode, p.stdout), (0, want), p.stderr)
        p = subprocess.run([sys.executable, '-c', 'import sys; print(%r in sys.path_importer_cache)' % self.lib],
                           env=env, cwd=self.tmp, capture_output=True, text=True, timeout=120)
        self.assertEqual((p.returncode, p.stdout), (0, 'False\n'), 'no finder searched the tracer\'s folder')
        # importlib's own import of the same package (a copy under another folder, no cache) has the same shape
        other = os.path.join(self.tmp, 'other')
        shutil.copytree(self.pkg, os.path.join(other, 'mptutor_trace'), ignore=shutil.ignore_patterns('__pycache__'))
        env = {k: v for k, v in os.environ.items() if not k.startswith('MPTUTOR_') and k != 'PYTHONPATH'}
        env.update(PYTHONPATH=other, PYTHONDONTWRITEBYTECODE='1')
        p = subprocess.run([sys.executable, '-c', 'import mptutor_trace.writer; ' + shape], env=env, cwd=self.tmp,
                           capture_output=True, text=True, timeout=120)
        opkg, osrc = os.path.join(other, 'mptutor_trace'), os.path.join(other, 'mptutor_trace', '__init__.py')
        self.assertEqual((p.returncode, p.stdout), (0, want.replace(init_pyc, init_pyc.replace(self.pkg, opkg))
                                                    .replace(source, osrc).replace(self.pkg, opkg).replace('1 ', '0 ', 1)),
                         p.stderr)
        with open(source, 'ab') as f:       # the source changed since: its .pyc is not used
            f.write(b'\n')
        self.assertEqual(self.python(shape).split()[0], '0')

    def test_not_read_past_importlib_with_O(self):
        """With -O importlib looks for an opt-1 .pyc (there is none): area() does not use ours either."""
        self.python('pass')
        self.forge('describe', b'\nMPT_FROM_CACHE = "read from the cache"\n')
        out = self.python('import sys, mptutor_trace.describe as d; print(sys.flags.optimize, getattr(d, "MPT_FROM_CACHE", "compiled"))')
        self.assertEqual(out, '0 read from the cache\n')
        env = {k: v for k, v in os.environ.items() if not k.startswith('MPTUTOR_') and k != 'PYTHONPATH'}
        env.update(PYTHONPATH=self.lib, MPTUTOR_TRACE_DIR=self.events, PYTHONDONTWRITEBYTECODE='1')
        p = subprocess.run([sys.executable, '-O', '-c', 'import sys, mptutor_trace.describe as d; '
                            'print(sys.flags.optimize, getattr(d, "MPT_FROM_CACHE", "compiled"))'],
                           env=env, cwd=self.tmp, capture_output=True, text=True, timeout=120)
        self.assertEqual((p.returncode, p.stdout), (0, '1 compiled\n'), p.stderr)

    def test_a_cache_that_does_not_match_its_source_is_not_used(self):
        """Same size, same mtime, one character changed: a timestamp .pyc would still be used."""
        self.python('pass')
        source = os.path.join(self.pkg, 'describe.py')
        st = os.stat(source)
        with open(source) as f:
            text = f.read()
        self.assertEqual(text.count('BIG = 1 << 200'), 1)
        with open(source, 'w') as f:
            f.write(text.replace('BIG = 1 << 200', 'BIG = 1 << 201'))
        os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns))
        self.assertEqual(os.stat(source).st_size, st.st_size)
        out = self.python('import mptutor_trace.describe as d; print(d.BIG == 1 << 201)')
        self.assertEqual(out, 'True\n')

    def test_no_cache_where_another_user_could_write(self):
        os.chmod(self.pkg, 0o777)
        self.python('pass')
        self.assertFalse(os.path.exists(os.path.join(self.pkg, '__pycache__')))
        os.chmod(self.pkg, 0o700)
        os.chmod(self.lib, 0o775)
        self.python('pass')
        self.assertFalse(os.path.exists(os.path.join(self.pkg, '__pycache__')))

    def test_no_cache_through_a_symlinked_pycache(self):
        elsewhere = os.path.join(self.tmp, 'elsewhere')
        os.mkdir(elsewhere, 0o700)
        os.symlink(elsewhere, os.path.join(self.pkg, '__pycache__'))
        self.python('pass')
        self.assertEqual(os.listdir(elsewhere), [])

    def test_the_first_interpreter_adds_a_checked_pyc_to_the_boot_zip(self):
        """mp-tutor puts only mptutor-boot.zip on PYTHONPATH: the first interpreter rewrites it with
        sitecustomize.pyc (checked, the hash of the source in the zip; a valid zip), later ones load it."""
        import _imp
        import zipfile
        from importlib import _bootstrap_external as be
        boot = mpt_helper.boot_zip(self.lib)
        env = {k: v for k, v in os.environ.items() if not k.startswith('MPTUTOR_') and k != 'PYTHONPATH'}
        env.update(PYTHONPATH=boot, MPTUTOR_TRACE_DIR=self.events, PYTHONDONTWRITEBYTECODE='1')
        code = ('import sys, os; s = sys.modules["sitecustomize"]; '
                'print(s.__file__, [p for p in sys.path if "mptutor" in p or p.startswith(%r)])' % self.lib)
        outs = [subprocess.run([sys.executable, '-c', code], env=env, cwd=self.tmp, capture_output=True, text=True,
                               timeout=120) for _ in range(2)]
        self.assertEqual([p.returncode for p in outs], [0, 0], [p.stderr for p in outs])
        self.assertEqual([p.stdout for p in outs], ['%s/sitecustomize.py []\n' % boot, '%s/sitecustomize.pyc []\n' % boot])
        with zipfile.ZipFile(boot) as z:
            self.assertIsNone(z.testzip())
            self.assertEqual(z.namelist(), ['sitecustomize.py', 'sitecustomize.pyc'])
            source, pyc = z.read('sitecustomize.py'), z.read('sitecustomize.pyc')
        with open(os.path.join(self.lib, 'sitecustomize.py'), 'rb') as f:
            self.assertEqual(source, f.read())
        self.assertEqual(pyc[:4], be.MAGIC_NUMBER)
        self.assertEqual(int.from_bytes(pyc[4:8], 'little'), 0b11, 'a checked hash-based .pyc')
        self.assertEqual(pyc[8:16], _imp.source_hash(be._RAW_MAGIC_NUMBER, source))
        self.assertEqual(stat.S_IMODE(os.lstat(boot).st_mode), 0o600)
        self.assertEqual(len([n for n in os.listdir(self.events) if n.endswith('.jsonl')]), 2, 'both traced')


class TracerFolderLeavesSysPath(mpt_helper.TraceCase):
    def test_not_on_sys_path_and_children_still_traced(self):
        code = '''
import multiprocessing as mp, os, sys
def where():
    import mptutor_trace
    top = os.path.dirname(os.path.dirname(mptutor_trace.__file__))
    path = [os.path.abspath(p or os.curdir) for p in sys.path]
    return top in path or os.path.join(top, "mptutor-boot.zip") in path
def child():
    print("child on sys.path:", where())
if __name__ == "__main__":
    print("main on sys.path:", where())
    for method in ("spawn", "forkserver"):
        p = mp.get_context(method).Process(target=child); p.start(); p.join()
'''
        r = self.traced(code)
        self.assertEqual((r.rc, r.stdout), (0, 'main on sys.path: False\n' + 'child on sys.path: False\n' * 2), r.dump())
        self.assertEqual(len(r.of('print', text='child on sys.path: False')), 2)
        self.assertEqual(len(r.of('process.start', role='child')), 2)


if __name__ == '__main__':
    unittest.main()
