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
    connection     Pipe() ends, a listener refusing an authkey
    managers       a Manager's start and connect, proxy calls
    threads        threading's threads, Lock and RLock
    thread_sync    threading's Semaphore, Event, Condition, Barrier
    thread_locals  threading.local
    output         print(): sys.stdout / sys.stderr
    subprocesses   subprocess.Popen

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

from . import output, schema, writer
from .describe import json_str, json_str_or_null
from .writer import emit, now_ns


def _patch_threading(m):
    from . import thread_locals, thread_sync, threads
    o_rlock = m.RLock       # before threads.py replaces it: a Condition's own lock
    threads.patch_threading(m)
    thread_sync.patch_threading_sync(m, o_rlock)
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
    'subprocess': ('subprocesses', 'patch_subprocess'),
    'concurrent.futures.process': ('futures', 'patch_futures_process'),
    'concurrent.futures.thread': ('futures', 'patch_futures_thread'),
    'concurrent.futures._base': ('futures', 'patch_futures_base'),
}


def start():
    """sitecustomize, at interpreter start, with bytecode writing on: trace this interpreter
    when MPTUTOR_TRACE_DIR is set.  The first interpreter of a run compiles the whole package
    into the run's scratch folder; every later one loads .pyc files only."""
    if os.environ.get('MPTUTOR_TRACE_DIR'):
        compile_areas()
        install()


def chain_sitecustomize():
    """Runs the next sitecustomize on sys.path (the user's or the distribution's): mp-tutor put
    this folder first on PYTHONPATH, so `site` imported ours instead."""
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rest = [p for p in sys.path if os.path.abspath(p or os.curdir) != here]
    from importlib.machinery import PathFinder
    try:    # importlib.util's own function, without importing importlib.util (contextlib, types...)
        from importlib._bootstrap import module_from_spec
    except ImportError:     # pragma: no cover
        from importlib.util import module_from_spec
    spec = PathFinder.find_spec('sitecustomize', rest)
    if spec is None or spec.loader is None:
        return
    module = module_from_spec(spec)
    sys.modules['sitecustomize'] = module    # `import sitecustomize` now finds theirs
    spec.loader.exec_module(module)          # their exceptions surface as site reports them


def compile_areas():
    """Byte-compiles every area once per run (sitecustomize calls this with bytecode writing on):
    the areas are imported lazily, later, under the program's own -B/PYTHONDONTWRITEBYTECODE,
    and a .pyc already there is read even then.  Costs one stat once they are compiled."""
    tag = sys.implementation.cache_tag
    here = os.path.dirname(__file__)
    if tag is None or os.path.exists(os.path.join(here, '__pycache__', 'thread_sync.%s.pyc' % tag)):
        return
    for area in ('process', 'synchronize', 'queues', 'pool', 'connection', 'managers', 'shared_values',
                 'subprocesses', 'futures', 'threads', 'thread_sync', 'thread_locals'):
        __import__(__name__ + '.' + area)


def install():
    """Called by sitecustomize at interpreter start when MPTUTOR_TRACE_DIR is set."""
    writer.directory = os.environ.get('MPTUTOR_TRACE_DIR')
    if not writer.directory or writer.disabled:
        return
    try:
        writer.role = _role_of_interpreter()
        if writer.role == 'main':     # lets interpreters started by subprocess know they aren't
            os.environ['MPTUTOR_MAIN_PID'] = str(os.getpid())
        os.register_at_fork(after_in_child=writer.after_fork_in_child)
        import atexit
        atexit.register(writer.finish)
        atexit.register(output.record_all_pending)     # runs first (atexit is last in, first out)
        for name in list(_PATCHERS):
            if name in sys.modules:
                _run_patcher(sys.modules[name])
        sys.meta_path.insert(0, _PatchingFinder())
        if sys.stdout is not None:
            sys.stdout = output.PrintRecorder(sys.stdout, 'stdout')
        if sys.stderr is not None:
            sys.stderr = output.PrintRecorder(sys.stderr, 'stderr')
        if writer.role == 'child':
            return      # spawn child: header once Process._bootstrap names the process
        if writer.role in HELPER_NAMES:     # multiprocessing's helpers get a lane too (--show-helpers)
            writer.process_name = HELPER_NAMES[writer.role]
        if writer.role in ('main',) + tuple(HELPER_NAMES) and writer.open_file():
            emit(schema.PROCESS_START, now_ns(), (json_str(writer.process_name or 'MainProcess'), 'false', os.getppid(),
                                                  json_str_or_null(writer.current_start_method()), writer.role))
    except Exception:
        writer.disable()


HELPER_NAMES = {'forkserver': 'forkserver', 'resource_tracker': 'resource tracker'}


def _run_patcher(module):
    try:
        area, patcher = _PATCHERS.pop(module.__name__)
        if area is not None:
            patcher = getattr(__import__(__name__ + '.' + area, fromlist=(patcher,)), patcher)
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
