"""The core writer: this process's event file, and the two calls every area uses to write a line.

    emit(template, t, values)        cold paths: template from schema, values %-formatted
    emit_line(line_start, t, fields) hot paths: fields already built by the caller

Lossless: every event reaches the kernel when it happens, with no buffering in Python: copied
into a MAP_SHARED mapping of the event file (default; in the page cache at once, and no GIL
release, so no convoy with the program's threads) or, with MPTUTOR_TRACE_WRITER=write, ONE
os.write on an O_APPEND fd.  os._exit, SIGTERM and SIGKILL lose nothing.

Tracer failures disable the tracer (disable(); `disabled` becomes True for good), never the
program.  Every wrapper checks `writer.disabled` before doing anything of its own.
"""
import itertools
import os
import sys
import weakref
import _thread
from time import monotonic_ns as now_ns

from . import schema
from .describe import JSON_BOOL, PLAIN_FUNCTION, json_str, json_str_or_null

_get_ident = _thread.get_ident
_write = os.write
_APPEND_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, 'O_CLOEXEC', 0)
_USE_MMAP = os.environ.get('MPTUTOR_TRACE_WRITER', 'mmap') == 'mmap'
INFRA_ROLES = ('forkserver', 'resource_tracker', 'manager')

# What this process is.  role: main, child, manager, forkserver, resource_tracker, other
# (docs/tracer-protocol.md); process.py sets the three in Process._bootstrap.
directory = None            # MPTUTOR_TRACE_DIR, set by install()
role = 'main'
process_name = None         # the Process's name, once _bootstrap has named it
start_method = None         # this process's own start method, once _bootstrap knows it
spawned = False             # started by spawn's spawn_main: it leaves by sys.exit(), so atexit handlers still run
began = now_ns()            # when the tracer began here: this interpreter's start, or (after_fork_in_child) the fork

# The event file.  _fd: -1 = not opened yet (the first event opens it), -2 = tracer disabled,
# >= 0 = our file.  `disabled` mirrors _fd == -2 for the areas' wrappers (one attribute load).
disabled = False
_fd = -1
event_path = None           # this process's event file, once open (output.py keeps a side slot beside it)
_counter = itertools.count()
_threads = {}               # ident -> str(ident), for threads with a `thread` line in this file
# (an entry in either means the file is open: a fork empties both; disable() leaves them, but every wrapper asks `disabled` first)
_threads_b = {}             # the same as bytes, for hot paths that build their line as bytes (%-format: no encode)
first_names = {}            # ident -> the name a thread without a `thread` line yet had before a rename (thread_names)
_open_lock = _thread.RLock()    # only for opening the file (rare)
_opening = False
_mm = None                  # the mapping (mmap writer)
_out = None                 # writes one line: _mm.write (mmap writer) or os.write on _fd, bound once per file
_grow_lock = _thread.RLock()    # only for growing the mapping (rare)
_size = 0                   # bytes of the file reserved and mapped
FIRST_RESERVATION = 1 << 16     # bytes: a short process's whole file (a spawn child's start and exit: ~1 KiB)
at_finish = []              # called first by finish(): output.py records unfinished lines
at_thread_end = []          # called with a thread's ident as it ends (threads.py) and at a child's end (process.py)
at_fork_in_child = []       # called by after_fork_in_child(): output.py drops the parent's
at_child_start = []         # called by a child's Process._bootstrap after its process.start line (import_locks)
at_open = None              # called once as this process's file opens, before its first line (start_methods' process.boot)
# pid -> multiprocessing Popen of a child this process started (process.py), for forks' os.kill records; here, not in
# forks.py, so that the os wrappers (mptutor_trace.output.wrap_os_forks) can tell "no child" without loading forks.py; weak: a
# Popen kept alive would keep its sentinel's finalizer from closing the pipe
mp_children = weakref.WeakValueDictionary()


def disable():
    """Stop tracing for good in this process; the program carries on untouched."""
    global _fd, _mm, _out, disabled
    if os.environ.get('MPTUTOR_TRACE_DEBUG'):     # development aid only
        import traceback
        traceback.print_exc(file=getattr(sys.__stderr__, '_mptutor_s', sys.__stderr__))     # never as a print of ours
    disabled = True
    fd, _fd = _fd, -2
    mm, _mm, _out = _mm, None, None
    try:
        if mm is not None:
            mm.close()
        if fd >= 0:
            os.close(fd)
    except Exception:
        pass
    e = sys.exc_info()[1]
    if isinstance(e, OSError) and directory and e.errno in _no_space():
        try:    # an empty file needs no data block: it tells mp-tutor the disk was full
            os.close(os.open(os.path.join(directory, 'nospace-%d' % os.getpid()), os.O_CREAT | os.O_WRONLY, 0o600))
        except Exception:
            pass


def _no_space():
    import errno
    return (errno.ENOSPC, getattr(errno, 'EDQUOT', errno.ENOSPC))


def emit_line(line_start, t, fields):
    """Write one event: line_start from schema, fields = the JSON after tid, ending '}\\n'.
    No lock: next() is atomic under the GIL, and so is one mmap.write() or one O_APPEND
    os.write, so lines never interleave and n has no gaps.  Two racing threads may write
    their lines out of n order (readers sort by n).  A signal handler runs between
    bytecodes, never inside a write, so it can emit too."""
    if _fd < 0 and not open_file():
        return
    tid = _get_ident()
    try:
        stid = _threads.get(tid) or _thread_line(tid, t)     # first: the thread's line comes before its event
        b = f'{line_start}{t},"n":{next(_counter)},"tid":{stid}{fields}'.encode()
        try:
            _out(b)             # mmap: ValueError when the reserved space is used up
        except ValueError:
            _grow_and_write(b)
    except Exception:
        disable()


def emit(template, t, values):
    """Cold paths: template = (line start, fields format) from schema."""
    try:
        fields = template[1] % values
    except Exception:
        return disable()
    emit_line(template[0], t, fields)


def finish():
    """Clean exit: record what at_finish holds (lines without their newline), then cut the
    preallocated tail of a file that grew past its first reservation (a killed process leaves NUL padding).
    A file within its first reservation keeps its padding (readers stop at the first NUL): freeing a file's
    blocks is a journal operation that took 2-7 ms of the process's exit on an ext4 /tmp mounted with
    discard (perf 36S), on the exit path of every process, where the run's cleanup pays it once anyway."""
    global _size
    for hook in at_finish:
        hook()
    if _mm is None or _size <= FIRST_RESERVATION:
        return
    with _grow_lock:
        try:
            _size = _mm.tell()
            _mm.resize(_size)       # also truncates the file
        except Exception:
            disable()


def forget_thread(tid):
    """Thread idents are reused: a new thread with this ident gets its own `thread` line."""
    _threads.pop(tid, None)
    _threads_b.pop(tid, None)
    if first_names:
        first_names.pop(tid, None)


def after_fork_in_child():
    """Forked child: new file (lazily), new numbering, new thread lines."""
    global _fd, _threads, _threads_b, first_names, role, process_name, _open_lock, _mm, _grow_lock, _out
    _threads, _threads_b, first_names = {}, {}, {}
    _out = None
    _grow_lock = _thread.RLock()
    if _mm is not None:
        try:
            _mm.close()         # unmaps the parent's file in this child only
        except Exception:
            pass
        _mm = None
    _open_lock = _thread.RLock()    # the parent's may have been held at fork
    role, process_name = 'other', None   # Process._bootstrap says 'child' with its name
    global spawned, began, at_open
    began, spawned, at_open = now_ns(), False, None            # a forked process's Process leaves by os._exit
    mp_children.clear()         # the parent's children
    for hook in at_fork_in_child:
        hook()
    if _fd >= 0:
        try:
            os.close(_fd)
        except OSError:
            pass
        _fd = -1


def current_start_method():
    """The start method without side effects (get_start_method() would fix it)."""
    if start_method:
        return start_method
    c = sys.modules.get('multiprocessing.context')
    try:
        if c is not None:
            return c._default_context.get_start_method(allow_none=True) or \
                c._default_context._default_context._name
    except Exception:
        return None
    if role == 'main' and os.environ.get('MPTUTOR_START_METHOD'):
        return os.environ['MPTUTOR_START_METHOD']
    if sys.platform in ('darwin', 'win32'):
        return 'spawn'
    return 'forkserver' if sys.version_info >= (3, 14) else 'fork'


def stdout_buffered_field():
    """`,"stdout_buffered":true` on process.start when sys.stdout is block-buffered (not a terminal, no PYTHONUNBUFFERED
    or -u): what the process prints waits in its buffer until a flush, and a signal that kills it loses it."""
    try:
        s = sys.stdout
        if s is not None and not getattr(s, 'write_through', True) and not getattr(s, 'line_buffering', True):
            return ',"stdout_buffered":true'
    except Exception:
        pass
    return ''


def is_infra_thread(th):
    """A thread multiprocessing started for itself (pool handlers, queue feeders, manager
    server threads), not one the program asked for.  ThreadPool workers run the
    program's tasks: not infrastructure."""
    d = th.__dict__
    if '_mptutor_infra' in d:       # decided at start(), while _target was still there
        return d['_mptutor_infra']
    if th._name == 'QueueFeederThread':
        return True
    f = d.get('_target')
    if f is None:
        return False
    f = getattr(f, '__func__', f) if type(f).__name__ == 'method' else f
    if type(f) is not PLAIN_FUNCTION:
        return False
    mod = f.__module__ or ''
    return mod.startswith('multiprocessing') and not (mod == 'multiprocessing.pool' and f.__name__ == 'worker')


def open_file():
    """Open this process's event file and write the `proc` header (n = 0)."""
    global _fd, _counter, _opening, _mm, _size, _out, event_path, at_open
    if _fd == -2 or not directory:
        return False
    with _open_lock:
        if _fd >= 0:
            return True
        if _opening:        # re-entered from a signal handler while opening: drop it
            return False
        _opening = True
        try:
            t = now_ns()
            pid = os.getpid()
            # created under a temporary name and renamed once the header is in: every
            # *.jsonl file starts with a complete `proc` line, even if we are killed now
            tmp = os.path.join(directory, '.%d-%d.tmp' % (pid, t))
            # the resource tracker writes a few lines in its whole life: one os.write each, no mapping (mmap's import
            # and the first reservation, at the same moment as the first child's start: issue 12)
            mapped = _USE_MMAP and role != 'resource_tracker'
            fd = os.open(tmp, (os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC) if mapped
                         else _APPEND_FLAGS | os.O_EXCL, 0o644)
            try:   # move it high so a program that closes/reuses low fds never hits it
                import fcntl
                hi = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 700)
                os.close(fd)
                fd = hi
            except Exception:
                pass
            _counter = itertools.count()
            b = _proc_line(t, pid).encode()
            _write(fd, b)
            if mapped:
                mmap = sys.modules[__package__].extension('mmap')    # past importlib's search
                _size = _grow_file(fd, len(b), 0)
                _mm = mmap.mmap(fd, _size)
                _mm.seek(len(b))
                _out = _mm.write
            else:
                import functools
                _out = functools.partial(_write, fd)
            event_path = os.path.join(directory, '%d-%d.jsonl' % (pid, t))
            os.rename(tmp, event_path)
            _fd = fd
            hook, at_open = at_open, None
            if hook is not None:
                hook()
            return True
        except Exception:
            disable()
            return False
        finally:
            _opening = False


def _proc_line(t, pid):
    """The `proc` header: schema.PROC_FIELDS, in that order."""
    return ('{"kind":"proc","t":%d,"n":%d,"tid":%d,"pid":%d,"ppid":%d,"name":%s,'
            '"role":"%s","argv":[%s],"python":"%s","start_method":%s,'
            '"platform":%s,"cpus":%d,"infra":%s}\n' % (
                t, next(_counter), _get_ident(), pid, os.getppid(), json_str(_current_name()),
                role, ','.join(json_str(str(a)) for a in sys.argv),
                '%d.%d.%d' % sys.version_info[:3], json_str_or_null(current_start_method()),
                json_str(sys.platform), os.cpu_count() or 0, JSON_BOOL[role in INFRA_ROLES]))


def _current_name():
    if process_name is not None:
        return process_name
    p = sys.modules.get('multiprocessing.process')
    try:
        return str(p._current_process._name) if p else 'MainProcess'
    except Exception:
        return 'MainProcess'


def emit_line_as(tid, line_start, t, fields):
    """emit_line for thread `tid` (not the caller), which already has its `thread` line here."""
    stid = _threads.get(tid)
    if stid is None or _fd < 0:
        return emit_line(line_start, t, fields)
    try:
        b = f'{line_start}{t},"n":{next(_counter)},"tid":{stid}{fields}'.encode()
        try:
            _out(b)
        except ValueError:
            _grow_and_write(b)
    except Exception:
        disable()


def _grow_and_write(b):
    """Reserve more of the file, map it, and write b (one thread at a time)."""
    global _size
    with _grow_lock:
        mm = _mm
        for _ in range(3):      # other threads write without the lock: they may fill it again
            need = mm.tell() + len(b)
            if need > _size:
                _size = _grow_file(_fd, need, _size)
                mm.resize(_size)
            try:
                return mm.write(b)
            except ValueError:
                continue
        mm.write(b)             # still no room: the caller disables the tracer


def _grow_file(fd, need, size):
    """Reserve real blocks (posix_fallocate): a write into a sparse hole on a full disk
    would be SIGBUS, where os.write would just fail and disable the tracer."""
    new = max(need, size * 2, FIRST_RESERVATION)
    os.posix_fallocate(fd, 0, new)
    return new


def _thread_line(tid, t):
    """First event of a thread in this file: name it.  Returns str(tid) for the cache."""
    if _fd == -1:       # the file opens first: its at_open hook's line (and this thread's line) may come before
        open_file()
        if tid in _threads:
            return _threads[tid]
    stid = _threads[tid] = str(tid)
    _threads_b[tid] = stid.encode()
    name, daemon, infra = 'MainThread', 'false', 'false'
    th = sys.modules.get('threading')
    if th is not None:
        # threading._active, not current_thread(): the latter creates a _DummyThread
        th = th._active.get(tid)
        if th is not None:
            name, daemon = str(th._name), ('true' if th._daemonic else 'false')
            infra = JSON_BOOL[is_infra_thread(th)]
        elif tid != sys.modules['threading']._main_thread.ident:
            name = 'Thread-%d' % tid
    if first_names:     # renamed before its first event: its lane keeps the name it started with
        name = first_names.pop(tid, name)
    emit(schema.THREAD, t, (json_str(name), daemon, infra))
    return stid
