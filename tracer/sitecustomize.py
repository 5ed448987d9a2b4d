"""mp-tutor: starts the tracer in this interpreter, then the user's own sitecustomize.

mp-tutor puts this file on PYTHONPATH inside a one-file zip, mptutor-boot.zip, beside the package:
every import an interpreter makes before this file runs (encodings, site's .pth files...) looks
in each PYTHONPATH entry first, and a zip answers "not here" from its table in memory where a
folder costs a stat and a dozen path joins each time.  The package is read from its bytecode cache
(_cached_package); the run's first interpreter, which writes that cache and adds this file's .pyc to
the zip (boot_zip.py), imports it from the zip's folder, on sys.path only for that import.
mptutor_trace/__init__.py explains start() and compile_areas().  Once the tracer is on, the tracer's folder and its
boot zip leave sys.path: the package is loaded (its areas come through its own __path__), and every later import of
the program would otherwise look there first, in vain.  (They stay when the tracer is off: it is the folder mp-tutor
put on PYTHONPATH, or sitecustomize came from it.)  Then the next sitecustomize on sys.path runs (_chain)."""
import os
import sys


def _start():
    """Imports the package with no pycache prefix (its cache is mptutor_trace/__pycache__) and the
    garbage collector paused (start-up makes thousands of objects: no collection of the whole heap
    meanwhile), then restores both (interpreter start: only this thread runs)."""
    import gc
    prefix, collecting = sys.pycache_prefix, gc.isenabled()
    sys.pycache_prefix = None
    gc.disable()
    folder = __file__.rpartition('/')[0]
    lib = None
    try:
        mptutor_trace = _cached_package(folder)
        if mptutor_trace is None:
            if folder.endswith('.zip'):     # mptutor-boot.zip: the package is in the zip's folder (start() takes it
                lib = folder.rpartition('/')[0]     # off sys.path; read from its cache, it never goes there, and no
                sys.path.insert(0, lib)     # import the tracer makes, e.g. of _json or mmap, searches that folder)
            import mptutor_trace
        mptutor_trace.start()
        if os.environ.get('MPTUTOR_TRACE_DIR'):
            sys.path[:] = _not_ours(sys.path, mptutor_trace)
        return mptutor_trace
    except Exception:   # the tracer must never stop a program from starting
        return None
    finally:
        if lib in sys.path:     # the tracer is off, or failed
            sys.path.remove(lib)
        sys.pycache_prefix = prefix
        if collecting:
            gc.enable()


def _cached_package(folder):
    """The package from its CHECKED hash-based __init__ .pyc, past importlib's search of the tracer's folder (about
    0.4M instructions less at every interpreter's start): what mptutor_trace._cached_area does for each area (it says
    why each test), with the module attributes importlib gives a package.  None when the cache is not usable (the run's
    first interpreter writes it): then imported as usual."""
    tag = sys.implementation.cache_tag
    if tag is None or sys.flags.optimize:
        return None
    try:
        import _imp
        import marshal
        import os
        bs, be = sys.modules['_frozen_importlib'], sys.modules['_frozen_importlib_external']
        pkg = (folder.rpartition('/')[0] if folder.endswith('.zip') else folder) + '/mptutor_trace'
        source, pyc = pkg + '/__init__.py', '%s/__pycache__/__init__.%s.pyc' % (pkg, tag)
        fd = os.open(pyc, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
        try:
            data = os.read(fd, os.fstat(fd).st_size)
            written = os.fstat(fd).st_mtime_ns
        finally:
            os.close(fd)
        if data[:8] != be.MAGIC_NUMBER + b'\x03\0\0\0':
            return None
        if os.stat(source).st_ctime_ns >= written:
            fd = os.open(source, os.O_RDONLY | os.O_CLOEXEC)
            try:
                text = os.read(fd, os.fstat(fd).st_size)
            finally:
                os.close(fd)
            if data[8:16] != _imp.source_hash(be._RAW_MAGIC_NUMBER, text):
                return None
        code = marshal.loads(memoryview(data)[16:])
        loader = be.SourceFileLoader('mptutor_trace', source)
        spec = bs.ModuleSpec('mptutor_trace', loader, origin=source, is_package=True)
        spec.submodule_search_locations.append(pkg)
        spec.has_location, spec.cached, spec._initializing = True, pyc, True
    except (OSError, KeyError, AttributeError, ValueError, EOFError, TypeError):     # no usable cache
        return None
    module = type(sys)('mptutor_trace')
    module.__loader__, module.__package__, module.__spec__ = loader, 'mptutor_trace', spec
    module.__path__, module.__file__, module.__cached__ = spec.submodule_search_locations, source, pyc
    sys.modules['mptutor_trace'] = module
    try:
        exec(code, module.__dict__)
    except BaseException:
        sys.modules.pop('mptutor_trace', None)
        raise
    finally:
        spec._initializing = False      # as importlib leaves it
    return sys.modules['mptutor_trace']


def _not_ours(paths, package):
    """paths without the tracer's folder and its boot zip, however named.  An absolute, already normal
    entry (site makes them so) is compared as it is: os.path.abspath is a few hundred bytecodes."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(package.__file__)))
    ours = here, os.path.join(here, package.BOOT_ZIP)
    sep = os.sep
    return [p for p in paths if p not in ours and (
        (p[:1] == sep and sep * 2 not in p and sep + '.' + sep not in p and sep + '..' + sep not in p
         and p[-1:] != sep and not p.endswith((sep + '.', sep + '..')))
        or os.path.abspath(p or os.curdir) not in ours)]


def _chain(package):
    """Runs the next sitecustomize on sys.path (the user's or the distribution's): mp-tutor put
    our boot zip first on PYTHONPATH, so `site` imported ours instead."""
    rest = _not_ours(sys.path, package)
    try:    # importlib's own, from the frozen modules every interpreter has loaded (importing
        # importlib.machinery or .util costs more than the rest of the tracer's start-up)
        PathFinder = sys.modules['_frozen_importlib_external'].PathFinder
        module_from_spec = sys.modules['_frozen_importlib'].module_from_spec
    except (KeyError, AttributeError):     # pragma: no cover
        from importlib.machinery import PathFinder
        from importlib.util import module_from_spec
    spec = PathFinder.find_spec('sitecustomize', rest)
    if spec is None or spec.loader is None:
        return
    module = module_from_spec(spec)
    sys.modules['sitecustomize'] = module    # `import sitecustomize` now finds theirs
    spec.loader.exec_module(module)          # their exceptions surface as site reports them


_tracer = _start()
if _tracer is not None:
    _chain(_tracer)
del _start, _cached_package, _not_ours, _chain, _tracer, os
