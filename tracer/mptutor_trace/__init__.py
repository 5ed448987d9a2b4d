"""mp-tutor tracer: records what a multiprocessing program does, one JSON line per event.

Contract: docs/tracer-protocol.md.  sitecustomize.py calls start() and chain_sitecustomize() in
every interpreter of a run; nothing is traced unless MPTUTOR_TRACE_DIR is set.  Standard library only.

Where to read (each module stands alone, under 700 lines):

    writer         the core: this process's event file, emit() and emit_line()
    schema         every event kind and its fields, spelled once
    describe       JSON text and short reprs that never run the program's code
    wrapping       wrappers that stay invisible; the program's objects vs the library's
    process        multiprocessing.process and .context: start, run, exit, join, kill
    synchronize    Lock, RLock, Semaphore, Event, Condition, Barrier (multiprocessing)
    queues         Queue, JoinableQueue, SimpleQueue
    pool           Pool: submissions, tasks in the workers, results, callbacks
    shared_values  Value, Array and the rest of multiprocessing.sharedctypes
    shared_memory  SharedMemory and ShareableList (multiprocessing.shared_memory)
    connection     Pipe() ends, a listener refusing an authkey
    managers       a Manager's start and connect, proxy calls
    threads        threading's threads, Lock and RLock
    thread_sync    threading's Semaphore, Event, Condition, Barrier
    thread_locals  threading.local
    output         print(): sys.stdout / sys.stderr
    forks          os.fork() called by the program itself, and its os.waitpid()
    subprocesses   subprocess.Popen
    boot_zip       the PYTHONPATH zip's sitecustomize.pyc (the run's first interpreter only)

Design rules (why the code looks the way it does):
  * Lossless: every event reaches the kernel when it happens (see writer).
  * Transparent: wrappers call the original first (or exactly as the original would),
    return its value, let its exceptions through untouched (minus the wrapper's own frame),
    and never call user __repr__/__eq__/__getattr__.  Tracer failures disable the tracer,
    never the program.
  * Lazy: a module is patched when the program imports it (an import hook), and the area
    that patches it is imported only then, so a program (or a spawn child) that never imports
    e.g. multiprocessing.pool never loads pool.py.
  * Cheap: pre-built %-format strings, cached thread lines, C helpers only on hot paths.
"""
import os
import sys


def area(name):
    """The module mptutor_trace.<name>, loaded from the bytecode cache past importlib's search when
    the cache holds it (about 0.15M instructions less per module, at every interpreter's start),
    else imported as usual."""
    module = sys.modules.get(__name__ + '.' + name)
    if module is None:
        module = _cached_area(name)
        if module is None:
            __import__(__name__ + '.' + name)
            module = sys.modules[__name__ + '.' + name]
    return module


def _cached_area(name):
    """What importlib does with a CHECKED hash-based .pyc (compile_areas), minus the finders: under
    the module's own import lock, the .pyc is used only if it is the hash of the source beside it
    (else None: imported as usual).  Not with -O (importlib would look for an opt- .pyc).  The
    module's own exceptions surface as an import's would."""
    tag = sys.implementation.cache_tag
    if tag is None or sys.flags.optimize:
        return None
    full = __name__ + '.' + name
    try:
        bs, be = sys.modules['_frozen_importlib'], sys.modules['_frozen_importlib_external']
        lock = bs._ModuleLockManager(full)
    except (KeyError, AttributeError):     # pragma: no cover
        return None
    with lock:
        module = sys.modules.get(full)
        if module is not None:      # another thread loaded it meanwhile
            return module
        folder = __path__[0]
        source = os.path.join(folder, name + '.py')
        pyc = os.path.join(folder, '__pycache__', '%s.%s.pyc' % (name, tag))
        try:
            import _imp
            import marshal
            data = _read(pyc, getattr(os, 'O_NOFOLLOW', 0))
            if data[:8] != be.MAGIC_NUMBER + b'\x03\0\0\0' or \
                    data[8:16] != _imp.source_hash(be._RAW_MAGIC_NUMBER, _read(source, 0)):
                return None
            code = marshal.loads(memoryview(data)[16:])
            loader = be.SourceFileLoader(full, source)
            spec = bs.ModuleSpec(full, loader, origin=source)
            spec.has_location, spec.cached = True, pyc
        except (OSError, AttributeError, ValueError, EOFError, TypeError):     # no usable cache
            return None
        module = type(sys)(full)    # the attributes module_from_spec sets, without its probing
        module.__loader__, module.__package__, module.__spec__ = loader, __name__, spec
        module.__file__, module.__cached__ = source, pyc
        sys.modules[full] = module
        try:
            exec(code, module.__dict__)
        except BaseException:
            sys.modules.pop(full, None)
            raise
        module = sys.modules[full]
        setattr(sys.modules[__name__], name, module)
        return module


def _read(path, flags):
    fd = os.open(path, os.O_RDONLY | getattr(os, 'O_CLOEXEC', 0) | flags)
    try:
        return os.read(fd, os.fstat(fd).st_size)
    finally:
        os.close(fd)


for _name in ('schema', 'describe', 'writer', 'wrapping', 'forks', 'output', 'print_recorder'):     # in the order they import each other
    area(_name)
del _name

from . import forks, output, print_recorder, schema, writer  # noqa: E402  (loaded just above)
from .describe import json_str, json_str_or_null
from .writer import emit, now_ns


def _patch_threading(m):
    """Every interpreter imports threading: thread_sync waits for the program's first Semaphore,
    Event, Condition or Barrier (threads.defer_threading_sync)."""
    threads, thread_locals = area('threads'), area('thread_locals')
    o_rlock = m.RLock       # before threads.py replaces it: a Condition's own lock
    threads.patch_threading(m)
    threads.defer_threading_sync(m, o_rlock)
    thread_locals.patch_threading_local(m)


# module name -> (area module, its patcher), run once right after the module is executed; the
# area is imported then (start-up of every interpreter pays only for what its program uses)
_PATCHERS = {
    'threading': (None, _patch_threading),
    'multiprocessing.context': ('process', 'patch_context'),
    'multiprocessing.process': ('process', 'patch_process'),
    'multiprocessing.synchronize': ('synchronize', 'patch_synchronize'),
    'multiprocessing.queues': ('queues', 'patch_queues'),
    'multiprocessing.pool': ('pool', 'patch_pool'),
    'multiprocessing.connection': ('connection', 'patch_connection'),
    'multiprocessing.managers': ('managers', 'patch_managers'),
    'multiprocessing.sharedctypes': ('shared_values', 'patch_sharedctypes'),
    'multiprocessing.shared_memory': ('shared_memory', 'patch_shared_memory'),
    'subprocess': ('subprocesses', 'patch_subprocess'),
    'concurrent.futures.process': ('futures_process', 'patch_futures_process'),
    'concurrent.futures.thread': ('futures', 'patch_futures_thread'),
    'concurrent.futures._base': ('futures_waits', 'patch_futures_base'),
}


def start():
    """sitecustomize, at interpreter start: trace this interpreter when MPTUTOR_TRACE_DIR is set.
    The first interpreter of a run writes the bytecode cache (compile_areas); every later one
    loads .pyc files only.  The tracer's folder and its boot zip then leave sys.path: the package
    is loaded (its areas come through its own __path__), and every later import of the program
    would otherwise look there first, in vain.  (sitecustomize leaves the folder there when the
    tracer is off: it is the folder mp-tutor put on PYTHONPATH, or sitecustomize came from it.)"""
    if os.environ.get('MPTUTOR_TRACE_DIR'):
        compile_areas()
        install()
        ours = _our_path_entries()
        sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) not in ours]


BOOT_ZIP = 'mptutor-boot.zip'   # sitecustomize.py alone, the one entry mp-tutor puts on PYTHONPATH


def _tracer_folder():
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _our_path_entries():
    """The tracer's folder and its boot zip, as sys.path names them (absolute)."""
    here = _tracer_folder()
    return here, os.path.join(here, BOOT_ZIP)


def chain_sitecustomize():
    """Runs the next sitecustomize on sys.path (the user's or the distribution's): mp-tutor put
    our boot zip first on PYTHONPATH, so `site` imported ours instead."""
    ours = _our_path_entries()
    rest = [p for p in sys.path if os.path.abspath(p or os.curdir) not in ours]
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


AREAS = ('process', 'synchronize', 'queues', 'queue_watchers', 'queue_closing', 'pool', 'pool_spies', 'connection',
         'connection_tags', 'fd_probes', 'managers', 'shared_values', 'shared_memory', 'subprocesses', 'futures',
         'futures_process', 'futures_waits', 'threads', 'thread_locks', 'thread_sync', 'thread_locals', 'output',
         'print_recorder',
         'forks', 'writer', 'schema', 'describe', 'wrapping', 'boot_zip')


def compile_areas():
    """The bytecode cache, written once per run by its first interpreter: every module of the
    package and sitecustomize.py, as CHECKED hash-based .pyc files (PEP 552) in __pycache__ beside
    them (sitecustomize's in the boot zip when it came from there: boot_zip), so that every later interpreter (spawn children, the forkserver...) loads them instead of
    compiling the tracer, and a .pyc that does not match the source beside it is never used.
    Written only in a folder that is this user's alone (mp-tutor's private scratch folder), made
    mode 0700, each file 0600.  Costs one stat once written.  The program's own -B /
    PYTHONDONTWRITEBYTECODE still holds for everything else."""
    tag = sys.implementation.cache_tag
    pkg = os.path.dirname(os.path.abspath(__file__))
    cache = os.path.join(pkg, '__pycache__')
    done = os.path.join(cache, '__init__.%s.pyc' % tag)     # written last
    if tag is None or os.path.exists(done):
        return
    try:
        be = sys.modules['_frozen_importlib_external']
        import _imp
        magic, to_pyc = be._RAW_MAGIC_NUMBER, be._code_to_hash_pyc
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
        files = [(os.path.join(pkg, name + '.py'), os.path.join(cache, '%s.%s.pyc' % (name, tag))) for name in AREAS]
        if site is not None and getattr(site, '__file__', None) == os.path.join(top, 'sitecustomize.py'):
            files.append((site.__file__, os.path.join(top, '__pycache__', 'sitecustomize.%s.pyc' % tag)))
        if site is not None and getattr(site, '__file__', None) == os.path.join(top, BOOT_ZIP, 'sitecustomize.py'):
            area('boot_zip').add_bytecode(os.path.join(top, BOOT_ZIP), site, lambda code, data: to_pyc(
                code, _imp.source_hash(magic, data), True), _write_whole)
        files.append((os.path.join(pkg, '__init__.py'), done))
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
            _write_whole(pyc, to_pyc(code, _imp.source_hash(magic, data), True))
    except Exception:       # no cache: every interpreter compiles the tracer, as without one
        pass


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


def install():
    """Called by sitecustomize at interpreter start when MPTUTOR_TRACE_DIR is set."""
    writer.directory = os.environ.get('MPTUTOR_TRACE_DIR')
    if not writer.directory or writer.disabled:
        return
    try:
        writer.role = _role_of_interpreter()
        writer.spawned = writer.role == 'child'
        if writer.role == 'main':     # lets interpreters started by subprocess know they aren't
            os.environ['MPTUTOR_MAIN_PID'] = str(os.getpid())
        os.register_at_fork(after_in_child=writer.after_fork_in_child)
        import atexit
        atexit.register(writer.finish)
        atexit.register(output.record_all_pending)     # runs first (atexit is last in, first out)
        if writer.role != 'resource_tracker':
            # the resource tracker runs only multiprocessing's own code, never the program's: it records
            # its lane and its prints, and patching threading and multiprocessing there (about 3.3M
            # instructions, at the same moment as the first child's start) would record nothing more
            for name in list(_PATCHERS):
                if name in sys.modules:
                    _run_patcher(sys.modules[name])
            sys.meta_path.insert(0, _PatchingFinder())
        if sys.stdout is not None:
            sys.stdout = print_recorder.PrintRecorder(sys.stdout, 'stdout')
        if sys.stderr is not None:
            sys.stderr = print_recorder.PrintRecorder(sys.stderr, 'stderr')
        output.wrap_os_exit(os)
        output.wrap_os_exec(os)
        forks.install(os)
        if writer.role == 'child':
            return      # spawn child: header once Process._bootstrap names the process
        if writer.role in HELPER_NAMES:     # multiprocessing's helpers get a lane too (--show-helpers)
            writer.process_name = HELPER_NAMES[writer.role]
        if writer.role in ('main',) + tuple(HELPER_NAMES) and writer.open_file():
            emit(schema.PROCESS_START, now_ns(), (json_str(writer.process_name or 'MainProcess'), 'false', os.getppid(),
                                                  json_str_or_null(writer.current_start_method()), writer.role,
                                                  output.stdout_buffered_field()))
    except Exception:
        writer.disable()


HELPER_NAMES = {'forkserver': 'forkserver', 'resource_tracker': 'resource tracker'}


def _run_patcher(module):
    try:
        name, patcher = _PATCHERS.pop(module.__name__)
        if name is not None:
            patcher = getattr(area(name), patcher)
        patcher(module)
    except Exception:
        writer.disable()


class _PatchingFinder:
    """Finds the modules of _PATCHERS as the next finder would, and has the loader run their
    patcher right after it executed them."""
    def find_spec(self, name, path=None, target=None):
        if name not in _PATCHERS:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, 'find_spec'):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                break
        else:
            return None
        loader = spec.loader
        # only per-module loader instances (not e.g. the FrozenImporter class)
        if loader is None or isinstance(loader, type) or not hasattr(loader, 'exec_module'):
            return spec
        o_exec = loader.exec_module

        def exec_module(module):
            o_exec(module)
            _run_patcher(module)
        loader.exec_module = exec_module     # on this loader instance only
        return spec


def _role_of_interpreter():
    argv = list(getattr(sys, 'orig_argv', sys.argv))
    cmd = ' '.join(argv)
    if '--multiprocessing-fork' in argv or 'spawn_main' in cmd:
        return 'child'
    if 'multiprocessing.forkserver' in cmd:
        return 'forkserver'
    if 'multiprocessing.resource_tracker' in cmd:
        return 'resource_tracker'
    if os.environ.get('MPTUTOR_MAIN_PID'):
        return 'other'
    return 'main'
