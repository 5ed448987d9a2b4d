"""mp-tutor tracer: records what a multiprocessing program does, one JSON line per event.

Contract: docs/tracer-protocol.md.  sitecustomize.py calls start() in every interpreter of a run; nothing is
traced unless MPTUTOR_TRACE_DIR is set.  Standard library only.

Where to read (each module stands alone, under 400 lines; the smaller ones not listed are named for what they
watch, e.g. futures_process, queue_pickling, reap_calls, timers):

    writer         the core: this process's event file, emit() and emit_line() (compact_lines: hot lines in hex)
    schema, describe   every event kind and its fields, spelled once; JSON text and reprs that run no program code
    wrapping       wrappers that stay invisible; the program's objects vs the library's
    process        multiprocessing.process: start, run, exit, join, kill (start_methods: the context)
    synchronize    Lock, RLock, Semaphore, Event, Condition, Barrier (thread_sync: threading's own)
    queues, pool   Queue, JoinableQueue, SimpleQueue; Pool's submissions, tasks, results, callbacks
    shared_values  Value, Array and the rest of multiprocessing.sharedctypes (shared_memory: SharedMemory)
    connection     Pipe() ends, a listener refusing an authkey (managers: a Manager, its proxy calls)
    threads, output    threading's threads, Lock and RLock (thread_locals: threading.local); print()
    forks          os.fork() called by the program itself, and its os.waitpid() (loaded at its first fork)
    subprocesses   subprocess.Popen (signals: the program's own Python signal handlers)
    boot_zip       the bytecode cache and the PYTHONPATH zip's sitecustomize.pyc (the run's first interpreter only)

Design rules (why the code looks the way it does):
  * Lossless: every event reaches the kernel when it happens (see writer).
  * Transparent: wrappers call the original first (or exactly as the original would), return its value, let its
    exceptions through untouched (minus the wrapper's own frame), and never call user __repr__/__eq__/__getattr__.
    Tracer failures disable the tracer, never the program.
  * Lazy: a module is patched when the program imports it (an import hook), and the area that patches it is imported
    only then, so a program (or a spawn child) that never imports e.g. multiprocessing.pool never loads pool.py.
  * Cheap: pre-built %-format strings, cached thread lines, C helpers only on hot paths.
"""
import _imp
import marshal
import os
import sys


def area(name, alone=False):
    """The module mptutor_trace.<name>, loaded from the bytecode cache past importlib's search when the cache holds it
    (about 0.15M instructions less per module, at every interpreter's start), else imported as usual.  alone: the
    package's start-up areas, loaded while its import holds its lock (an import of one waits for it): no lock of theirs."""
    module = sys.modules.get(__name__ + '.' + name)
    if module is None:
        module = (name not in _FIRST or area(_FIRST[name], alone)) and _cached_area(name, alone)
        if module is None:
            __import__(__name__ + '.' + name)
            module = sys.modules[__name__ + '.' + name]
    return module


def _cached_area(name, alone=False):
    """What importlib does with a CHECKED hash-based .pyc (compile_areas), minus the finders: under the module's own
    import lock, the .pyc (or its group's file, _GROUPS) is used only if it is the hash of the source beside it (else
    None: imported as usual).  Not with -O (importlib would look for an opt- .pyc).  Its exceptions are an import's.  A
    source whose inode last changed before the .pyc was written (st_ctime, which no utime() can set back) is the one it
    was made from: not hashed again (1M instructions at every interpreter's start); else it is (_fresh)."""
    tag = sys.implementation.cache_tag
    if tag is None or sys.flags.optimize:
        return None
    full = __name__ + '.' + name
    try:
        bs, be = sys.modules['_frozen_importlib'], sys.modules['_frozen_importlib_external']
        if alone:
            return _load_cached(name, full, tag, bs, be)
        with bs._ModuleLockManager(full):
            return _load_cached(name, full, tag, bs, be)
    except (KeyError, AttributeError):     # pragma: no cover
        return None


def _load_cached(name, full, tag, bs, be):
    module = sys.modules.get(full)
    if module is not None:      # another thread loaded it meanwhile
        return module
    folder = __path__[0]
    source = '%s%s%s.py' % (folder, os.sep, name)      # (os.path.join: 20 times the bytecodes)
    pyc = '%s%s__pycache__%s%s.%s.pyc' % (folder, os.sep, os.sep, name, tag)
    try:
        grouped = _grouped(name, folder, tag, be.MAGIC_NUMBER)
        if grouped is None:
            data, written = _read(pyc, getattr(os, 'O_NOFOLLOW', 0))
            if data[:8] != be.MAGIC_NUMBER + b'\x03\0\0\0':
                return None
            grouped = data[8:16], None, written
        digest, code, written = grouped
        if not _fresh(source, digest, written, be) or type(code) is list and not _usable(code, folder, be):
            return None
        code = code or marshal.loads(memoryview(data)[16:])
        loader = be.SourceFileLoader(full, source)
        spec = bs.ModuleSpec(full, loader, origin=source)
        spec.has_location, spec.cached, spec._initializing = True, pyc, True
    except (OSError, AttributeError, ValueError, EOFError, TypeError):     # no usable cache
        return None
    module = type(sys)(full)    # the attributes module_from_spec sets, without its probing
    module.__loader__, module.__package__, module.__spec__ = loader, __name__, spec
    module.__file__, module.__cached__ = source, pyc
    sys.modules[full] = module
    try:
        exec(code, module.__dict__) if type(code) is not list else _fill(module.__dict__, code[0], name)
    except BaseException:
        sys.modules.pop(full, None)
        raise
    finally:    # as importlib leaves it (each import of a module whose spec has none raises an AttributeError inside)
        spec._initializing = False
    module = sys.modules[full]
    setattr(sys.modules[__name__], name, module)
    return module


def _fresh(source, digest, written, be):
    return os.stat(source).st_ctime_ns < written or digest == _imp.source_hash(be._RAW_MAGIC_NUMBER, _read(source, 0)[0])

def _usable(snap, folder, be):
    """schema_futures' snapshot only in schema's, schema's only with schema_futures unchanged (else each body runs)."""
    return (not snap[1] or snap[1] in _filled) and (not snap[2] or snap[2] in _unrun and _fresh(
        '%s%s%s.py' % (folder, os.sep, snap[2]), _unrun[snap[2]][0], _unrun[snap[2]][2], be))


def _fill(d, items, name):
    """An area's namespace from its snapshot (boot_zip.snapshot: schema's ~230 declarations) in place of its body."""
    d['__builtins__'] = __builtins__    # (as exec() puts it)
    _filled.add(name)
    for how, value, *rest in items:     # a dict of values; a function's name and code; an area's name and keys
        if how == 2:
            value = area(value, True) if value else sys.modules[__name__]
            for key in rest[0]:
                d[key] = getattr(value, key)
        else:
            d.update(value) if how == 0 else d.__setitem__(value, type(_fill)(rest[0], d))


# Areas loaded together, each group's code in ONE cache file (boot_zip): one read and unmarshalling.  First: start-up (and
# extension()'s files); second: the rest (_START: the tracker's first print), threading's, multiprocessing's, tracker_calls;
_GROUPS = (('schema', 'schema_futures', 'describe', 'writer', 'roles'), ('wrapping', 'output', 'compact_lines', 'print_recorder', 'threads',
    'thread_locals', 'thread_names', 'recursion_depth', 'process_checks', 'process', 'start_methods', 'process_setters', 'helper_launches', 'tracker_calls'))
_START, _FIRST = _GROUPS[1][:4], {'print_recorder': 'compact_lines', 'process': 'process_checks', 'process_checks': 'recursion_depth'}  # area() loads
# the first before the second, which imports it (`from .x import`: importlib would search for it and hash its source)
_unrun, _filled, _extensions = {}, set(), {}   # area -> (source hash, code, file's mtime) until run (group[0] + '+':
# read); areas filled from snapshots; C extension module -> its file, as the run's first interpreter's import found it


def _grouped(name, folder, tag, magic):
    for group in _GROUPS:
        if name in group and group[0] + '+' not in _unrun:
            _unrun[group[0] + '+'] = None
            try:
                data, written = _read('%s%s__pycache__%s%s+.%s.bin' % (folder, os.sep, os.sep, group[0], tag),
                                      getattr(os, 'O_NOFOLLOW', 0))
                if data[:4] == magic:
                    extensions, areas = marshal.loads(memoryview(data)[4:])
                    _extensions.update(extensions)
                    _unrun.update((n, (digest, code, written)) for n, digest, code in areas)
            except (OSError, ValueError, EOFError, TypeError):
                pass
    return _unrun.pop(name, None)


def extension(name):
    """The C extension `name` (_json, mmap, _ctypes) from the file the run's first interpreter imported, if its folder is on
    sys.path (the same Python) and no built-in module has it: no search of each sys.path entry.  Else imported."""
    module = sys.modules.get(name)
    path = _extensions.get(name)
    if module is None and path and name not in sys.builtin_module_names and path.rpartition(os.sep)[0] in sys.path:
        try:
            bs, be = sys.modules['_frozen_importlib'], sys.modules['_frozen_importlib_external']
            return bs._load(be.spec_from_file_location(name, path, loader=be.ExtensionFileLoader(name, path)))
        except Exception:    # importlib's own import says why, if it fails too
            pass
    return module or __import__(name)


def _read(path, flags):
    """The file's bytes and its st_mtime_ns."""
    fd = os.open(path, os.O_RDONLY | getattr(os, 'O_CLOEXEC', 0) | flags)
    try:
        st = os.fstat(fd)
        return os.read(fd, st.st_size), st.st_mtime_ns
    finally:
        os.close(fd)


for _name in _GROUPS[0]:      # in the order they import each other
    area(_name, True)
_HELPER = roles.helper_role()      # the resource tracker loads _START at its first print (tracker_start)
for _name in (() if _HELPER == 'resource_tracker' else _START):
    area(_name, True)
del _name

from . import schema, writer  # noqa: E402  (loaded just above; output, print_recorder, wrapping too but in the tracker)
from .describe import json_str, json_str_or_null; from .writer import emit, now_ns  # noqa: E402, E702


def _patch_threading(m):
    """Every interpreter imports threading: thread_sync waits for the first Semaphore, Event, Condition or Barrier."""
    threads, thread_locals = area('threads'), area('thread_locals')
    o_rlock = m.RLock       # before threads.py replaces it: a Condition's own lock
    threads.patch_threading(m)
    threads.defer_threading_sync(m, o_rlock)
    thread_locals.patch_threading_local(m)
    area('thread_names').watch_name(m)


# module name -> (area module, its patcher), run once right after the module is executed; the
# area is imported then (start-up of every interpreter pays only for what its program uses)
_PATCHERS = {
    'threading': (None, _patch_threading), 'multiprocessing.context': ('start_methods', 'patch_context'),
    'multiprocessing.spawn': ('start_methods', 'patch_spawn'), 'multiprocessing.process': ('process', 'patch_process'),
    'multiprocessing.synchronize': ('synchronize', 'patch_synchronize'), 'multiprocessing.queues': ('queues', 'patch_queues'),
    'multiprocessing.pool': ('pool', 'patch_pool'), 'multiprocessing.connection': ('connection', 'patch_connection'),
    'multiprocessing.managers': ('managers', 'patch_managers'), 'multiprocessing.sharedctypes': ('shared_values', 'patch_sharedctypes'),
    'multiprocessing.shared_memory': ('shared_memory', 'patch_shared_memory'),
    'multiprocessing.resource_tracker': ('helper_launches', 'patch_resource_tracker'), 'multiprocessing.forkserver': ('helper_launches', 'patch_forkserver'),
    'subprocess': ('wrapping', 'defer_popen'),     # subprocesses.py: at the first Popen()
    'signal': ('output', 'defer_signal'),     # signals.py: at the first signal() installing a function
    '_thread': ('output', 'defer_interrupt_main'),    # main_interrupt.py: at the first interrupt_main() (gaps 36B)
    'concurrent.futures.process': ('futures_process', 'patch_futures_process'), 'concurrent.futures.thread': ('futures', 'patch_futures_thread'),
    'concurrent.futures._base': ('futures_waits', 'patch_futures_base'), 'asyncio.base_events': ('asyncio_waits', 'patch_base_events'),
}


def start():
    """sitecustomize, at interpreter start: trace this interpreter when MPTUTOR_TRACE_DIR is set.  The run's first
    interpreter writes the bytecode cache (compile_areas).  (sitecustomize then runs the next sitecustomize.)"""
    if os.environ.get('MPTUTOR_TRACE_DIR'):
        compile_areas()
        install()


BOOT_ZIP = 'mptutor-boot.zip'   # sitecustomize.py alone, the one entry mp-tutor puts on PYTHONPATH

def compile_areas():
    """The bytecode cache (boot_zip), written by the run's first interpreter; a later one pays one stat here."""
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
        if writer.role == 'resource_tracker':
            # it runs only multiprocessing's code: its lane and its prints (tracker_start); patching threading, multi-
            # processing, os or atexit there (3.3M instructions, beside the first child's start) records nothing more
            area('tracker_start').install(atexit)
        else:
            for _name in _START:    # (loaded with the package unless its role looked like the tracker's)
                area(_name)
            atexit.register(output.record_all_pending)     # runs first (atexit is last in, first out)
            wrapping.watch_atexit(atexit)      # the program's handlers (a fork child skips them): atexit_calls
            for name in list(_PATCHERS):
                if name in sys.modules:
                    _run_patcher(sys.modules[name])
            sys.meta_path.insert(0, _PatchingFinder())
            output.wrap_os_exec(os)
            output.wrap_os_forks(os)
            # sys.__stdout__/__stderr__ name the recorders too when they were the streams replaced: untraced `sys.stdout is
            # sys.__stdout__` holds, and a program that restores `sys.stdout = sys.__stdout__` after pointing it at a file
            # prints through the recorder again (its lines keep their rows)
            for stream in ('stdout', 'stderr'):
                was = getattr(sys, stream)
                if was is not None:
                    setattr(sys, stream, print_recorder.PrintRecorder(was, stream))
                    if getattr(sys, '__%s__' % stream) is was:
                        setattr(sys, '__%s__' % stream, getattr(sys, stream))
            output.wrap_os_exit(os)
        if writer.role == 'child':
            return      # spawn child: header once Process._bootstrap names the process
        if writer.role in HELPER_NAMES:     # multiprocessing's helpers get a lane too (--show-helpers)
            writer.process_name = HELPER_NAMES[writer.role]
        if writer.role in ('main',) + tuple(HELPER_NAMES) and writer.open_file():
            emit(schema.PROCESS_START, now_ns(), (json_str(writer.process_name or 'MainProcess'), 'false', os.getppid(),
                                                  json_str_or_null(writer.current_start_method()), writer.role,
                                                  writer.stdout_buffered_field()))
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
                  'Event:__init__ | Barrier:__init__ _release | Thread:_delete join name start | Timer:cancel run'),
    'multiprocessing.context': 'BaseContext:set_executable set_forkserver_preload | DefaultContext:set_start_method get_start_method',
    'multiprocessing.spawn': ':get_preparation_data prepare',
    'multiprocessing.process': ('BaseProcess:__init__ __init_subclass__ _bootstrap _check_closed close daemon is_alive join kill name run '
                                'start terminate | _ParentProcess:is_alive'),
    'multiprocessing.synchronize': ('SemLock:__enter__ __exit__ __getstate__ __init__ __setstate__ _mptutor_acq _mptutor_rel | '
                                    'Condition:__getstate__ __init__ __setstate__ _mptutor_key notify wait wait_for | Event:__init__ '
                                    '__init_subclass__ _mptutor_key clear is_set set wait | Barrier:__getstate__ __init__ __setstate__ _break _mptutor_key abort reset wait'),
    'multiprocessing.queues': ('Queue:__getstate__ __init__ __setstate__ _after_fork _mptutor_count _mptutor_freed '
                               '_feed _mptutor_fast _mptutor_key _mptutor_slot _mptutor_told _mptutor_watch _start_thread cancel_join_thread close empty '
                               'full get join_thread put qsize | JoinableQueue:__init__ join put task_done | '
                               'SimpleQueue:__getstate__ __init__ __setstate__ _mptutor_key close get put'),
    'multiprocessing.pool': (':worker | Pool:__init__ _guarded_task_generation _map_async _mptutor_key _setup_queues '
                             '_terminate_pool apply_async close imap imap_unordered join terminate | '
                             'ApplyResult:_mptutor_pool _set get ready successful wait | MapResult:__init__ _set | '
                             'IMapIterator:__next__ _mptutor_pool _set next | IMapUnorderedIterator:_set'),
    'multiprocessing.connection': (':Client Pipe answer_challenge deliver_challenge wait | _ConnectionBase:_mptutor '
                                   '_mptutor_item _mptutor_wait_t poll recv send | Listener:__init__ accept close'),
    'multiprocessing.managers': ('Server:create serve_forever | BaseManager:_create _finalize_manager connect start | '
                                 'BaseProxy:_callmethod'),
    'multiprocessing.sharedctypes': (':Array RawArray RawValue Value copy make_property synchronized | '
                                     'SynchronizedBase:__reduce__ _mptutor_key | Synchronized:value | '
                                     'SynchronizedArray:__getitem__ __getslice__ __setitem__ __setslice__ | '
                                     'SynchronizedString:raw value'),
    'multiprocessing.shared_memory': ('SharedMemory:__init__ close unlink | ShareableList:__getitem__ __init__ '
                                      '__setitem__'),
    'subprocess': 'Popen:__init__', 'signal': ':getsignal raise_signal signal', '_thread': ':interrupt_main',
    'concurrent.futures.process': (':_process_worker | _SafeQueue:_on_queue_feeder_error | '
                                   '_ExecutorManagerThread:process_result_item terminate_broken | '
                                   'ProcessPoolExecutor:__init__ _spawn_process shutdown submit | _ThreadWakeup:wakeup'),
    'concurrent.futures.thread': ':_worker | _WorkItem:__init__ run | ThreadPoolExecutor:__init__ _initializer_failed shutdown submit',
    'concurrent.futures._base': ':_create_and_install_waiters | Future:__init__ add_done_callback cancel exception result set_exception set_result', 'asyncio.base_events': 'BaseEventLoop:run_in_executor',
    'multiprocessing.resource_tracker': ':ensure_running register unregister | ResourceTracker:ensure_running', 'multiprocessing.forkserver': ':ensure_running | ForkServer:ensure_running',
}


def _snapshot(module):
    """[(owner, {name: value}, names or None: all)]: what the patcher may replace, copied before it runs (a patcher
    failing on another Python's internals is rolled back: patch_failures)."""
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
    """Finds the modules of _PATCHERS as the next finder would, and has the loader run their patcher after them."""
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
    """A helper of multiprocessing's by its exact command line (roles), else the run's main or another interpreter."""
    return _HELPER or ('other' if os.environ.get('MPTUTOR_MAIN_PID') else 'main')
