"""mp-tutor tracer: records what a multiprocessing program does, one JSON line per event.

Contract: docs/tracer-protocol.md.  sitecustomize.py calls start() and chain_sitecustomize() in
every interpreter of a run; nothing is traced unless MPTUTOR_TRACE_DIR is set.  Standard library only.

Where to read (each module stands alone, under 400 lines; the smaller ones not listed are named for what they
watch, e.g. futures_process, queue_pickling, reap_calls, timers):

    writer         the core: this process's event file, emit() and emit_line()
    schema         every event kind and its fields, spelled once
    describe       JSON text and short reprs that never run the program's code
    wrapping       wrappers that stay invisible; the program's objects vs the library's
    process        multiprocessing.process: start, run, exit, join, kill (start_methods: the context)
    synchronize    Lock, RLock, Semaphore, Event, Condition, Barrier (thread_sync: threading's own)
    queues, pool   Queue, JoinableQueue, SimpleQueue; Pool's submissions, tasks, results, callbacks
    shared_values  Value, Array and the rest of multiprocessing.sharedctypes (shared_memory: SharedMemory)
    connection     Pipe() ends, a listener refusing an authkey (managers: a Manager, its proxy calls)
    threads        threading's threads, Lock and RLock (thread_locals: threading.local)
    output         print(): sys.stdout / sys.stderr
    forks          os.fork() called by the program itself, and its os.waitpid() (loaded at its first fork)
    subprocesses   subprocess.Popen (signals: the program's own Python signal handlers)
    boot_zip       the bytecode cache and the PYTHONPATH zip's sitecustomize.pyc (the run's first interpreter only)

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
    module's own exceptions surface as an import's would.  A source whose inode last changed
    before the .pyc was written (st_ctime, which no utime() can set back) is the one it was made
    from: its hash is not computed again (reading and hashing the sources was about 1M
    instructions at every interpreter's start); else it is, as importlib would."""
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
        source = '%s%s%s.py' % (folder, os.sep, name)      # (os.path.join: 20 times the bytecodes)
        pyc = '%s%s__pycache__%s%s.%s.pyc' % (folder, os.sep, os.sep, name, tag)
        try:
            import _imp
            import marshal
            data, written = _read(pyc, getattr(os, 'O_NOFOLLOW', 0))
            if data[:8] != be.MAGIC_NUMBER + b'\x03\0\0\0':
                return None
            if os.stat(source).st_ctime_ns >= written and \
                    data[8:16] != _imp.source_hash(be._RAW_MAGIC_NUMBER, _read(source, 0)[0]):
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
    """The file's bytes and its st_mtime_ns."""
    fd = os.open(path, os.O_RDONLY | getattr(os, 'O_CLOEXEC', 0) | flags)
    try:
        st = os.fstat(fd)
        return os.read(fd, st.st_size), st.st_mtime_ns
    finally:
        os.close(fd)


for _name in ('schema', 'describe', 'writer', 'wrapping', 'output', 'print_recorder'):     # in the order they import each other
    area(_name)
del _name

from . import output, print_recorder, schema, wrapping, writer  # noqa: E402  (loaded just above)
from .wrapping import hide_wrapper_frame, wraps
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
    'multiprocessing.context': ('start_methods', 'patch_context'),
    'multiprocessing.spawn': ('spawn_prep', 'patch_spawn'),
    'multiprocessing.process': ('process', 'patch_process'),
    'multiprocessing.synchronize': ('synchronize', 'patch_synchronize'),
    'multiprocessing.queues': ('queues', 'patch_queues'),
    'multiprocessing.pool': ('pool', 'patch_pool'),
    'multiprocessing.connection': ('connection', 'patch_connection'),
    'multiprocessing.managers': ('managers', 'patch_managers'),
    'multiprocessing.sharedctypes': ('shared_values', 'patch_sharedctypes'),
    'multiprocessing.shared_memory': ('shared_memory', 'patch_shared_memory'),
    'subprocess': (None, wrapping.defer_popen),     # subprocesses.py: at the first Popen()
    'signal': (None, output.defer_signal),     # signals.py: at the first signal() installing a function
    'concurrent.futures.process': ('futures_process', 'patch_futures_process'),
    'concurrent.futures.thread': ('futures', 'patch_futures_thread'),
    'concurrent.futures._base': ('futures_waits', 'patch_futures_base'),
    'asyncio.base_events': ('asyncio_waits', 'patch_base_events'),
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
        sys.path[:] = _not_ours(sys.path)


BOOT_ZIP = 'mptutor-boot.zip'   # sitecustomize.py alone, the one entry mp-tutor puts on PYTHONPATH


def _tracer_folder():
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _our_path_entries():
    """The tracer's folder and its boot zip, as sys.path names them (absolute)."""
    global _ours
    if _ours is None:
        here = _tracer_folder()
        _ours = here, os.path.join(here, BOOT_ZIP)
    return _ours
_ours = None


def _not_ours(paths):
    """paths without the tracer's folder and its boot zip, however named.  An absolute, already normal
    entry (site makes them so) is compared as it is: os.path.abspath is a few hundred bytecodes."""
    ours = _our_path_entries()
    sep = os.sep
    return [p for p in paths if p not in ours and (
        (p[:1] == sep and sep * 2 not in p and sep + '.' + sep not in p and sep + '..' + sep not in p
         and p[-1:] != sep and not p.endswith((sep + '.', sep + '..')))
        or os.path.abspath(p or os.curdir) not in ours)]


def chain_sitecustomize():
    """Runs the next sitecustomize on sys.path (the user's or the distribution's): mp-tutor put
    our boot zip first on PYTHONPATH, so `site` imported ours instead."""
    rest = _not_ours(sys.path)
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


def compile_areas():
    """The bytecode cache (boot_zip.compile_areas), written once per run by its first interpreter; every
    later one pays one stat here and loads none of that code."""
    tag = sys.implementation.cache_tag
    if tag is not None and not os.path.exists('%s%s__pycache__%s__init__.%s.pyc' % (__path__[0], os.sep, os.sep, tag)):
        try:
            area('boot_zip').compile_areas(__path__[0], tag)
        except Exception:       # no cache: every interpreter compiles the tracer, as without one
            pass


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
        wrapping.watch_atexit(atexit)      # the program's handlers (a fork child skips them): atexit_calls
        if writer.role != 'resource_tracker':
            # the resource tracker runs only multiprocessing's own code, never the program's: it records
            # its lane and its prints, and patching threading and multiprocessing there (about 3.3M
            # instructions, at the same moment as the first child's start) would record nothing more
            for name in list(_PATCHERS):
                if name in sys.modules:
                    _run_patcher(sys.modules[name])
            sys.meta_path.insert(0, _PatchingFinder())
        # sys.__stdout__/__stderr__ name the recorders too when they were the streams replaced: untraced
        # `sys.stdout is sys.__stdout__` holds, and a program that restores `sys.stdout = sys.__stdout__` after
        # pointing it at a file prints through the recorder again (its lines keep their rows)
        if sys.stdout is not None:
            was, sys.stdout = sys.stdout, print_recorder.PrintRecorder(sys.stdout, 'stdout')
            if sys.__stdout__ is was:
                sys.__stdout__ = sys.stdout
        if sys.stderr is not None:
            was, sys.stderr = sys.stderr, print_recorder.PrintRecorder(sys.stderr, 'stderr')
            if sys.__stderr__ is was:
                sys.__stderr__ = sys.stderr
        output.wrap_os_exit(os)
        output.wrap_os_exec(os)
        output.wrap_os_forks(os)
        if writer.role == 'child':
            return      # spawn child: header once Process._bootstrap names the process
        if writer.role in HELPER_NAMES:     # multiprocessing's helpers get a lane too (--show-helpers)
            writer.process_name = HELPER_NAMES[writer.role]
        if writer.role in ('main',) + tuple(HELPER_NAMES) and writer.open_file():
            emit(schema.PROCESS_START, now_ns(), (json_str(writer.process_name or 'MainProcess'), 'false', os.getppid(),
                                                  json_str_or_null(writer.current_start_method()), writer.role,
                                                  output.stdout_buffered_field()))
        failures = sys.modules.get(__name__ + '.patch_failures')     # an area this Python's internals defeated
        if failures is not None and writer.role != 'child':
            failures.report_pending(now=True)
    except Exception:
        writer.disable()


HELPER_NAMES = {'forkserver': 'forkserver', 'resource_tracker': 'resource tracker'}


def _run_patcher(module):
    saved = None
    try:
        name, patcher = _PATCHERS.pop(module.__name__)
        if name is not None:
            patcher = getattr(area(name), patcher)
        saved = _snapshot(module)
        patcher(module)
    except Exception as e:
        _patch_failed(module, saved, e)


# What each patcher sets or adds on its module (owner '') and classes: all _snapshot copies (the whole module and every
# class cost ~0.3M instructions a start; no entry: copied whole).  test_other_pythons.PatchPointTests checks it.
_REPLACED = {
    'threading': (':Lock RLock _make_invoke_excepthook _shutdown local | Condition:__init__ | Semaphore:__init__ | '
                  'Event:__init__ | Barrier:__init__ _release | Thread:_delete join start | Timer:cancel run'),
    'multiprocessing.context': 'BaseContext:set_executable set_forkserver_preload | DefaultContext:set_start_method',
    'multiprocessing.process': ('BaseProcess:__init__ __init_subclass__ _bootstrap _check_closed close daemon join kill name run '
                                'start terminate | _ParentProcess:is_alive'),
    'multiprocessing.synchronize': ('SemLock:__enter__ __exit__ __getstate__ __init__ __setstate__ _mptutor_acq '
                                    '_mptutor_rel | Condition:__getstate__ __init__ __setstate__ _mptutor_key notify '
                                    'wait wait_for | Event:__init__ __init_subclass__ _mptutor_key clear is_set set wait | Barrier:__getstate__ '
                                    '__init__ __setstate__ _break _mptutor_key abort wait'),
    'multiprocessing.queues': ('Queue:__getstate__ __init__ __setstate__ _mptutor_freed _mptutor_key _mptutor_watch '
                               '_start_thread cancel_join_thread close empty full get join_thread put qsize | '
                               'JoinableQueue:__init__ join put task_done | SimpleQueue:__getstate__ __init__ '
                               '__setstate__ _mptutor_key close get put'),
    'multiprocessing.pool': (':worker | Pool:__init__ _guarded_task_generation _map_async _mptutor_key _setup_queues '
                             '_terminate_pool apply_async close imap imap_unordered join terminate | '
                             'ApplyResult:_mptutor_pool _set get wait | MapResult:__init__ _set | '
                             'IMapIterator:__next__ _mptutor_pool _set next | IMapUnorderedIterator:_set'),
    'multiprocessing.connection': (':Client Pipe answer_challenge deliver_challenge wait | _ConnectionBase:_mptutor '
                                   '_mptutor_item poll recv send | Listener:accept'),
    'multiprocessing.managers': ('Server:create serve_forever | BaseManager:_finalize_manager connect start | '
                                 'BaseProxy:_callmethod'),
    'multiprocessing.sharedctypes': (':Array RawArray RawValue Value make_property synchronized | '
                                     'SynchronizedBase:__reduce__ _mptutor_key | Synchronized:value | '
                                     'SynchronizedArray:__getitem__ __getslice__ __setitem__ __setslice__ | '
                                     'SynchronizedString:raw value'),
    'multiprocessing.shared_memory': ('SharedMemory:__init__ close unlink | ShareableList:__getitem__ __init__ '
                                      '__setitem__'),
    'subprocess': 'Popen:__init__',
    'signal': ':getsignal signal',
    'concurrent.futures.process': (':_process_worker | _SafeQueue:_on_queue_feeder_error | '
                                   '_ExecutorManagerThread:process_result_item terminate_broken | '
                                   'ProcessPoolExecutor:__init__ shutdown submit'),
    'concurrent.futures.thread': ':_worker | _WorkItem:__init__ run | ThreadPoolExecutor:__init__ shutdown submit',
    'concurrent.futures._base': ':_create_and_install_waiters | Future:add_done_callback cancel exception result',
    'asyncio.base_events': 'BaseEventLoop:run_in_executor',
}


def _snapshot(module):
    """[(owner, {name: value}, names or None: all)]: what the patcher may replace, copied before it runs: one that
    fails on another Python's internals is rolled back (patch_failures), and the other areas go on tracing."""
    name, d = module.__name__, module.__dict__
    spec = _REPLACED.get(name)
    if spec is None:
        return [(o, dict(o.__dict__), None) for o in [module] + [c for c in list(d.values()) if isinstance(c, type)
                                                                   and getattr(c, '__module__', None) == name]]
    saved = []
    for part in spec.split(' | '):
        owner, _, names = part.partition(':')
        target = d.get(owner) if owner else module
        if target is module or isinstance(target, type):    # else not in this Python: the patcher fails or skips it
            now, names = target.__dict__, names.split()
            saved.append((target, {k: now[k] for k in names if k in now}, names))
    return saved


def _patch_failed(module, saved, error):
    try:
        area('patch_failures').failed(module, saved, error)
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
