"""Run a Python snippet the way mp-tutor does and read back the per-process event files."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unittest

TRACER_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
METHODS = ('fork', 'spawn', 'forkserver')


def load_schema():
    """tracer/mptutor_trace/schema.py and its parts (schema_futures), not the whole package: imported as modules of a
    stand-in package `mpt_schema` whose area() is a plain import (schema loads its parts with the package's area())."""
    import importlib
    import types
    package = types.ModuleType('mpt_schema')
    package.__path__ = [os.path.join(TRACER_DIR, 'mptutor_trace')]
    package.area = lambda name, alone=False: importlib.import_module('mpt_schema.' + name)
    sys.modules.setdefault('mpt_schema', package)
    return importlib.import_module('mpt_schema.schema')


SCHEMA = load_schema()
KINDS = SCHEMA.kinds()


def undeclared(events):
    """Events whose kind, or one of whose fields, the schema does not declare."""
    common = set(SCHEMA.COMMON_FIELDS)
    return [e for e in events
            if e['kind'] not in KINDS or not set(e) - {'pid'} - common <= set(KINDS[e['kind']])]


class Run:
    def __init__(self, rc, stdout, stderr, files, lost):
        self.rc, self.stdout, self.stderr = rc, stdout, stderr
        self.files = files          # file name -> list of events (each with 'pid' added)
        self.lost = lost            # lines without their final newline
        self.events = sorted((e for evs in files.values() for e in evs), key=lambda e: e['t'])
        self.procs = {evs[0]['pid']: evs for evs in files.values() if evs}
        self.main_pid = next((p for p, evs in self.procs.items() if evs[0]['role'] == 'main'), None)

    def of(self, kind, **fields):
        return [e for e in self.events
                if e['kind'] == kind and all(e.get(k) == v for k, v in fields.items())]

    def one(self, kind, **fields):
        found = self.of(kind, **fields)
        if len(found) != 1:
            raise AssertionError('expected one %s %r, got %d:\n%s' % (kind, fields, len(found), self.dump()))
        return found[0]

    def header(self, pid):
        return self.procs[pid][0]

    def thread_name(self, pid, tid):
        for e in self.procs[pid]:
            if e['kind'] == 'thread' and e['tid'] == tid:
                return e['name']
        return None

    def dump(self):
        return 'rc=%s\nstdout=%s\nstderr=%s\n%s' % (
            self.rc, self.stdout, self.stderr,
            '\n'.join(json.dumps(e) for e in self.events))


def boot_zip(lib):
    """sitecustomize.py alone in mptutor-boot.zip in lib, as mp-tutor installs it (TracerBootZip): the entry
    that goes on PYTHONPATH, returned."""
    import zipfile
    path = os.path.join(lib, 'mptutor-boot.zip')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_STORED) as z:
        z.write(os.path.join(lib, 'sitecustomize.py'), 'sitecustomize.py')
    return path


def run(code, start_method=None, trace=True, extra_path=None, timeout=60, args=(), env_extra=None, argv=None):
    """argv: the interpreter's arguments instead of the script's path and args (stdin then /dev/null)."""
    tmp = tempfile.mkdtemp(prefix='mpt-test-')
    try:
        lib = os.path.join(tmp, 'lib')
        os.mkdir(lib)
        shutil.copy(os.path.join(TRACER_DIR, 'sitecustomize.py'), lib)
        shutil.copytree(os.path.join(TRACER_DIR, 'mptutor_trace'), os.path.join(lib, 'mptutor_trace'),
                        ignore=shutil.ignore_patterns('__pycache__'))
        trace_dir = os.path.join(tmp, 'trace')
        os.mkdir(trace_dir)
        script = os.path.join(tmp, 'script.py')
        with open(script, 'w') as f:
            f.write(textwrap.dedent(code))
        env = {k: v for k, v in os.environ.items()
               if not k.startswith('MPTUTOR_') and k != 'PYTHONPATH'}
        env['PYTHONPATH'] = os.pathsep.join([boot_zip(lib)] + ([extra_path] if extra_path else []))
        if trace:
            env['MPTUTOR_TRACE_DIR'] = trace_dir
            if start_method:
                env['MPTUTOR_START_METHOD'] = start_method
        elif start_method:      # untraced reference run: same start method, set by hand
            env['MPT_TEST_METHOD'] = start_method
        env.update(env_extra or {})
        p = subprocess.run([sys.executable] + (list(argv) if argv is not None else [script] + list(args)), cwd=tmp,
                           env=env, capture_output=True, text=True, timeout=timeout,
                           stdin=subprocess.DEVNULL if argv is not None else None)
        files, lost, slots, letters = {}, 0, {}, set()
        expand = compact_expand()
        for name in sorted(os.listdir(trace_dir)):
            if name.endswith('.jsonl.pending'):     # output.py's side slot: text a killed process left unrecorded
                with open(os.path.join(trace_dir, name), 'rb') as f:
                    slots[name] = f.read()
            if not name.endswith('.jsonl'):     # .<pid>-<t>.tmp: killed while starting
                continue
            with open(os.path.join(trace_dir, name), 'rb') as f:
                # the mmap writer preallocates: a process that did not exit cleanly
                # leaves NUL padding after its last line (see docs/tracer-protocol.md)
                data = f.read().split(b'\0', 1)[0].decode()
            lines = data.split('\n')
            if lines[-1]:
                lost += 1
            evs = [json.loads(expand(line.encode())) for line in lines[:-1]]     # compact lines put back
            letters.update(line[1:2] for line in lines[:-1] if line.startswith('~'))
            pid = evs[0]['pid'] if evs else None
            for e in evs:
                e['pid'] = pid
            files[name] = evs
        result = Run(p.returncode, p.stdout, p.stderr, files, lost)
        result.slots = slots
        result.compact_letters = letters    # the shapes of the compact lines the files held
        return result
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def compact_expand():
    """The tracer's compact_lines.expand (the hot events' compact lines put back as their JSON lines)."""
    if TRACER_DIR not in sys.path:
        sys.path.insert(0, TRACER_DIR)
    from mptutor_trace.compact_lines import expand
    return expand


class TraceCase(unittest.TestCase):
    def check_numbering(self, r):
        """Every file: proc header first, n = 0, 1, 2, ... without gaps, nothing cut short;
        every line of a kind, and with fields, that schema.py declares."""
        self.assertEqual(r.lost, 0)
        self.assertEqual(undeclared(r.events), [], 'not declared in tracer/mptutor_trace/schema.py')
        for name, evs in r.files.items():
            self.assertTrue(evs, name)
            self.assertEqual(evs[0]['kind'], 'proc', name)
            self.assertEqual(sorted(e['n'] for e in evs), list(range(len(evs))), name)
            for e in evs:
                self.assertIn('tid', e)
                self.assertIsInstance(e['t'], int)
            # every tid that caused an event has its thread line before it
            seen = set()
            for e in sorted(evs, key=lambda e: e['n']):
                if e['kind'] == 'thread':
                    seen.add(e['tid'])
                elif e['kind'] != 'proc':
                    self.assertIn(e['tid'], seen, (name, e))

    def traced(self, code, method=None, **kw):
        r = run(code, start_method=method, **kw)
        self.check_numbering(r)
        return r


def slot_records(data):
    """The `print` events a side slot (`<event file>.pending`, bytes) holds, as mp-tutor's merger makes them:
    a 4-byte length, then per record `P`, stream `o`/`e`, tid (8 bytes), t (8), chars (8, 0: not cut), the text's
    byte count (4), the UTF-8 text; numbers little-endian."""
    import struct
    n, = struct.unpack_from('<I', data)
    body, found = data[4:4 + n], []
    assert len(body) == n, (n, len(body))
    while body:
        assert body[:1] == b'P' and body[1:2] in (b'o', b'e'), body[:30]
        tid, t, chars, size = struct.unpack_from('<QqQI', body, 2)
        e = {'kind': 'print', 't': t, 'n': -1, 'tid': tid, 'stream': 'stdout' if body[1:2] == b'o' else 'stderr',
             'text': body[30:30 + size].decode('utf-8', 'surrogatepass')}
        if chars:
            e['chars'] = chars
        e['partial'] = e['found_after_end'] = True
        found.append(e)
        body = body[30 + size:]
    return found
