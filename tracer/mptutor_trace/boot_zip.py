"""The bytecode cache, written by the run's first interpreter only (mptutor_trace.compile_areas calls
compile_areas here when the cache is missing; every later interpreter never loads this module).

compile_areas: every module of the package and sitecustomize.py, as CHECKED hash-based .pyc files
(PEP 552) in __pycache__ beside them, so that every later interpreter (spawn children, the
forkserver...) loads them instead of compiling the tracer, and a .pyc that does not match the
source beside it is never used.  Written only in a folder that is this user's alone (mp-tutor's
private scratch folder), made mode 0700, each file 0600.  The program's own -B /
PYTHONDONTWRITEBYTECODE still holds for everything else.

mptutor-boot.zip: the one entry mp-tutor puts on PYTHONPATH (sitecustomize.py alone, stored).
Every import an interpreter makes before sitecustomize runs looks in each PYTHONPATH entry first:
a zip answers "not here" from its table in memory, where a folder costs a stat and a dozen path
joins each time.  But zipimport compiles a .py it finds there, at every interpreter's start
(sitecustomize.py: about 0.5 ms, more than reading all of the tracer's bytecode), so the run's
first interpreter rewrites the zip with sitecustomize.pyc beside the source (compile_areas): a
CHECKED hash-based .pyc, which zipimport checks against the source in the zip and skips for
another Python version (bad magic: it compiles the source, as before).  Written beside the zip,
then renamed over it, before any other interpreter of the run exists.  Loaded by the first
interpreter only.
"""
import os
import sys


def compile_areas(pkg, tag):
    """Writes the cache of the package in folder pkg for cache tag `tag` (__init__'s .pyc last: its
    presence says the cache is whole)."""
    from . import BOOT_ZIP
    be = sys.modules['_frozen_importlib_external']
    import _imp
    magic, to_pyc = be._RAW_MAGIC_NUMBER, be._code_to_hash_pyc
    pkg = os.path.abspath(pkg)
    cache = os.path.join(pkg, '__pycache__')
    done = os.path.join(cache, '__init__.%s.pyc' % tag)
    top = os.path.dirname(pkg)
    if not all(_private_folder(d) for d in (top, pkg)):
        return
    try:
        os.mkdir(cache, 0o700)
    except FileExistsError:
        pass
    if not _private_folder(cache):
        return
    site = sys.modules.get('sitecustomize')
    areas = sorted(n[:-3] for n in os.listdir(pkg) if n.endswith('.py') and n != '__init__.py')     # every module
    files = [(os.path.join(pkg, name + '.py'), os.path.join(cache, '%s.%s.pyc' % (name, tag))) for name in areas]
    if site is not None and getattr(site, '__file__', None) == os.path.join(top, 'sitecustomize.py'):
        files.append((site.__file__, os.path.join(top, '__pycache__', 'sitecustomize.%s.pyc' % tag)))
    if site is not None and getattr(site, '__file__', None) == os.path.join(top, BOOT_ZIP, 'sitecustomize.py'):
        add_bytecode(os.path.join(top, BOOT_ZIP), site, lambda code, data: to_pyc(
            code, _imp.source_hash(magic, data), True), _write_whole)
    files.append((os.path.join(pkg, '__init__.py'), done))
    codes = {}
    for source, pyc in files:
        folder = os.path.dirname(pyc)
        if folder != cache:
            try:
                os.mkdir(folder, 0o700)
            except FileExistsError:
                pass
            if not _private_folder(folder):
                continue
        with open(source, 'rb') as f:
            data = f.read()
        code = compile(data, source, 'exec', dont_inherit=True, optimize=0)    # the file's name says -O is off
        codes[source] = _imp.source_hash(magic, data), code
        if pyc == done:     # (without a group's file, its areas are read from their .pyc files)
            try:
                write_groups(pkg, cache, tag, codes)
            except (KeyError, AttributeError, OSError, ValueError):
                pass
        _write_whole(pyc, to_pyc(code, codes[source][0], True))


def write_groups(pkg, cache, tag, codes):
    """Each of mptutor_trace._GROUPS in one file, <first area>+.<tag>.bin: the magic number, then marshal's
    (extensions, ((area, source hash, code), ...)), extensions (the first group's) naming the file of each C
    extension mptutor_trace.extension() loads, as this interpreter's import finds it.  The code objects are the .pyc
    files' own: compiling anything again here (without docstrings: 0.1M instructions less to unmarshal at each later
    start; schema's start-up folded into constants: 0.16M) cost the run's first interpreter about 200M more.  schema's
    and schema_futures' entries hold [snapshot, area filled first, area checked too] in place of their code (perf 38S)."""
    package = sys.modules[__package__]
    be = sys.modules['_frozen_importlib_external']
    import marshal
    for i, group in enumerate(package._GROUPS):
        extensions = {}
        for name in ('_json', 'mmap', '_ctypes') if i == 0 else ():
            module = sys.modules.get(name)
            spec = module.__spec__ if module is not None else be.PathFinder.find_spec(name)
            if spec is not None and isinstance(spec.loader, be.ExtensionFileLoader) and spec.origin:
                extensions[name] = spec.origin
        package._extensions.update(extensions)     # this interpreter's extension() too (the fork's _ctypes)
        areas = [(name,) + codes[os.path.join(pkg, name + '.py')] for name in group]
        if i == 0:      # schema's body only declares: its namespace in place of its code (and schema_futures', which it loads)
            snaps = [snapshot(package, name, code) for name, _, code in areas[:2]]
            if None not in snaps:
                areas[:2] = [(n, d, [snap, need, then]) for (n, d, _), snap, need, then
                             in zip(areas, snaps, ('', 'schema'), ('schema_futures', ''))]
        _write_whole(os.path.join(cache, '%s+.%s.bin' % (group[0], tag)),
                     be.MAGIC_NUMBER + marshal.dumps((extensions, tuple(areas))))


_LOADER_SET = ('__name__', '__loader__', '__package__', '__spec__', '__file__', '__cached__', '__builtins__')


def snapshot(package, name, code):
    """[[how, ...]]: area `name`'s namespace as its body left it in this interpreter (its module's dict, in order),
    for mptutor_trace._fill to rebuild instead of running the body (schema's ~230 declarations: about 0.6M instructions
    at each later start): how 0: a value marshal gives back as it was (str, int, tuple, list, dict...); 1: a function of
    the area's own, as its code object in `code` (compiled from the source the group's hash is of); 2: the object another
    area (value: its name, '' the package) has under the same key.  None when anything else is there."""
    prefix = package.__name__ + '.'
    module = sys.modules.get(prefix + name)
    if module is None or getattr(module, '__file__', None) != code.co_filename:
        return None
    own = {(c.co_name, c.co_firstlineno): c for c in code.co_consts if type(c) is type(code)}
    items = []
    for key, value in module.__dict__.items():
        if key in _LOADER_SET:
            continue
        if type(value) is type(snapshot) and value.__module__ == module.__name__:
            c = own.get((value.__code__.co_name, value.__code__.co_firstlineno))
            if c is None or value.__defaults__ or value.__kwdefaults__ or value.__closure__ or value.__dict__ or \
                    value.__annotations__:
                return None
            items.append((key, 1, c))
            continue
        plain = _plain(value)     # (a value: the same object as in an area its body loads, schema_futures)
        other = next((o for o in ((), ('schema_futures',))[name == 'schema'] + (() if plain else ('', 'schema'))
                      if o != name and getattr(sys.modules.get(prefix + o if o else package.__name__), key, items) is value), None)
        if other is not None:
            items.append((key, 2, other))
        elif plain:
            items.append((key, 0, value))
        else:
            return None
    runs = []       # consecutive values as one dict (one update() in _fill), consecutive names of one area as one list
    for key, how, value in items:
        if how == 0 and runs and runs[-1][0] == 0:
            runs[-1][1][key] = value
        elif how == 2 and runs and runs[-1][:2] == [2, value]:
            runs[-1][2].append(key)
        else:
            runs.append([0, {key: value}] if how == 0 else [1, key, value] if how == 1 else [2, value, [key]])
    return runs


def _plain(value):
    """Made of what marshal gives back equal and of the same types."""
    t = type(value)
    if t in (str, int, float, bool, bytes, type(None)):
        return True
    if t in (tuple, list, frozenset):
        return all(_plain(v) for v in value)
    return t is dict and all(_plain(k) and _plain(v) for k, v in value.items())


_BUILDERS = ('template', 'variant', 'hot')


def _write_whole(path, data):
    """path, 0600, with all of data or not at all: written beside it, then renamed.  (importlib's
    _write_atomic keeps a file cut short by a full disk; its header would still match the source.)"""
    tmp = '%s.%d.tmp' % (path, os.getpid())
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, 'O_CLOEXEC', 0), 0o600)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _private_folder(path):
    """A real folder (no symlink) of this user that nobody else may write to."""
    import stat
    st = os.lstat(path)
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.geteuid() and not st.st_mode & 0o022


_CRC_TABLE = []


def crc32(data):
    """zlib's CRC-32, in Python: importing zlib or binascii would load a C extension into the
    program's process for one small file."""
    table = _CRC_TABLE
    if not table:
        for n in range(256):
            c = n
            for _ in range(8):
                c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
            table.append(c)
    c = 0xFFFFFFFF
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def stored_zip(entries):
    """The bytes of a zip holding entries [(name, data)], uncompressed (DOS date 1980-01-01)."""
    def u16(n):
        return n.to_bytes(2, 'little')

    def u32(n):
        return n.to_bytes(4, 'little')
    body, central = [], []
    offset = 0
    for name, data in entries:
        raw = name.encode('ascii')
        fields = u16(0) + u16(0) + u16(0) + u16(0x21) + u32(crc32(data)) + u32(len(data)) * 2 + u16(len(raw)) + u16(0)
        local = b'PK\x03\x04' + u16(20) + fields + raw
        central.append(b'PK\x01\x02' + u16(20) + u16(20) + fields + u16(0) * 3 + u32(0) + u32(offset) + raw)
        body += [local, data]
        offset += len(local) + len(data)
    directory = b''.join(central)
    end = b'PK\x05\x06' + u16(0) * 2 + u16(len(entries)) * 2 + u32(len(directory)) + u32(offset) + u16(0)
    return b''.join(body) + directory + end


def add_bytecode(path, site, pyc_of, write_whole):
    """Rewrites the boot zip at path with sitecustomize.pyc (pyc_of(code, source)) beside its source."""
    source = site.__loader__.get_data(site.__file__)
    code = compile(source, site.__file__, 'exec', dont_inherit=True, optimize=0)
    write_whole(path, stored_zip([('sitecustomize.py', source), ('sitecustomize.pyc', pyc_of(code, source))]))
