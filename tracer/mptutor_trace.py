"""mp-tutor tracer: records what a multiprocessing program does, one JSON line per event.

Contract: docs/tracer-protocol.md.  Loaded by sitecustomize.py in every interpreter of a
run; does nothing unless MPTUTOR_TRACE_DIR is set.  Standard library only.

Design rules (why the code looks the way it does):
  * Lossless: every event reaches the kernel when it happens, no buffering in Python:
    copied into a MAP_SHARED mapping of the event file (default; page cache at once, and
    no GIL release, so no convoy with the program's threads) or, with
    MPTUTOR_TRACE_WRITER=write, ONE os.write on an O_APPEND fd.  os._exit, SIGTERM and
    SIGKILL lose nothing.
  * Transparent: wrappers call the original first (or exactly as the original would),
    return its value, let its exceptions through untouched (minus the wrapper's own frame:
    `except BaseException as e: _hide(e); raise`), and never call user
    __repr__/__eq__/__getattr__.  Tracer failures disable the tracer, never the program.
  * Lazy: multiprocessing modules are patched when the program imports them (an import
    hook), so a program that never imports multiprocessing pays almost nothing.
  * Cheap: pre-built %-format strings, cached thread lines, C helpers only on hot paths.
  * "About to block" is decided without changing the call: a non-blocking try first
    (locks, a bounded queue's slot), or a look that consumes nothing (a semaphore's
    value, bytes waiting in a pipe).  Events that release someone take `t` BEFORE they
    release, so in time order the release always precedes the wake.
"""
import os
import sys
import _thread
import itertools
import time
from _weakref import ref as _weakref_ref

try:                                    # C encoder: no json import at start-up
    from _json import encode_basestring_ascii as _js
except ImportError:                     # pragma: no cover
    from json.encoder import py_encode_basestring_ascii as _js

_mono = time.monotonic_ns
_get_ident = _thread.get_ident
_write = os.write
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, 'O_CLOEXEC', 0)

# ---------------------------------------------------------------------------------------
# Per-process state.  _fd: -1 = file not opened yet (opened by the first event), -2 =
# tracer disabled (unset dir or an internal failure), >= 0 = our event file.
# ---------------------------------------------------------------------------------------
_dir = None
_fd = -1
_counter = itertools.count()
_threads = {}               # ident -> str(ident), for threads with a `thread` line here
_open_lock = _thread.RLock()   # only for opening the file (rare)
_opening = False
# mmap writer (default): lines are copied into a MAP_SHARED mapping of the event file, so
# they are in the page cache at once (a killed process loses nothing) and, unlike
# os.write, writing never releases the GIL (no convoy with the program's other threads).
_MMAP = os.environ.get('MPTUTOR_TRACE_WRITER', 'mmap') == 'mmap'
_mm = None
_mlock = _thread.RLock()      # only for growing the mapping (rare)
_size = 0
_role = 'main'
_proc_name = None           # set by Process._bootstrap before the header is written
_start_method = None


def _no_space():
    import errno
    return (errno.ENOSPC, getattr(errno, 'EDQUOT', errno.ENOSPC))


def _disable():
    """Stop tracing for good in this process; the program carries on untouched."""
    global _fd
    if os.environ.get('MPTUTOR_TRACE_DEBUG'):     # development aid only
        import traceback
        traceback.print_exc(file=sys.__stderr__)
    global _mm
    fd, _fd = _fd, -2
    mm, _mm = _mm, None
    try:
        if mm is not None:
            mm.close()
        if fd >= 0:
            os.close(fd)
    except Exception:
        pass
    e = sys.exc_info()[1]
    if isinstance(e, OSError) and _dir and e.errno in _no_space():
        try:    # an empty file needs no data block: tells mp-tutor the disk was full
            os.close(os.open(os.path.join(_dir, 'nospace-%d' % os.getpid()), os.O_CREAT | os.O_WRONLY, 0o600))
        except Exception:
            pass


def _open():
    """Open this process's event file and write the `proc` header (n = 0)."""
    global _fd, _counter, _opening, _mm, _size
    if _fd == -2 or not _dir:
        return False
    with _open_lock:
        if _fd >= 0:
            return True
        if _opening:        # re-entered from a signal handler while opening: drop it
            return False
        _opening = True
        try:
            t = _mono()
            pid = os.getpid()
            # created under a temporary name and renamed once the header is in: every
            # *.jsonl file starts with a complete `proc` line, even if we are killed now
            tmp = os.path.join(_dir, '.%d-%d.tmp' % (pid, t))
            fd = os.open(tmp, (os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC) if _MMAP
                         else _FLAGS | os.O_EXCL, 0o644)
            try:   # move it high so a program that closes/reuses low fds never hits it
                import fcntl
                hi = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 700)
                os.close(fd)
                fd = hi
            except Exception:
                pass
            _counter = itertools.count()
            tid = _get_ident()
            line = ('{"kind":"proc","t":%d,"n":%d,"tid":%d,"pid":%d,"ppid":%d,"name":%s,'
                    '"role":"%s","argv":[%s],"python":"%s","start_method":%s,'
                    '"platform":%s,"cpus":%d,"infra":%s}\n' % (
                        t, next(_counter), tid, pid, os.getppid(), _js(_current_name()),
                        _role, ','.join(_js(str(a)) for a in sys.argv),
                        '%d.%d.%d' % sys.version_info[:3], _jstr(_current_method()),
                        _js(sys.platform), os.cpu_count() or 0, _TF[_role in _INFRA_ROLES]))
            b = line.encode()
            _write(fd, b)
            if _MMAP:
                import mmap
                _size = _grow_file(fd, len(b), 0)
                _mm = mmap.mmap(fd, _size)
                _mm.seek(len(b))
            os.rename(tmp, os.path.join(_dir, '%d-%d.jsonl' % (pid, t)))
            _fd = fd
            return True
        except Exception:
            _disable()
            return False
        finally:
            _opening = False


def _current_name():
    if _proc_name is not None:
        return _proc_name
    p = sys.modules.get('multiprocessing.process')
    try:
        return str(p._current_process._name) if p else 'MainProcess'
    except Exception:
        return 'MainProcess'


def _current_method():
    """The start method without side effects (get_start_method() would fix it)."""
    if _start_method:
        return _start_method
    c = sys.modules.get('multiprocessing.context')
    try:
        if c is not None:
            return c._default_context.get_start_method(allow_none=True) or \
                c._default_context._default_context._name
    except Exception:
        return None
    if _role == 'main' and os.environ.get('MPTUTOR_START_METHOD'):
        return os.environ['MPTUTOR_START_METHOD']
    if sys.platform in ('darwin', 'win32'):
        return 'spawn'
    return 'forkserver' if sys.version_info >= (3, 14) else 'fork'


def _jstr(s):
    return 'null' if s is None else _js(s)


def _emit(pre, t, suf):
    """Write one event: pre = '{"kind":"...","t":', suf = the fields after tid + '}\\n'.
    No lock: next() is atomic under the GIL, and so is one mmap.write() or one O_APPEND
    os.write, so lines never interleave and n has no gaps.  Two racing threads may write
    their lines out of n order (readers sort by n).  A signal handler runs between
    bytecodes, never inside a write, so it can emit too."""
    if _fd < 0 and not _open():
        return
    tid = _get_ident()
    try:
        stid = _threads.get(tid) or _thread_line(tid, t)
        b = f'{pre}{t},"n":{next(_counter)},"tid":{stid}{suf}'.encode()
        if _mm is None:
            _write(_fd, b)
            return
        try:
            _mm.write(b)        # ValueError when the reserved space is used up
        except ValueError:
            _mm_grow_write(b)
    except Exception:
        _disable()


def _mm_grow_write(b):
    """Reserve more of the file, map it, and write b (one thread at a time)."""
    global _size
    with _mlock:
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
    new = max(need, size * 2, 1 << 18)
    os.posix_fallocate(fd, 0, new)
    return new


def _finish():
    """Clean exit: record output left without a final newline, then cut the preallocated tail
    (a killed process leaves NUL padding)."""
    global _size
    _flush_partial_prints()
    if _mm is None:
        return
    with _mlock:
        try:
            _size = _mm.tell()
            _mm.resize(_size)       # also truncates the file
        except Exception:
            _disable()


def _ev(F, t, fields):
    """Cold paths: F = (pre, suffix format) from _F()."""
    try:
        suf = F[1] % fields
    except Exception:
        return _disable()
    _emit(F[0], t, suf)


_THREAD = ('{"kind":"thread","t":', ',"name":%s,"daemon":%s,"infra":%s}\n')
_INFRA_ROLES = ('forkserver', 'resource_tracker', 'manager')


def _thread_line(tid, t):
    """First event of a thread in this file: name it.  Returns str(tid) for the cache."""
    stid = _threads[tid] = str(tid)
    name, daemon, infra = 'MainThread', 'false', 'false'
    th = sys.modules.get('threading')
    if th is not None:
        # threading._active, not current_thread(): the latter creates a _DummyThread
        th = th._active.get(tid)
        if th is not None:
            name, daemon = str(th._name), ('true' if th._daemonic else 'false')
            infra = _TF[_is_infra_thread(th)]
        elif tid != sys.modules['threading']._main_thread.ident:
            name = 'Thread-%d' % tid
    _ev(_THREAD, t, (_js(name), daemon, infra))
    return stid


def _is_infra_thread(th):
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
    if type(f) is not _FUNC_TYPES[0]:
        return False
    mod = f.__module__ or ''
    return mod.startswith('multiprocessing') and not (mod == 'multiprocessing.pool' and f.__name__ == 'worker')


def _after_fork_child():
    """Forked child: new file (lazily), new numbering, new thread lines."""
    global _fd, _threads, _role, _proc_name, _open_lock, _mm, _mlock
    _threads = {}
    _mlock = _thread.RLock()
    if _mm is not None:
        try:
            _mm.close()         # unmaps the parent's file in this child only
        except Exception:
            pass
        _mm = None
    _open_lock = _thread.RLock()    # the parent's may have been held at fork
    _role, _proc_name = 'other', None   # Process._bootstrap says 'child' with its name
    for st in _streams:     # the parent's unfinished line is the parent's (fork flushed it)
        st._mptutor_parts.clear()
    if _fd >= 0:
        try:
            os.close(_fd)
        except OSError:
            pass
        _fd = -1


# ---------------------------------------------------------------------------------------
# Short reprs and names that never run user code.
# ---------------------------------------------------------------------------------------
_NUMS = (float, bool, complex, type(None))
_SEQS = {list: ('[', ']'), tuple: ('(', ')'), set: ('{', '}'), frozenset: ('frozenset({', '})')}


def _srepr(o, depth=0):
    t = type(o)
    if t is str or t is bytes or t is bytearray:
        r = repr(o[:80])
    elif t is int:
        r = repr(o) if -_BIG < o < _BIG else '<int>'
    elif t in _NUMS:
        r = repr(o)
    elif t in _SEQS or t is dict:
        if depth >= 2:
            return '<%s>' % t.__name__
        items = o.items() if t is dict else o
        if len(o) > 8:
            items = list(itertools.islice(items, 9))
        if t is dict:
            parts = ['%s: %s' % (_srepr(k, depth + 1), _srepr(v, depth + 1)) for k, v in items]
            open_, close = '{', '}'
        else:
            parts = [_srepr(x, depth + 1) for x in items]
            open_, close = _SEQS[t]
            if not parts and t is set:
                return 'set()'
        if len(parts) > 8:
            parts[8:] = ['...']
        r = open_ + ', '.join(parts) + (',' if t is tuple and len(parts) == 1 else '') + close
    else:
        return '<%s>' % t.__name__
    return r if len(r) <= 80 else r[:77] + '...'


_BIG = 1 << 200


def _short(o):
    """JSON string of a short repr.  Ints and None first: they are most of the traffic."""
    t = type(o)
    if t is int and -_BIG < o < _BIG:
        return f'"{o}"'
    if o is None:
        return '"None"'
    if (t is tuple or t is list) and len(o) == 1:   # a pool task's args, a chunk's results
        x = o[0]
        if type(x) is int and -_BIG < x < _BIG:
            return f'"({x},)"' if t is tuple else f'"[{x}]"'
    try:
        return _js(_srepr(o))
    except Exception:
        return '"<?>"'


def _exc_short(e):
    """A task's exception as `ZeroDivisionError: division by zero`, never calling user code.

    The pool wraps a worker's exception in ExceptionWithTraceback: show the one it carries.  The
    message is shown only for built-in exception types whose arguments are plain str/int values."""
    try:
        if type(e).__name__ == 'ExceptionWithTraceback':
            e = e.__dict__.get('exc', e)
        t = type(e)
        if t.__module__ == 'builtins' and all(type(a) in (str, int) for a in e.args):
            return _js('%s: %s' % (t.__name__, BaseException.__str__(e))[:120])
        return _js(t.__name__)
    except Exception:
        return '"<?>"'


_FUNC_TYPES = (type(_srepr), type(len), type(_srepr.__get__(1)), type)


def _fname_raw(f):
    t = type(f)
    if t in _FUNC_TYPES:
        return str(f.__qualname__)
    if t.__name__ == 'partial' and t.__module__ == 'functools':
        return 'partial(%s)' % _fname_raw(f.func)
    return '<%s>' % t.__name__


def _fname(f):
    try:
        return _js(_fname_raw(f))
    except Exception:
        return '"<?>"'


def _num(x):
    return repr(x) if type(x) in (int, float) else 'null'


def _site(frame):
    return _js('%s:%d' % (frame.f_code.co_filename, frame.f_lineno))


_VAR_RE = None


def _var(frame, names, pair=False):
    """`,"var":"lock"` when the creating line is plainly `lock = mp.Lock(...)` (or
    `with Pool() as pool:`, or `a, b = Pipe()` with pair=True) for a factory in names;
    '' when unsure.  Reads the source line once per created object (linecache)."""
    global _VAR_RE
    try:
        import linecache
        import re
        if _VAR_RE is None:
            _VAR_RE = (re.compile(r'\s*([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)?)\s*=\s*(?:[A-Za-z_][\w.]*\.)?(\w+)\('),
                       re.compile(r'\s*with\s+(?:[A-Za-z_][\w.]*\.)?(\w+)\(.*\)\s+as\s+([A-Za-z_]\w*)\s*:'))
        line = linecache.getline(frame.f_code.co_filename, frame.f_lineno)
        m = _VAR_RE[0].match(line)
        if m:
            var, func = m.group(1), m.group(2)
        else:
            m = _VAR_RE[1].match(line)
            if not m:
                return ''
            func, var = m.group(1), m.group(2)
        if func not in names or line.count(func + '(') != 1 or (',' in var) != pair:
            return ''
        return ',"var":' + _js(', '.join(v.strip() for v in var.split(',')))
    except Exception:
        return ''


def _exc_text(e):
    """'AssertionError: message' for built-in exceptions with str args; else the type."""
    t = type(e)
    name = t.__name__ if type(t.__name__) is str else '?'
    if str(t.__module__).split('.')[0] in ('builtins', 'multiprocessing') and e.args and all(type(a) is str for a in e.args):
        return '%s: %s' % (name, ' '.join(e.args)[:200])
    return name


_INTERNAL = ('multiprocessing', 'concurrent', __name__)
# Factories that create an object FOR the caller: mp.Lock() goes through context, the
# lock of mp.Value()/mp.Array() (used by the program via get_lock() / with v:) through
# sharedctypes, multiprocessing.dummy.Pool() through dummy.  Their caller decides whether the object is the program's.
_PASS_THROUGH = ('multiprocessing.context', 'multiprocessing.sharedctypes', 'multiprocessing.dummy')


_PASS_CODES = set()     # code of the tracer's own factory wrappers (sharedctypes): see through


def _creator(obj, frame):
    """First frame outside obj's constructors and multiprocessing.context.  Returns None
    when that frame belongs to multiprocessing itself (an internal object: not traced)."""
    while frame is not None and (
            (frame.f_code.co_name in ('__init__', '_init') and frame.f_locals.get('self') is obj)
            or frame.f_globals.get('__name__') in _PASS_THROUGH or frame.f_code in _PASS_CODES):
        frame = frame.f_back
    if frame is None:
        return None
    mod = str(frame.f_globals.get('__name__', ''))
    if mod.split('.')[0] in _INTERNAL:
        return None
    return frame


def _rawkey(sl):
    """Same in every process: the name (spawn/forkserver) or the handle (fork)."""
    name = sl.name
    return 'n' + name if name else 'h' + str(sl.handle)


# ---------------------------------------------------------------------------------------
# Line templates: _P(kind) is the part before t; _F adds the %-format of the fields after
# tid (cold paths, _ev).  Hot paths build their field string with an f-string.
# ---------------------------------------------------------------------------------------
def _P(kind):
    return '{"kind":"%s","t":' % kind


def _F(kind, rest):
    return _P(kind), rest + '}\n'


F_PSTART = _F('process.start', ',"name":%s,"daemon":%s,"parent_pid":%d,"start_method":%s,"role":"%s"')
F_PSPAWN = _F('process.spawn', ',"child_pid":%d,"name":%s,"daemon":%s')
F_PEXIT = _F('process.exit', ',"exitcode":%d')
F_PREAP = _F('process.reaped', ',"child_pid":%d,"name":%s,"exitcode":%d')
F_PJOIN = _F('process.join', ',"child_pid":%d,"name":%s,"waited_ns":%d,"timeout":%s')
F_POOL = _F('pool.create', ',"object":%s,"processes":%d,"maxtasksperchild":%s,"site":%s%s')
F_SUBMIT = _F('pool.submit', ',"object":%s,"job":%d,"func":%s,"args":%s,"chunks":%s,"method":"%s"')
F_TSTART = _F('pool.task.start', ',"job":%d,"index":%d,"func":%s,"args":%s')
F_TEND = _F('pool.task.end', ',"job":%d,"index":%d,"ok":%s,"result":%s')
F_RESULT = _F('pool.result', ',"object":%s,"job":%d,"index":%d,"ok":%s')
F_CB = _F('pool.callback', ',"job":%d,"func":%s,"error":%s')
F_CBEND = _F('pool.callback.end', ',"job":%d')
F_PCLOSE = _F('pool.close', ',"object":%s')
F_PTERM = _F('pool.terminate', ',"object":%s')
F_PJOINED = _F('pool.join', ',"object":%s,"waited_ns":%d')
F_QCREATE = _F('queue.create', ',"object":%s,"type":"%s","maxsize":%s,"site":%s%s')
F_LCREATE = _F('lock.create', ',"object":%s,"type":%s,"value":%s,"site":%s%s')
F_PJOINW = _F('process.join.wait', ',"child_pid":%d,"name":%s,"timeout":%s')
F_PRUN = _F('process.run', ',"name":%s,"direct":true')
F_PRUNEND = _F('process.run.end', ',"name":%s,"exitcode":%d,"direct":%s')
F_PTERMINATE = _F('process.terminate', ',"child_pid":%d,"name":%s')
F_PKILL = _F('process.kill', ',"child_pid":%d,"name":%s')
F_PERROR = _F('process.error', ',"name":%s,"op":"%s","error":%s')
F_PGET = _F('pool.get', ',"object":%s,"job":%d,"ok":%s,"waited_ns":%d,"error":%s')
F_QTIMEOUT = _F('queue.timeout', ',"object":%s,"op":"%s","waited_ns":%d,"timeout":%s')
F_QEMPTY = _F('queue.empty', ',"object":%s,"op":"get"')
F_QFULL = _F('queue.full', ',"object":%s,"op":"put"')
F_QTDONE = _F('queue.task_done', ',"object":%s%s')
F_QJOINW = _F('queue.join.wait', ',"object":%s')
F_QJOIN = _F('queue.join', ',"object":%s,"waited_ns":%d')
F_ECREATE = _F('event.create', ',"object":%s,"site":%s%s')
F_ESET = _F('event.set', ',"object":%s')
F_ECLEAR = _F('event.clear', ',"object":%s')
F_EWAIT = _F('event.wait', ',"object":%s,"timeout":%s')
F_EWAKE = _F('event.wake', ',"object":%s,"waited_ns":%d,"outcome":%s')
F_CCREATE = _F('condition.create', ',"object":%s,"lock":%s,"site":%s%s')
F_CWAIT = _F('condition.wait', ',"object":%s,"timeout":%s')
F_CWAKE = _F('condition.wake', ',"object":%s,"waited_ns":%d,"outcome":%s')
F_CNOTIFY = _F('condition.notify', ',"object":%s,"count":%s,"all":%s')
F_BCREATE = _F('barrier.create', ',"object":%s,"parties":%d,"site":%s%s')
F_BWAIT = _F('barrier.wait', ',"object":%s,"parties":%d')
F_BWAKE = _F('barrier.wake', ',"object":%s,"waited_ns":%d,"index":%s,"last":%s,"broken":%s')
F_PIPE = _F('pipe.create', ',"object":%s,"duplex":%s,"site":%s%s')
F_PIPEWAIT = _F('pipe.wait', ',"object":%s,"end":"%s"')
F_PIPEPOLL = _F('pipe.poll', ',"object":%s,"end":"%s","timeout":%s,"ready":%s,"waited_ns":%d')
F_MCREATE = _F('manager.create', ',"object":%s,"type":%s,"address":%s,"server_pid":%d,"site":%s%s')
F_MCONNECT = _F('manager.connect', ',"object":%s,"type":%s,"address":%s,"ok":%s,"error":%s')
F_CREFUSED = _F('connection.refused', ',"error":%s')
F_PMETHOD = _F('process.start_method', ',"method":%s,"site":%s')
F_MCALL = _F('manager.call', ',"object":%s,"type":%s,"method":%s,"waited_ns":%d,"ok":%s')
F_TSPAWN = _F('thread.start', ',"name":%s,"daemon":%s,"thread_tid":%d,"target":%s,"infra":%s')
F_TEXIT = _F('thread.exit', ',"name":%s')
F_SPSPAWN = _F('subprocess.spawn', ',"child_pid":%d,"argv":[%s]')
F_SPEXIT = _F('subprocess.exit', ',"child_pid":%d,"returncode":%d')
P_QWAIT, P_PSEND, P_PRECV = _P('queue.wait'), _P('pipe.send'), _P('pipe.recv')
P_LWAIT, P_LACQ, P_LREL = _P('lock.wait'), _P('lock.acquire'), _P('lock.release')
F_LTIMEOUT = _F('lock.timeout', ',"object":%s,"waited_ns":%d,"timeout":%s')
P_QPUT, P_QGET, P_PRINT = _P('queue.put'), _P('queue.get'), _P('print')
F_LOCCREATE = _F('local.create', ',"object":%s,"site":%s%s')
P_LOCGET, P_LOCSET, P_LOCDEL = _P('local.get'), _P('local.set'), _P('local.del')
F_SCREATE = _F('shared.create', ',"object":%s,"type":"%s","ctype":%s,"typecode":%s,"length":%s,"value":%s,'
                                 '"lock":%s,"user_lock":%s,"site":%s%s')
P_SREAD, P_SWRITE = _P('shared.read'), _P('shared.write')
_TF = ('false', 'true')
_CARRY = 'mptutor'      # marker appended to pickled state of traced objects


def _wraps(orig, new):
    new.__name__, new.__qualname__ = orig.__name__, orig.__qualname__
    new.__module__, new.__doc__, new.__wrapped__ = orig.__module__, orig.__doc__, orig
    return new


def _hide(e):
    """Called in a wrapper's `except ... as e:` just before a bare `raise`: drops the
    wrapper's own frame from the traceback, so the program (and its learner) sees the
    traceback it would see untraced.  (Python 3.11+: a bare raise adds no frame.)"""
    tb = e.__traceback__
    if tb is not None and tb.tb_frame is sys._getframe(1):
        e.__traceback__ = tb.tb_next


def _on_create(o_init, record):
    """Wraps a constructor: after the original ran, `record(self, frame, t, args, kwargs)` for an
    object the program created (`frame` is its creating frame; internal objects are skipped).
    `t` is when the constructor was called.  The wrapper must be named __init__ and take `self`:
    that is how _creator recognises constructor frames."""
    def __init__(self, *args, **kwargs):
        try:
            t = _mono()
            o_init(self, *args, **kwargs)
            if _fd == -2:
                return
            try:
                fr = _creator(self, sys._getframe(1))
                if fr is not None:
                    record(self, fr, t, args, kwargs)
            except Exception:
                _disable()
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise
    return _wraps(o_init, __init__)


# ---------------------------------------------------------------------------------------
# multiprocessing.process: start / spawn / run / exit / reaped / join / terminate / kill
# ---------------------------------------------------------------------------------------
_booting = None         # the Process whose _bootstrap runs in this process (its own run)
_MethodType = type(_srepr.__get__(1))


def _exit_code(e):
    """The exit code Process._bootstrap makes of a SystemExit."""
    c = e.code
    return 0 if c is None else (c if type(c) is int else 1)


def _wrap_run(orig):
    """Process.run (and every subclass's own run): `process.run.end` when it returns or
    raises, before _bootstrap's cleanup (which joins queue feeder threads).  A run()
    called directly (not by _bootstrap) runs in the caller: `process.run` there first."""
    def run(self, *args, **kwargs):
        try:
            d = self.__dict__
            if _fd == -2 or d.get('_mptutor_in_run'):      # super().run() inside a run()
                return orig(self, *args, **kwargs)
            direct = self is not _booting
            name = _js(str(self._name))
            if direct:
                _ev(F_PRUN, _mono(), (name,))
            d['_mptutor_in_run'] = True
            code = 1
            try:
                r = orig(self, *args, **kwargs)
                code = 0
                return r
            except SystemExit as e:
                code = _exit_code(e)
                raise
            finally:
                d.pop('_mptutor_in_run', None)
                _ev(F_PRUNEND, _mono(), (name, code, _TF[direct]))
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise
    run._mptutor_run = True
    return _wraps(orig, run)


def _patch_process(m):
    BP = m.BaseProcess
    o_start, o_boot, o_join = BP.start, BP._bootstrap, BP.join
    o_term, o_kill = BP.terminate, BP.kill
    patched_popens = set()

    def start(self):
        try:
            o_start(self)
        except BaseException as e:      # e.g. the AssertionError of a daemon's child
            if _fd != -2:
                _ev(F_PERROR, _mono(), (_js(str(self._name)), 'start', _js(_exc_text(e))))
            _hide(e)
            raise
        if _fd == -2:
            return
        try:
            pop = self._popen
            pid = pop.pid
            cls = type(pop)
            if cls not in patched_popens:
                patched_popens.add(cls)
                _patch_poll(cls)
            name = _js(str(self._name))
            pop._mptutor = (pid, name)
            _ev(F_PSPAWN, _mono(), (pid, name, _TF[bool(self._config.get('daemon'))]))
        except Exception:
            _disable()

    def _bootstrap(self, *args, **kwargs):
        global _role, _proc_name, _start_method, _booting
        _booting = self
        if _fd != -2:
            try:
                tgt = self._target
                _role = 'manager' if (type(tgt) is _MethodType and
                                      tgt.__func__.__qualname__ == 'BaseManager._run_server') else 'child'
                _proc_name = str(self._name)
                _start_method = self._start_method or _current_method()
                _ev(F_PSTART, _mono(), (
                    _js(_proc_name), _TF[bool(self._config.get('daemon'))],
                    self._parent_pid or 0, _jstr(_start_method), _role))
            except Exception:
                _disable()
        code = o_boot(self, *args, **kwargs)
        _ev(F_PEXIT, _mono(), (code if type(code) is int else 1,))
        _finish()   # fork/forkserver children leave by os._exit: no atexit
        return code

    def join(self, timeout=None):
        try:
            t0 = _mono()
            if _fd != -2:
                try:    # about to block: a started child of ours, still running
                    pop = self._popen
                    if (pop is not None and pop.returncode is None and self._parent_pid == os.getpid()
                            and (timeout is None or (type(timeout) in (int, float) and timeout > 0))
                            and pop.poll() is None):
                        _ev(F_PJOINW, t0, (pop.pid, _js(str(self._name)), _num(timeout)))
                except Exception:
                    _disable()
            o_join(self, timeout)
            if _fd != -2:
                try:
                    pop = self._popen
                    _ev(F_PJOIN, _mono(), (pop.pid if pop is not None else 0, _js(str(self._name)),
                                             _mono() - t0, _num(timeout)))
                except Exception:
                    _disable()
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def signaller(o, F):
        def method(self):
            try:
                pop = self._popen      # t before the signal: the child's end comes later
                if pop is not None and _fd != -2 and type(pop.pid) is int:
                    _ev(F, _mono(), (pop.pid, _js(str(self._name))))
                return o(self)
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise
        return _wraps(o, method)

    def __init_subclass__(cls, **kwargs):
        super(BP, cls).__init_subclass__(**kwargs)
        run = cls.__dict__.get('run')
        if run is not None and type(run) is _FUNC_TYPES[0] and not getattr(run, '_mptutor_run', False):
            cls.run = _wrap_run(run)

    BP.start = _wraps(o_start, start)
    BP._bootstrap = _wraps(o_boot, _bootstrap)
    BP.join = _wraps(o_join, join)
    BP.terminate = signaller(o_term, F_PTERMINATE)
    BP.kill = signaller(o_kill, F_PKILL)
    BP.run = _wrap_run(BP.run)
    BP.__init_subclass__ = classmethod(__init_subclass__)


def _patch_poll(cls):
    """Popen classes differ per start method; patch the one in use when first seen."""
    for klass in cls.__mro__:
        if 'poll' in klass.__dict__:
            break
    else:
        return
    o_poll = klass.__dict__['poll']
    if getattr(o_poll, '_mptutor', False):
        return

    def poll(self, *args, **kwargs):
        before = self.returncode
        rc = o_poll(self, *args, **kwargs)
        if before is None and rc is not None and _fd != -2:
            info = self.__dict__.get('_mptutor')
            if info is not None and type(rc) is int:
                _ev(F_PREAP, _mono(), (info[0], info[1], rc))
        return rc
    poll._mptutor = True
    klass.poll = _wraps(o_poll, poll)


# ---------------------------------------------------------------------------------------
# multiprocessing.synchronize: Lock, RLock, Semaphore, BoundedSemaphore
# SemLock._make_methods binds acquire/release to the C object as INSTANCE attributes and
# __enter__/__exit__ call the C object directly, so traced instances get per-instance
# wrappers and __enter__/__exit__ are patched on the class.
# ---------------------------------------------------------------------------------------
def _blocked_acquire(key, t0, timeout, acquire, head, forever):
    """The slow path of every traced lock/semaphore acquire, once a non-blocking try failed:
    `lock.wait`, then the original acquire(*head, seconds left) (the caller's timeout counts
    from its call at t0, not from our try) or acquire(*head, forever) when timeout is None,
    then `lock.acquire` or `lock.timeout`.  No lambda: its frame would show in tracebacks."""
    try:
        tw = _mono()
        _emit(P_LWAIT, tw, f',"object":{key}}}\n')
        if timeout is None:
            t0 = tw
            got = acquire(*head, forever)
        else:
            got = acquire(*head, max(0.0, timeout - (tw - t0) / 1e9))
        t = _mono()
        if got:
            _emit(P_LACQ, t, f',"object":{key},"waited_ns":{t - t0}}}\n')
        else:
            _ev(F_LTIMEOUT, t, (key, t - t0, _num(timeout)))
        return got
    except BaseException as e:    # not a frame of ours in its traceback
        _hide(e)
        raise


def _instrument_semlock(obj):
    sl = obj._semlock
    key = _js(_rawkey(sl))
    raw_acq, raw_rel = sl.acquire, sl.release
    free = ',"object":%s,"waited_ns":0}\n' % key       # pre-built: the hot path
    just_key = ',"object":%s}\n' % key

    def acquire(*args, **kwargs):
        try:
            if _fd == -2:
                return raw_acq(*args, **kwargs)
            block, timeout = True, None
            if args or kwargs:
                n = len(args)
                if n > 2 or (kwargs and (not set(kwargs) <= {'block', 'timeout'}
                                         or (n >= 1 and 'block' in kwargs)
                                         or (n == 2 and 'timeout' in kwargs))):
                    return raw_acq(*args, **kwargs)          # let C raise its own error
                block = args[0] if n else kwargs.get('block', True)
                timeout = args[1] if n > 1 else kwargs.get('timeout')
                if type(block) not in (bool, int) or not (timeout is None or type(timeout) in (int, float)):
                    return raw_acq(*args, **kwargs)          # unusual types: exact C behaviour
            t0 = _mono() if timeout is not None else 0   # for an exact timeout only
            if raw_acq(False):                               # free: no waiting at all
                _emit(P_LACQ, _mono(), free)
                return True
            if not block:
                return False
            return _blocked_acquire(key, t0, timeout, raw_acq, (True,), None)
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def release(*args, **kwargs):
        try:
            t = _mono()         # before: another process's acquire must come later in time
            r = raw_rel(*args, **kwargs)
            if _fd != -2:
                _emit(P_LREL, t, just_key)
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    d = obj.__dict__
    d['acquire'] = d['_mptutor_acq'] = _wraps(raw_acq, acquire)
    d['release'] = d['_mptutor_rel'] = _wraps(raw_rel, release)
    d['_mptutor_key'] = key
    return key


def _patch_synchronize(m):
    SL = m.SemLock
    o_init, o_enter, o_exit = SL.__init__, SL.__enter__, SL.__exit__
    o_get, o_set = SL.__getstate__, SL.__setstate__

    def created(self, fr, t, args, kwargs):
        key = _instrument_semlock(self)
        value = args[1] if len(args) > 1 else kwargs.get('value')
        tname = type(self).__name__
        _ev(F_LCREATE, t, (key, _js(tname), _num(value), _site(fr), _var(fr, (tname,))))

    # Internal locks (a Queue's, a Pool's) pass through here too: keep it to one attribute
    # load (class default None) and the same C call as the original.
    SL._mptutor_acq = SL._mptutor_rel = None

    def __enter__(self):
        try:
            acq = self._mptutor_acq
            return self._semlock.__enter__() if acq is None else acq()
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def __exit__(self, *args):
        try:
            rel = self._mptutor_rel
            return self._semlock.__exit__(*args) if rel is None else rel()
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def __getstate__(self):
        state = o_get(self)
        return state + (_CARRY,) if '_mptutor_key' in self.__dict__ else state

    def __setstate__(self, state):
        carried = type(state) is tuple and len(state) == 5 and state[4] == _CARRY
        o_set(self, state[:4] if carried else state)
        if carried and _fd != -2:
            try:
                _instrument_semlock(self)
            except Exception:
                _disable()

    SL.__init__ = _on_create(o_init, created)
    for name, f, o in (('__enter__', __enter__, o_enter), ('__exit__', __exit__, o_exit),
                       ('__getstate__', __getstate__, o_get), ('__setstate__', __setstate__, o_set)):
        setattr(SL, name, _wraps(o, f))
    _patch_event(m)
    _patch_condition(m)
    _patch_barrier(m)


# ---------------------------------------------------------------------------------------
# multiprocessing.synchronize: Event, Condition, Barrier.  Their keys derive from one of
# their own semaphores (the same in every process); the ones multiprocessing makes for
# itself (an Event's Condition, a Barrier's Condition) are not traced.
# ---------------------------------------------------------------------------------------
def _carry_state(cls, n, rekey):
    """cls pickles its state as an n-tuple: a traced instance adds _CARRY, and the child
    calls rekey(self) after the original __setstate__ (spawn/forkserver only)."""
    o_get, o_set = cls.__getstate__, cls.__setstate__

    def __getstate__(self):
        state = o_get(self)
        return state + (_CARRY,) if '_mptutor_key' in self.__dict__ else state

    def __setstate__(self, state):
        carried = type(state) is tuple and len(state) == n + 1 and state[n] == _CARRY
        o_set(self, state[:n] if carried else state)
        if carried and _fd != -2:
            try:
                rekey(self)
            except Exception:
                _disable()
    cls.__getstate__ = _wraps(o_get, __getstate__)
    cls.__setstate__ = _wraps(o_set, __setstate__)


def _flag_is_clear(sem):
    """Semaphore(0)-style flag is 0, read without touching it (Linux); None if unknown."""
    try:
        return sem._semlock._get_value() == 0
    except Exception:       # NotImplementedError on macOS
        return None


def _may_block(timeout):
    return timeout is None or (type(timeout) in (int, float) and timeout > 0)


def _patch_event(m):
    """Event: the key rides in the instance __dict__ (Event pickles by __dict__)."""
    E = m.Event
    o_init, o_set, o_clear, o_wait = E.__init__, E.set, E.clear, E.wait
    E._mptutor_key = None

    def created(self, fr, t, args, kwargs):
        key = self.__dict__['_mptutor_key'] = _js('e' + _rawkey(self._flag._semlock))
        _ev(F_ECREATE, t, (key, _site(fr), _var(fr, ('Event',))))

    def set(self):
        try:
            key = self._mptutor_key
            t = _mono()         # before: a waiter's wake comes later
            r = o_set(self)
            if key is not None and _fd != -2:
                _ev(F_ESET, t, (key,))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def clear(self):
        try:
            r = o_clear(self)
            key = self._mptutor_key
            if key is not None and _fd != -2:
                _ev(F_ECLEAR, _mono(), (key,))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def wait(self, timeout=None):
        try:
            key = self._mptutor_key
            if key is None or _fd == -2:
                return o_wait(self, timeout)
            t0 = _mono()
            if _may_block(timeout):
                clear = _flag_is_clear(self._flag)
                if clear is None:
                    clear = not self.is_set()
                if clear:
                    _ev(F_EWAIT, t0, (key, _num(timeout)))
            r = o_wait(self, timeout)
            t = _mono()
            _ev(F_EWAKE, t, (key, t - t0, _TF[bool(r)]))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    E.__init__ = _on_create(o_init, created)
    for name, f, o in (('set', set, o_set), ('clear', clear, o_clear), ('wait', wait, o_wait)):
        setattr(E, name, _wraps(o, f))


def _patch_condition(m):
    """Condition: its own RLock (made by multiprocessing) is traced as the program's, so
    `with cond:` and the release/re-acquire inside wait() show as lock events."""
    C = m.Condition
    o_init, o_wait, o_notify = C.__init__, C.wait, C.notify
    C._mptutor_key = None

    def rekey(self):
        self.__dict__['_mptutor_key'] = _js('c' + _rawkey(self._sleeping_count._semlock))

    def created(self, fr, t, args, kwargs):
        rekey(self)
        lock = self._lock
        lkey = lock.__dict__.get('_mptutor_key')
        if lkey is None and isinstance(lock, m.SemLock):
            lkey = _instrument_semlock(lock)
            _ev(F_LCREATE, t, (lkey, _js(type(lock).__name__), 'null', _site(fr), ''))
            self._make_methods()        # cond.acquire/release: the traced ones
        _ev(F_CCREATE, t, (self._mptutor_key, lkey or 'null', _site(fr), _var(fr, ('Condition',))))

    def wait(self, timeout=None):
        try:
            key = self._mptutor_key
            if key is None or _fd == -2 or not self._lock._semlock._is_mine():
                return o_wait(self, timeout)        # (not owned: its AssertionError)
            t0 = _mono()
            _ev(F_CWAIT, t0, (key, _num(timeout)))
            r = o_wait(self, timeout)
            t = _mono()
            _ev(F_CWAKE, t, (key, t - t0, _TF[bool(r)]))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def notify(self, n=1):
        try:
            key = self._mptutor_key
            if key is not None and _fd != -2 and self._lock._semlock._is_mine():
                everyone = n == sys.maxsize if type(n) is int else False
                _ev(F_CNOTIFY, _mono(), (key, 'null' if everyone else _num(n), _TF[everyone]))
            return o_notify(self, n)
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    C.__init__ = _on_create(o_init, created)
    for name, f, o in (('wait', wait, o_wait), ('notify', notify, o_notify)):
        setattr(C, name, _wraps(o, f))
    _carry_state(C, 4, rekey)


_barrier_opened = {}    # thread -> when it, the last to arrive, opened a barrier (_release)


def _patch_barrier(m):
    B = m.Barrier
    o_init = B.__init__
    o_wait = B.wait                 # threading.Barrier.wait
    B._mptutor_key = None

    def rekey(self):
        self.__dict__['_mptutor_key'] = _js('b' + _rawkey(self._cond._sleeping_count._semlock))

    def created(self, fr, t, args, kwargs):
        rekey(self)
        _ev(F_BCREATE, t, (self._mptutor_key, self._parties, _site(fr), _var(fr, ('Barrier',))))

    def wait(self, timeout=None):
        try:
            key = self._mptutor_key
            if key is None or _fd == -2:
                return o_wait(self, timeout)
            parties = self._parties
            t0 = _mono()
            _ev(F_BWAIT, t0, (key, parties))
            try:
                index = o_wait(self, timeout)
            except BaseException as e:
                t = _mono()
                if type(e).__name__ == 'BrokenBarrierError':
                    _ev(F_BWAKE, t, (key, t - t0, 'null', 'false', 'true'))
                raise
            t = _mono()
            if index == parties - 1:    # the last to arrive: when it opened the barrier
                t = _barrier_opened.pop(_get_ident(), t)
            _ev(F_BWAKE, t, (key, t - t0, _num(index), _TF[index == parties - 1], 'false'))
            return index
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    B.__init__ = _on_create(o_init, created)
    B.wait = _wraps(o_wait, wait)
    _carry_state(B, 5, rekey)


# ---------------------------------------------------------------------------------------
# multiprocessing.queues: Queue, JoinableQueue, SimpleQueue
# The key derives from the queue's own (untraced) read lock: same in every process.
# ---------------------------------------------------------------------------------------
_DEPTH = sys.platform != 'darwin'     # qsize() raises NotImplementedError on macOS


def _watch_put_sem(q, key):
    """A bounded queue's put blocks in self._sem.acquire(block, timeout): wrap that
    instance's acquire like a lock's (try without blocking first; only a failed try is
    about to block, and says so with `queue.wait`)."""
    sem = q._sem
    raw = sem._semlock.acquire
    just = ',"object":%s,"op":"put"}\n' % key

    def acquire(*args, **kwargs):
        try:
            if _fd == -2 or kwargs or len(args) != 2:
                return raw(*args, **kwargs)
            block, timeout = args
            if type(block) not in (bool, int) or not (timeout is None or type(timeout) in (int, float)):
                return raw(*args)
            t0 = _mono()
            if raw(False):
                return True
            if not block:
                return False
            tw = _mono()
            _emit(P_QWAIT, tw, just)
            if timeout is None:
                return raw(True)
            return raw(True, timeout - (tw - t0) / 1e9)
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise
    raw_rel = sem._semlock.release
    released = {}       # thread -> time of its last release (a get freeing a slot)

    def release(*args, **kwargs):
        try:
            released[_get_ident()] = _mono()    # before: a putter's wake comes later
            return raw_rel(*args, **kwargs)
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise
    d = sem.__dict__
    d['acquire'], d['release'] = _wraps(raw, acquire), _wraps(raw_rel, release)
    q.__dict__['_mptutor_freed'] = released


def _block_args(args, kwargs):
    """(block, timeout) of a put(obj, ...) / get(...) call, args without obj."""
    n = len(args)
    return (args[0] if n else kwargs.get('block', True)), (args[1] if n > 1 else kwargs.get('timeout'))


def _patch_queues(m):
    MAXSEM = m._multiprocessing.SemLock.SEM_VALUE_MAX
    Full, Empty = m.Full, m.Empty

    def instrument(q):
        key = q.__dict__['_mptutor_key'] = _js('q' + _rawkey(q._rlock._semlock))
        maxsize = getattr(q, '_maxsize', None)
        if maxsize is not None and 0 < maxsize < MAXSEM:
            _watch_put_sem(q, key)
        return key, maxsize

    def make_init(cls, typename):
        o_init = cls.__init__

        def created(self, fr, t, args, kwargs):
            if typename == 'Queue' and isinstance(self, m.JoinableQueue):
                return      # JoinableQueue.__init__ reports itself
            key, maxsize = instrument(self)
            if maxsize == MAXSEM:
                maxsize = 0
            _ev(F_QCREATE, t, (key, typename, _num(maxsize), _site(fr), _var(fr, (typename,))))
        cls.__init__ = _on_create(o_init, created)

    def make_put(cls, bounded):
        o_put = cls.put

        def put(self, *args, **kwargs):
            key = self._mptutor_key         # class default None: untraced queue
            if key is None or _fd == -2:
                return o_put(self, *args, **kwargs)
            t0 = _mono()
            try:
                r = o_put(self, *args, **kwargs)
            except Full as e:
                t = _mono()
                block, timeout = _block_args(args[1:], kwargs)
                if block:
                    _ev(F_QTIMEOUT, t, (key, 'put', t - t0, _num(timeout)))
                else:
                    _ev(F_QFULL, t, (key,))
                _hide(e)
                raise
            except BaseException as e:
                _hide(e)
                raise
            t = _mono()
            o = args[0] if args else kwargs.get('obj')
            item = f'"{o}"' if type(o) is int and -_BIG < o < _BIG else _short(o)
            if bounded and _DEPTH:
                _emit(P_QPUT, t, f',"object":{key},"item":{item},"waited_ns":{t - t0},'
                                 f'"depth":{self._maxsize - self._sem._semlock._get_value()}}}\n')
            else:
                _emit(P_QPUT, t, f',"object":{key},"item":{item},"waited_ns":{t - t0}}}\n')
            return r
        cls.put = _wraps(o_put, put)

    def make_get(cls, simple):
        o_get = cls.get

        def get(self, *args, **kwargs):
            key = self._mptutor_key
            if key is None or _fd == -2:
                return o_get(self, *args, **kwargs)
            t0 = _mono()
            if simple or not (args or kwargs):
                block, timeout = True, None
            else:
                block, timeout = _block_args(args, kwargs)
            try:        # about to block: nothing to take (read without consuming), or
                # another reader holds the queue's read lock (maybe a dead process)
                if simple or (block and (timeout is None or _may_block(timeout)) and not self._closed):
                    if _DEPTH and not simple:
                        wait = (self._sem._semlock._get_value() == self._maxsize
                                or self._rlock._semlock._is_zero())
                    else:
                        wait = not _readable(self._reader)
                    if wait:
                        _emit(P_QWAIT, t0, f',"object":{key},"op":"get"}}\n')
            except Exception:
                pass
            try:
                item = o_get(self, *args, **kwargs)
            except Empty as e:
                t = _mono()
                if block:
                    _ev(F_QTIMEOUT, t, (key, 'get', t - t0, _num(timeout)))
                else:
                    _ev(F_QEMPTY, t, (key,))
                _hide(e)
                raise
            except BaseException as e:
                _hide(e)
                raise
            t = _mono()
            s = f'"{item}"' if type(item) is int and -_BIG < item < _BIG else _short(item)
            if simple:
                _emit(P_QGET, t, f',"object":{key},"item":{s},"waited_ns":{t - t0}}}\n')
                return item
            rel = self._mptutor_freed   # a bounded queue: the moment get freed a slot,
            if rel:                     # so that a blocked put is seen later
                t = rel.pop(_get_ident(), t)
            if _DEPTH:
                _emit(P_QGET, t, f',"object":{key},"item":{s},"waited_ns":{t - t0},'
                                 f'"depth":{self._maxsize - self._sem._semlock._get_value()}}}\n')
            else:
                _emit(P_QGET, t, f',"object":{key},"item":{s},"waited_ns":{t - t0}}}\n')
            return item
        cls.get = _wraps(o_get, get)

    def rekey(self):
        instrument(self)

    m.Queue._mptutor_key = m.SimpleQueue._mptutor_key = m.Queue._mptutor_freed = None
    make_init(m.Queue, 'Queue')
    make_init(m.JoinableQueue, 'JoinableQueue')
    make_init(m.SimpleQueue, 'SimpleQueue')
    _carry_state(m.Queue, 8, rekey)        # JoinableQueue's state embeds Queue's: covered too
    _carry_state(m.SimpleQueue, 4, rekey)
    for cls in (m.Queue, m.JoinableQueue):
        make_put(cls, True)
    make_put(m.SimpleQueue, False)
    make_get(m.Queue, False)
    make_get(m.SimpleQueue, True)

    JQ = m.JoinableQueue
    o_done, o_join = JQ.task_done, JQ.join

    def task_done(self):
        try:
            t = _mono()         # before: the joiner's wake comes later
            r = o_done(self)
            key = self._mptutor_key
            if key is not None and _fd != -2:
                left = ''
                if _DEPTH:
                    left = ',"unfinished":%d' % self._unfinished_tasks._semlock._get_value()
                _ev(F_QTDONE, t, (key, left))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def join(self):
        try:
            key = self._mptutor_key
            if key is None or _fd == -2:
                return o_join(self)
            t0 = _mono()
            if not self._unfinished_tasks._semlock._is_zero():
                _ev(F_QJOINW, t0, (key,))
            r = o_join(self)
            t = _mono()
            _ev(F_QJOIN, t, (key, t - t0))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise
    JQ.task_done = _wraps(o_done, task_done)
    JQ.join = _wraps(o_join, join)


def _readable(conn):
    """Bytes waiting in a Connection, without reading them (FIONREAD; select as fallback)."""
    global _ioctl
    fd = conn._handle
    if _ioctl is None:
        import fcntl
        import termios
        import array
        buf = array.array('i', [0])
        _ioctl = (fcntl.ioctl, termios.FIONREAD, buf)
    f, req, buf = _ioctl
    try:
        f(fd, req, buf, True)
        return buf[0] > 0
    except OSError:
        import select
        return bool(select.select([fd], [], [], 0)[0])


_ioctl = None


# ---------------------------------------------------------------------------------------
# multiprocessing.pool
# ---------------------------------------------------------------------------------------
class _Callback:
    """Wraps a user callback at result time (it then runs on _handle_results)."""
    __slots__ = ('f', 'job', 'fmt_args')

    def __init__(self, f, job, error):
        self.f, self.job, self.fmt_args = f, job, (job, _fname(f), _TF[error])

    def __call__(self, value):
        try:
            _ev(F_CB, _mono(), self.fmt_args)
            r = self.f(value)
            _ev(F_CBEND, _mono(), (self.job,))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise


class _TaskQueue:
    """Stands in for a worker's inqueue/outqueue: sees tasks taken and results sent."""
    __slots__ = ('_q', '_star', '_fn')

    def __init__(self, q, star):
        self._q, self._star, self._fn = q, star, (None, None)

    def __getattr__(self, name):            # _writer, _reader, ... as before
        return getattr(self._q, name)

    def get(self):
        task = self._q.get()
        if _fd != -2 and type(task) is tuple and len(task) == 5:
            try:
                job, i, func, args = task[:4]
                star = self._star       # identity, not `in`: == could run user __eq__
                if (func is star[0] or func is star[1]) and type(args) is tuple and len(args) == 1:
                    func, args = args[0]     # mapstar((func, chunk)): show the real func
                fn = self._fn       # a pool runs one function many times: name it once
                if fn[0] is not func:
                    fn = self._fn = (func, _fname(func))
                _ev(F_TSTART, _mono(), (job, i, fn[1], _short(args)))
            except Exception:
                _disable()
        return task

    def put(self, obj):
        t = _mono()
        r = self._q.put(obj)
        if _fd != -2 and type(obj) is tuple and len(obj) == 3:
            try:
                job, i, (ok, value) = obj
                _ev(F_TEND, t, (job, i, _TF[bool(ok)], _short(value) if ok else _exc_short(value)))
            except Exception:
                _disable()
        return r


def _patch_pool(m):
    o_worker = m.worker
    star = (m.mapstar, m.starmapstar)

    def worker(inqueue, outqueue, *args, **kwargs):
        if _fd != -2:
            inqueue, outqueue = _TaskQueue(inqueue, star), _TaskQueue(outqueue, star)
        return o_worker(inqueue, outqueue, *args, **kwargs)
    m.worker = _wraps(o_worker, worker)     # pickles by reference as multiprocessing.pool.worker
    del worker.__wrapped__                  # (pickle must not look behind it)

    P = m.Pool
    pool_ids = itertools.count(1)

    def wrap(name, make):
        o = getattr(P, name)
        setattr(P, name, _wraps(o, make(o)))

    def key_of(pool):
        return pool.__dict__.get('_mptutor_key') if pool is not None else None

    def make_init(o):
        def __init__(self, *args, **kwargs):
            try:
                t = _mono()
                o(self, *args, **kwargs)
                if _fd != -2 and '_mptutor_key' not in self.__dict__:
                    try:
                        fr = _creator(self, sys._getframe(1))
                        if fr is not None:
                            key = self.__dict__['_mptutor_key'] = _js('p%d-%d' % (os.getpid(), next(pool_ids)))
                            _ev(F_POOL, t, (key, self._processes, _num(self._maxtasksperchild), _site(fr),
                                            _var(fr, ('Pool', 'ThreadPool'))))
                    except Exception:
                        _disable()
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise
        return __init__

    def submitter(o, default_method, get_func_args, chunks):
        def submit(self, *args, **kwargs):
            try:
                t = _mono()
                res = o(self, *args, **kwargs)
                key = self.__dict__.get('_mptutor_key')
                if key is not None and _fd != -2:
                    try:
                        r = res
                        if type(r).__name__ == 'generator':     # imap with chunksize > 1
                            r = r.gi_frame.f_locals['.0']       # (item for chunk in result ...)
                        r.__dict__['_mptutor_pool'] = key       # for get(): _set clears r._pool
                        caller = sys._getframe(1)
                        method = default_method
                        if caller.f_globals.get('__name__') == 'multiprocessing.pool':
                            method = caller.f_code.co_name
                        func, fargs = get_func_args(args, kwargs)
                        _ev(F_SUBMIT, t, (key, r._job, _fname(func), _short(fargs), chunks(r), method))
                    except Exception:
                        _disable()
                return res
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise
        return submit

    def fa_apply(a, k):
        return (a[0] if a else k.get('func')), (a[1] if len(a) > 1 else k.get('args', ()))

    def fa_map(a, k):
        return (a[0] if a else k.get('func')), (a[1] if len(a) > 1 else k.get('iterable'))

    wrap('__init__', make_init)
    wrap('apply_async', lambda o: submitter(o, 'apply_async', fa_apply, lambda r: '1'))
    wrap('_map_async', lambda o: submitter(o, 'map_async', fa_map,
                                           lambda r: str(r.__dict__.get('_mptutor_chunks', 'null'))))
    wrap('imap', lambda o: submitter(o, 'imap', fa_map, lambda r: 'null'))
    wrap('imap_unordered', lambda o: submitter(o, 'imap_unordered', fa_map, lambda r: 'null'))

    def simple(fmt):
        # t is taken before the call: close() and terminate() cause what follows (workers ending),
        # so the event must not be stamped after its effects.
        def make(o):
            def method(self):
                try:
                    t = _mono()
                    r = o(self)
                    key = self.__dict__.get('_mptutor_key')
                    if key is not None:
                        _ev(fmt, t, (key,))
                    return r
                except BaseException as e:    # not a frame of ours in its traceback
                    _hide(e)
                    raise
            return method
        return make
    wrap('close', simple(F_PCLOSE))
    wrap('terminate', simple(F_PTERM))

    def make_join(o):
        def join(self):
            try:
                t0 = _mono()
                r = o(self)
                key = self.__dict__.get('_mptutor_key')
                if key is not None:
                    t = _mono()
                    _ev(F_PJOINED, t, (key, t - t0))
                return r
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise
        return join
    wrap('join', make_join)

    # MapResult: remember how many chunks a submission makes (it counts down later)
    MR = m.MapResult
    o_mr_init = MR.__init__

    def mr_init(self, *args, **kwargs):
        o_mr_init(self, *args, **kwargs)
        self.__dict__['_mptutor_chunks'] = self._number_left
    MR.__init__ = _wraps(o_mr_init, mr_init)

    # results arrive on the parent's _handle_results thread, which then runs callbacks
    def make_set(cls, callbacks):
        o_set = cls.__dict__['_set']

        def _set(self, i, obj):
            key = key_of(self._pool)
            if key is not None and _fd != -2:
                try:
                    ok = obj[0] if type(obj) is tuple else False
                    _ev(F_RESULT, _mono(), (key, self._job, i, _TF[bool(ok)]))
                    if callbacks:
                        d = self.__dict__
                        for attr, err in (('_callback', False), ('_error_callback', True)):
                            cb = d.get(attr)
                            if cb is not None and type(cb) is not _Callback:
                                d[attr] = _Callback(cb, self._job, err)
                except Exception:
                    _disable()
            return o_set(self, i, obj)
        cls._set = _wraps(o_set, _set)

    # AsyncResult.get (map/apply call it too): the caller's wait, and a worker's
    # exception re-raised here
    AR = m.ApplyResult
    o_get = AR.get

    def get(self, timeout=None):
        try:
            key = self.__dict__.get('_mptutor_pool')
            if key is None or _fd == -2:
                return o_get(self, timeout)
            t0 = _mono()
            try:
                r = o_get(self, timeout)
            except BaseException as e:
                t = _mono()
                _ev(F_PGET, t, (key, self._job, 'false', t - t0, _js(type(e).__name__)))
                raise
            t = _mono()
            _ev(F_PGET, t, (key, self._job, 'true', t - t0, 'null'))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise
    AR.get = _wraps(o_get, get)

    make_set(m.ApplyResult, True)
    make_set(m.MapResult, True)
    make_set(m.IMapIterator, False)
    make_set(m.IMapUnorderedIterator, False)


# ---------------------------------------------------------------------------------------
# multiprocessing.sharedctypes: Value, Array, RawValue, RawArray, synchronized().
# A synchronized wrapper's contents are read and written through class-level accessors
# (the `value`/`raw` properties and a Structure's field properties built by make_property,
# SynchronizedArray.__getitem__/__setitem__): they are replaced by copies of the same code
# that also say `shared.read`/`shared.write`, stamped INSIDE the lock hold (so, in time,
# lock.acquire < shared.write < lock.release).  The key ('s<pid>-<n>') rides in the
# wrapper's __dict__ (fork children inherit it) and in the pickled state (spawn, forkserver):
# Synchronized.__reduce__ gives (synchronized, (obj, lock)) plus a state {_mptutor_key: key}
# that pickle puts back in the rebuilt wrapper's __dict__.  Raw ctypes objects (RawValue,
# RawArray, lock=False) are the program's own ctypes types: only their creation is traced.
# ---------------------------------------------------------------------------------------
def _index_attr(i):
    """`[3]`, `[2:7]`, `[::2]` for an index or slice of built-in ints; never user code, never
    an error (a slice may hold an int too long for str())."""
    t = type(i)
    if t is int and -_BIG < i < _BIG:
        return f'"[{i}]"'
    if t is slice:
        parts = []
        for x in (i.start, i.stop, i.step):
            parts.append('' if x is None else str(x) if type(x) is int and -_BIG < x < _BIG else '?')
        if not parts[2]:
            parts.pop()
        return '"[%s]"' % ':'.join(parts)
    return '"[?]"' if t is int else '"[<%s>]"' % t.__name__


def _shared_property(name, prop):
    """A copy of make_property's getter/setter (same lock calls, same order) that records
    the access inside the hold.  Untraced wrappers (no key) run the original."""
    o_get, o_set = prop.fget, prop.fset
    attr = _js(name)

    def get(self):
        try:
            key = self._mptutor_key
            if key is None or _fd == -2:
                return o_get(self)
            self.acquire()
            try:
                v = getattr(self._obj, name)
                _emit(P_SREAD, _mono(), f',"object":{key},"attr":{attr},"value":{_short(v)}}}\n')
                return v
            finally:
                self.release()
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def set(self, value):
        try:
            key = self._mptutor_key
            if key is None or _fd == -2:
                return o_set(self, value)
            self.acquire()
            try:
                setattr(self._obj, name, value)
                _emit(P_SWRITE, _mono(), f',"object":{key},"attr":{attr},"value":{_short(value)}}}\n')
            finally:
                self.release()
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise
    return property(_wraps(o_get, get), _wraps(o_set, set), prop.fdel, prop.__doc__)


def _shared_kind(obj, ctypes):
    """('Value'|'Array', ctype name, length or 'null', short initial value) of a ctypes object."""
    if isinstance(obj, ctypes.Array):
        n = obj._length_
        chars = obj._type_ in (ctypes.c_char, ctypes.c_wchar)     # a slice is bytes / str
        return 'Array', _js(obj._type_.__name__), str(n), _short(obj[:min(n, 81 if chars else 9)])
    v = obj.value if isinstance(obj, ctypes._SimpleCData) else obj
    return 'Value', _js(type(obj).__name__), 'null', _short(v)


def _patch_sharedctypes(m):
    import ctypes
    ids = itertools.count(1)
    SB = m.SynchronizedBase
    SB._mptutor_key = None

    def lock_key(lock):
        sync = sys.modules.get('multiprocessing.synchronize')
        if sync is not None and issubclass(type(lock), sync.SemLock):
            return lock.__dict__.get('_mptutor_key') or 'true'
        if type(lock) is _TLock:
            return lock._mptutor_k
        return 'true'

    def factory(o, fname):
        def make(*args, **kwargs):
            try:
                caller = sys._getframe(1)
                if _fd == -2 or caller.f_globals.get('__name__') == 'multiprocessing.sharedctypes':
                    return o(*args, **kwargs)       # Value() calling RawValue()/synchronized()
                r = o(*args, **kwargs)
                t = _mono()     # after: its lock (lock.create) already exists
                if _fd == -2:
                    return r
                try:
                    fr = _creator(r, caller)
                    if fr is None:                  # multiprocessing's own, or unpickling
                        return r
                    key = _js('s%d-%d' % (os.getpid(), next(ids)))
                    if issubclass(type(r), SB):
                        r.__dict__['_mptutor_key'] = key
                        obj, lock = r._obj, r._lock
                        lkey = lock_key(lock)
                        user = any(lock is a for a in args) or any(lock is a for a in kwargs.values())
                    else:
                        obj, lkey, user = r, 'false', False
                    tname, ctype, length, value = _shared_kind(obj, ctypes)
                    code = args[0] if args and fname != 'synchronized' else kwargs.get('typecode_or_type')
                    _ev(F_SCREATE, t, (key, tname, ctype, _js(code) if type(code) is str else 'null', length,
                                       value, lkey, _TF[user], _site(fr), _var(fr, (fname,))))
                except Exception:
                    _disable()
                return r
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise
        _PASS_CODES.add(make.__code__)
        return _wraps(o, make)

    for fname in ('Value', 'Array', 'RawValue', 'RawArray', 'synchronized'):
        setattr(m, fname, factory(getattr(m, fname), fname))

    props = {}
    o_make = m.make_property

    def make_property(name):
        p = props.get(name)
        if p is None:
            p = props[name] = _shared_property(name, o_make(name))
        return p
    m.make_property = _wraps(o_make, make_property)
    m.Synchronized.value = make_property('value')
    m.SynchronizedString.value = make_property('value')
    m.SynchronizedString.raw = make_property('raw')

    SA = m.SynchronizedArray
    o_getitem, o_setitem, o_getslice, o_setslice = SA.__getitem__, SA.__setitem__, SA.__getslice__, SA.__setslice__

    def __getitem__(self, i):
        try:
            key = self._mptutor_key
            if key is None or _fd == -2:
                return o_getitem(self, i)
            with self:
                v = self._obj[i]
                _emit(P_SREAD, _mono(), f',"object":{key},"attr":{_index_attr(i)},"value":{_short(v)}}}\n')
                return v
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def __setitem__(self, i, value):
        try:
            key = self._mptutor_key
            if key is None or _fd == -2:
                return o_setitem(self, i, value)
            with self:
                self._obj[i] = value
                _emit(P_SWRITE, _mono(), f',"object":{key},"attr":{_index_attr(i)},"value":{_short(value)}}}\n')
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def __getslice__(self, start, stop):
        try:
            key = self._mptutor_key
            if key is None or _fd == -2:
                return o_getslice(self, start, stop)
            with self:
                v = self._obj[start:stop]
                _emit(P_SREAD, _mono(), f',"object":{key},"attr":{_index_attr(slice(start, stop))},'
                                        f'"value":{_short(v)}}}\n')
                return v
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def __setslice__(self, start, stop, values):
        try:
            key = self._mptutor_key
            if key is None or _fd == -2:
                return o_setslice(self, start, stop, values)
            with self:
                self._obj[start:stop] = values
                _emit(P_SWRITE, _mono(), f',"object":{key},"attr":{_index_attr(slice(start, stop))},'
                                         f'"value":{_short(values)}}}\n')
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    for name, f, o in (('__getitem__', __getitem__, o_getitem), ('__setitem__', __setitem__, o_setitem),
                       ('__getslice__', __getslice__, o_getslice), ('__setslice__', __setslice__, o_setslice)):
        setattr(SA, name, _wraps(o, f))

    o_reduce = SB.__reduce__

    def __reduce__(self):
        try:
            rv = o_reduce(self)         # (synchronized, (obj, lock)); asserts it is spawning
            key = self.__dict__.get('_mptutor_key')
            return rv if key is None else rv + ({'_mptutor_key': key},)
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise
    SB.__reduce__ = _wraps(o_reduce, __reduce__)


# ---------------------------------------------------------------------------------------
# multiprocessing.context: MPTUTOR_START_METHOD, main process only.  We change the
# default context's FALLBACK (_default_context._default_context), not _actual_context,
# so a program that calls set_start_method() itself still may (no "already set" error).
# ---------------------------------------------------------------------------------------
def _patch_context(m):
    method = os.environ.get('MPTUTOR_START_METHOD')
    if method and _role == 'main':
        try:
            m._default_context._default_context = m._default_context.get_context(method)
        except Exception:
            pass
    # the program's own choice, made after this process's header was written
    DC = m.DefaultContext
    o_set = DC.set_start_method

    def set_start_method(self, method, force=False):
        try:
            r = o_set(self, method, force)
            if _fd != -2 and type(method) is str:
                try:
                    fr = _creator(self, sys._getframe(1))
                    if fr is not None:
                        _ev(F_PMETHOD, _mono(), (_js(method), _site(fr)))
                except Exception:
                    _disable()
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise
    DC.set_start_method = _wraps(o_set, set_start_method)


# ---------------------------------------------------------------------------------------
# multiprocessing.connection: Pipe() ends.  Both ends carry (key, 'A'|'B'); pickling (spawn,
# forkserver, a Connection sent through a queue) carries the tag to the other process.
# ---------------------------------------------------------------------------------------
def _rebuild_conn(rebuild, args, tag):
    conn = rebuild(*args)
    conn.__dict__['_mptutor'] = tag
    return conn


def _patch_connection(m):
    ids = itertools.count(1)
    o_pipe = m.Pipe
    C = m._ConnectionBase
    C._mptutor = None
    o_send, o_recv, o_poll = C.send, C.recv, C.poll
    nobody = object()

    def Pipe(*args, **kwargs):
        try:
            t = _mono()
            a, b = o_pipe(*args, **kwargs)
            if _fd != -2:
                try:
                    fr = _creator(nobody, sys._getframe(1))
                    if fr is not None:
                        key = _js('c%d-%d' % (os.getpid(), next(ids)))
                        a.__dict__['_mptutor'], b.__dict__['_mptutor'] = (key, 'A'), (key, 'B')
                        duplex = args[0] if args else kwargs.get('duplex', True)
                        _ev(F_PIPE, t, (key, _TF[bool(duplex)], _site(fr), _var(fr, ('Pipe',), pair=True)))
                except Exception:
                    _disable()
            return a, b
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def send(self, obj):
        try:
            tag = self._mptutor
            if tag is None or _fd == -2:
                return o_send(self, obj)
            t = _mono()         # before: the other end's recv comes later
            r = o_send(self, obj)
            item = f'"{obj}"' if type(obj) is int and -_BIG < obj < _BIG else _short(obj)
            _emit(P_PSEND, t, f',"object":{tag[0]},"end":"{tag[1]}","item":{item}}}\n')
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def recv(self):
        try:
            tag = self._mptutor
            if tag is None or _fd == -2:
                return o_recv(self)
            t0 = _mono()
            try:
                if not _readable(self):
                    _ev(F_PIPEWAIT, t0, tag)
            except Exception:
                pass        # closed or write-only: recv raises its own error
            try:
                obj = o_recv(self)
            except (EOFError, OSError) as e:
                t = _mono()
                _emit(P_PRECV, t, f',"object":{tag[0]},"end":"{tag[1]}","item":null,"waited_ns":{t - t0},'
                                  f'"error":{_js(type(e).__name__)}}}\n')
                raise
            t = _mono()
            item = f'"{obj}"' if type(obj) is int and -_BIG < obj < _BIG else _short(obj)
            _emit(P_PRECV, t, f',"object":{tag[0]},"end":"{tag[1]}","item":{item},"waited_ns":{t - t0}}}\n')
            return obj
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def poll(self, timeout=0.0):
        try:
            tag = self._mptutor
            if tag is None or _fd == -2:
                return o_poll(self, timeout)
            t0 = _mono()
            r = o_poll(self, timeout)
            t = _mono()
            _ev(F_PIPEPOLL, t, (tag[0], tag[1], _num(timeout), _TF[bool(r)], t - t0))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    # the listening side of an authkey handshake (a manager server, a Listener) refusing a
    # client: the error is swallowed there (the client sees its own), so say it here
    o_deliver = m.deliver_challenge

    def deliver_challenge(*args, **kwargs):
        try:
            return o_deliver(*args, **kwargs)
        except m.AuthenticationError as e:
            if _fd != -2:
                _ev(F_CREFUSED, _mono(), (_js(_exc_text(e)),))
            raise
    m.deliver_challenge = _wraps(o_deliver, deliver_challenge)

    m.Pipe = _wraps(o_pipe, Pipe)
    C.send, C.recv, C.poll = _wraps(o_send, send), _wraps(o_recv, recv), _wraps(o_poll, poll)
    red = m.reduction
    o_reduce = red.ForkingPickler._extra_reducers.get(m.Connection)
    if o_reduce is not None:
        def reduce_connection(conn):
            rv = o_reduce(conn)
            tag = conn._mptutor
            return rv if tag is None else (_rebuild_conn, (rv[0], rv[1], tag))
        red.register(m.Connection, _wraps(o_reduce, reduce_connection))


# ---------------------------------------------------------------------------------------
# multiprocessing.managers: the server process is role `manager` (see _bootstrap); every
# proxy call is one round trip, `manager.call` in the caller.
# ---------------------------------------------------------------------------------------
def _user_frame(frame):
    """First frame outside multiprocessing and the tracer (for the `site` of an object
    multiprocessing creates on the program's behalf, e.g. a Manager started by __enter__)."""
    while frame is not None and str(frame.f_globals.get('__name__', '')).split('.')[0] in _INTERNAL:
        frame = frame.f_back
    return frame


def _patch_managers(m):
    BM, BP = m.BaseManager, m.BaseProxy
    o_start, o_connect, o_call = BM.start, BM.connect, BP._callmethod

    def mkey(self):
        return _js('M' + str(self._address)), _js(type(self).__name__), _js(str(self._address))

    def start(self, *args, **kwargs):
        try:
            t = _mono()
            r = o_start(self, *args, **kwargs)
            if _fd != -2:
                try:
                    fr = _user_frame(sys._getframe(1))
                    key, tname, addr = mkey(self)
                    _ev(F_MCREATE, t, (key, tname, addr, self._process.pid,
                                       _site(fr) if fr is not None else 'null',
                                       _var(fr, ('Manager', type(self).__name__)) if fr is not None else ''))
                except Exception:
                    _disable()
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def connect(self):
        try:
            try:
                r = o_connect(self)
            except BaseException as e:      # e.g. AuthenticationError: a wrong authkey
                if _fd != -2:
                    _ev(F_MCONNECT, _mono(), mkey(self) + ('false', _js(_exc_text(e))))
                raise
            if _fd != -2:
                _ev(F_MCONNECT, _mono(), mkey(self) + ('true', 'null'))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def _callmethod(self, methodname, args=(), kwds={}):
        try:
            if _fd == -2:
                return o_call(self, methodname, args, kwds)
            t0 = _mono()
            ok = 'false'
            try:
                r = o_call(self, methodname, args, kwds)
                ok = 'true'
                return r
            finally:
                t = _mono()
                try:
                    tok = self._token
                    _ev(F_MCALL, t, (_js('m%s@%s' % (tok.id, tok.address)), _js(str(tok.typeid)),
                                     _js(str(methodname)), t - t0, ok))
                except Exception:
                    _disable()
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    BM.start, BM.connect = _wraps(o_start, start), _wraps(o_connect, connect)
    BP._callmethod = _wraps(o_call, _callmethod)


# ---------------------------------------------------------------------------------------
# threading: thread start/exit in any process; threading.Lock()/RLock() made by the program
# (not by the standard library) are traced like multiprocessing locks.
# ---------------------------------------------------------------------------------------
_STDLIB = os.path.dirname(os.__file__) + os.sep
_tids = itertools.count(1)      # t<pid>-<n>: keys of the program's threading objects
_tkeys = {}                     # id(obj) -> key of a program's Semaphore/Event/Condition/Barrier/local
_trefs = {}                     # id(obj) -> weakref whose callback forgets the id when obj dies
_NOTHING = object()
_TIMEOUT_MAX = _thread.TIMEOUT_MAX


def _program_file(fn):
    """Code of the program: not the standard library, site-packages, nor the tracer."""
    return not (fn.startswith((_STDLIB, '<')) or 'site-packages' in fn or 'dist-packages' in fn
                or fn == __file__)


def _tcreator(obj, frame):
    """The frame that created obj, past obj's own constructors (a subclass's __init__ calling
    super().__init__()), when it is the program's; None for the standard library's own."""
    while frame is not None and frame.f_code.co_name == '__init__' and frame.f_locals.get('self') is obj:
        frame = frame.f_back
    if frame is None or not _program_file(frame.f_code.co_filename):
        return None
    return frame


def _tremember(obj):
    """A new key for obj.  Kept outside the object (its __dict__ stays as it was); forgotten
    by a weakref callback when obj dies, before its id can be reused."""
    key = _js('t%d-%d' % (os.getpid(), next(_tids)))
    i = id(obj)

    def forget(ref, i=i):
        _tkeys.pop(i, None)
        _trefs.pop(i, None)
    _trefs[i] = _weakref_ref(obj, forget)
    _tkeys[i] = key
    return key


def _arg1(args, kwargs, name, default):
    """The one optional argument of f(x=default), or _NOTHING when the call is unusual
    (the original then runs alone and raises its own TypeError)."""
    n = len(args)
    if n > 1 or (kwargs and (n or len(kwargs) > 1 or name not in kwargs)):
        return _NOTHING
    return args[0] if n else kwargs.get(name, default)


def _outcome(r):
    return _TF[r] if type(r) is bool else 'null'


class _TLock:
    """A program's threading.Lock/RLock: the real lock inside, lock.* events around it."""
    __slots__ = ('_mptutor_l', '_mptutor_k', '__weakref__')

    def __init__(self, lock, key):
        self._mptutor_l, self._mptutor_k = lock, key

    def acquire(self, blocking=True, timeout=-1):
        try:
            lock = self._mptutor_l
            if (_fd == -2 or type(blocking) not in (bool, int) or type(timeout) not in (int, float)
                    or not (timeout == -1 or 0 <= timeout <= _TIMEOUT_MAX) or (not blocking and timeout != -1)):
                return lock.acquire(blocking, timeout)      # its own result or error (even when free:
                # a too large or NaN timeout raises before the lock is looked at)
            key = self._mptutor_k
            t0 = _mono()
            if lock.acquire(False):
                _emit(P_LACQ, _mono(), f',"object":{key},"waited_ns":0}}\n')
                return True
            if not blocking:
                return False
            return _blocked_acquire(key, t0, None if timeout == -1 else timeout, lock.acquire, (True,), -1)
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    __enter__ = acquire

    def release(self):
        try:
            t = _mono()
            self._mptutor_l.release()
            if _fd != -2:
                _emit(P_LREL, t, f',"object":{self._mptutor_k}}}\n')
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def __exit__(self, *args):
        try:
            self.release()
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def locked(self):
        return self._mptutor_l.locked()

    def __getattr__(self, name):       # _is_owned, _at_fork_reinit, ...
        return getattr(self._mptutor_l, name)

    def __repr__(self):
        return repr(self._mptutor_l)


class _TRLock(_TLock):
    """A program's RLock.  threading.Condition.wait() releases and re-takes it through these
    two (whatever its recursion depth): shown as one lock.release / lock.acquire, with `count`
    the depth when it is more than 1, like the releases inside a multiprocessing Condition's wait."""
    __slots__ = ()

    def _release_save(self):
        try:
            t = _mono()         # before: a waiter's acquire comes later
            state = self._mptutor_l._release_save()
            if _fd != -2:
                c = state[0] if type(state) is tuple and state and type(state[0]) is int else 1
                _emit(P_LREL, t, f',"object":{self._mptutor_k}' + (f',"count":{c}' if c != 1 else '') + '}\n')
            return state
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    def _acquire_restore(self, state):
        try:
            lock = self._mptutor_l
            if (_fd == -2 or type(state) is not tuple or len(state) != 2 or type(state[0]) is not int
                    or state[0] < 1 or state[1] != _get_ident()):
                return lock._acquire_restore(state)
            key, c = self._mptutor_k, state[0]
            n = f',"count":{c}' if c != 1 else ''
            if lock.acquire(False):     # free: what _acquire_restore does (owner: this thread, depth c)
                for _ in range(c - 1):
                    lock.acquire()
                _emit(P_LACQ, _mono(), f',"object":{key},"waited_ns":0{n}}}\n')
                return None
            tw = _mono()
            _emit(P_LWAIT, tw, f',"object":{key}}}\n')
            r = lock._acquire_restore(state)
            t = _mono()
            _emit(P_LACQ, t, f',"object":{key},"waited_ns":{t - tw}{n}}}\n')
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise


def _patch_threading(m):
    """Thread idents are reused: forget an ident when its thread ends."""
    T = m.Thread
    o_delete, o_start = T._delete, T.start

    def _delete(self):
        if _fd != -2:       # runs in the ending thread
            if _streams:
                _flush_partial_prints(_get_ident())
            _ev(F_TEXIT, _mono(), (_js(str(self._name)),))
        _threads.pop(_get_ident(), None)
        return o_delete(self)

    def start(self):
        try:
            tgt = self.__dict__.get('_target')     # gone once run() has finished
            infra = False
            if _fd != -2:
                infra = self.__dict__['_mptutor_infra'] = _is_infra_thread(self)
            t = _mono()         # before: the new thread's own events come later
            o_start(self)
            if _fd != -2:
                _ev(F_TSPAWN, t, (_js(str(self._name)), _TF[bool(self._daemonic)], self._ident or 0,
                                        _fname(tgt) if tgt is not None else 'null', _TF[infra]))
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise

    T._delete, T.start = _wraps(o_delete, _delete), _wraps(o_start, start)
    o_rlock = m.RLock

    def traced(orig, tname, cls):
        def factory(*args, **kwargs):
            try:
                lock = orig(*args, **kwargs)
                if _fd == -2:
                    return lock
                fr = sys._getframe(1)
                if not _program_file(fr.f_code.co_filename):
                    return lock
                try:
                    key = _js('t%d-%d' % (os.getpid(), next(_tids)))
                    _ev(F_LCREATE, _mono(), (key, _js(tname), 'null', _site(fr),
                                             _var(fr, (tname,)) + ',"threading":true'))
                    return cls(lock, key)
                except Exception:
                    _disable()
                    return lock
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise
        factory = _wraps(orig, factory)
        # pickled by reference (a Manager's registry holds threading.Lock): as threading.X
        factory.__module__, factory.__name__, factory.__qualname__ = 'threading', tname, tname
        return factory
    m.Lock = traced(m.Lock, 'Lock', _TLock)
    m.RLock = traced(m.RLock, 'RLock', _TRLock)
    _patch_threading_sync(m, o_rlock)
    _patch_threading_local(m)


def _patch_threading_sync(m, o_rlock):
    """threading's Semaphore, BoundedSemaphore, Event, Condition and Barrier: the classes keep
    their identity (the methods are wrapped on the class, with the original's exact signature:
    no argument packing, the same TypeError texts); only instances the program made
    (see _tcreator) have a key in _tkeys and report.  The standard library's own (Thread._started,
    the Condition inside an Event, queue.Queue's Conditions) pass straight through."""
    def on_init(cls, record):
        o_init = cls.__init__

        def __init__(self, *args, **kwargs):
            try:
                t = _mono()
                o_init(self, *args, **kwargs)
                if _fd == -2 or id(self) in _tkeys:
                    return
                try:
                    fr = _tcreator(self, sys._getframe(1))
                    if fr is not None:
                        record(self, _tremember(self), fr, t, args, kwargs)
                except Exception:
                    _disable()
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise
        cls.__init__ = _wraps(o_init, __init__)

    def wrap(cls, name, make, attr=None):
        o = cls.__dict__[name]
        setattr(cls, attr or name, _wraps(o, make(o)))

    th = ',"threading":true'

    # Semaphore / BoundedSemaphore: lock.* events, as for multiprocessing's
    S, BS = m.Semaphore, m.BoundedSemaphore

    def sem_created(self, key, fr, t, args, kwargs):
        tname = 'BoundedSemaphore' if BS in type(self).__mro__ else 'Semaphore'
        value = _arg1(args, kwargs, 'value', 1)
        _ev(F_LCREATE, t, (key, _js(tname), _num(value), _site(fr),
                           _var(fr, (tname, type(self).__name__)) + th))
    on_init(S, sem_created)        # BoundedSemaphore.__init__ calls Semaphore.__init__

    def make_acquire(o):
        def acquire(self, blocking=True, timeout=None):
            try:
                key = _tkeys.get(id(self))
                if (key is None or _fd == -2 or type(blocking) not in (bool, int)
                        or not (timeout is None or type(timeout) in (int, float)) or (not blocking and timeout is not None)):
                    return o(self, blocking, timeout)       # (its own ValueError)
                t0 = _mono()
                if o(self, False):                           # free: no waiting at all
                    _emit(P_LACQ, _mono(), f',"object":{key},"waited_ns":0}}\n')
                    return True
                if not blocking:
                    return False
                if timeout is not None and timeout <= 0:     # never blocks: one more try
                    got = o(self, True, timeout)
                    if got:
                        t = _mono()
                        _emit(P_LACQ, t, f',"object":{key},"waited_ns":{t - t0}}}\n')
                    return got
                return _blocked_acquire(key, t0, timeout, o, (self, True), None)
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise
        return acquire

    def make_release(o):
        def release(self, n=1):
            try:
                key = _tkeys.get(id(self))
                if key is None or _fd == -2:
                    return o(self, n)
                t = _mono()         # before: a waiter's acquire comes later
                r = o(self, n)
                _emit(P_LREL, t, f',"object":{key}' + (f',"count":{n}' if type(n) is int and n != 1 else '') + '}\n')
                return r
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise
        return release

    wrap(S, 'acquire', make_acquire)
    S.__enter__ = S.acquire
    wrap(S, 'release', make_release)
    wrap(BS, 'release', make_release)

    # Event
    E = m.Event

    def ev_created(self, key, fr, t, args, kwargs):
        _ev(F_ECREATE, t, (key, _site(fr), _var(fr, ('Event', type(self).__name__)) + th))
    on_init(E, ev_created)

    def make_set(o):
        def set(self):
            try:
                key = _tkeys.get(id(self))
                t = _mono()         # before: a waiter's wake comes later
                r = o(self)
                if key is not None and _fd != -2:
                    _ev(F_ESET, t, (key,))
                return r
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise
        return set

    def make_clear(o):
        def clear(self):
            try:
                r = o(self)
                key = _tkeys.get(id(self))
                if key is not None and _fd != -2:
                    _ev(F_ECLEAR, _mono(), (key,))
                return r
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise
        return clear

    def make_ewait(o):
        def wait(self, timeout=None):
            try:
                key = _tkeys.get(id(self))
                if key is None or _fd == -2:
                    return o(self, timeout)
                t0 = _mono()
                if _may_block(timeout) and self._flag is False:     # read, as wait() itself does
                    _ev(F_EWAIT, t0, (key, _num(timeout)))
                r = o(self, timeout)
                t = _mono()
                _ev(F_EWAKE, t, (key, t - t0, _outcome(r)))
                return r
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise
        return wait

    wrap(E, 'set', make_set)
    wrap(E, 'clear', make_clear)
    wrap(E, 'wait', make_ewait)

    # Condition: a program's Condition without a lock of its own gets a traced RLock (as
    # multiprocessing's Condition's RLock is traced), so `with cond:` and the release /
    # re-acquire inside wait() show as lock events, on its lock's key.
    C = m.Condition
    o_cinit = C.__init__
    lock_types = (type(o_rlock()), _thread.LockType)

    def __init__(self, *args, **kwargs):
        t = _mono()
        fr = None
        if _fd != -2 and id(self) not in _tkeys:
            try:
                fr = _tcreator(self, sys._getframe(1))
            except Exception:
                _disable()
        lock = _arg1(args, kwargs, 'lock', None) if fr is not None else _NOTHING
        if lock is not None:
            o_cinit(self, *args, **kwargs)
        else:
            own = _TRLock(o_rlock(), _js('t%d-%d' % (os.getpid(), next(_tids))))
            o_cinit(self, own)
        if fr is None or _fd == -2:
            return
        try:
            key = _tremember(self)
            if lock is None:
                lkey = own._mptutor_k
                _ev(F_LCREATE, t, (lkey, '"RLock"', 'null', _site(fr), th))
            else:
                lkey = lock._mptutor_k if type(lock) in (_TLock, _TRLock) else 'null'
            _ev(F_CCREATE, t, (key, lkey, _site(fr), _var(fr, ('Condition', type(self).__name__)) + th))
        except Exception:
            _disable()
    C.__init__ = _wraps(o_cinit, __init__)

    def owned(cond):
        """Does this thread hold cond's lock?  Asked without side effects, and without
        calling a lock of unknown type (then: assume so)."""
        lock = cond._lock
        tl = type(lock)
        if tl is _TRLock or tl is _TLock:
            lock, tl = lock._mptutor_l, type(lock._mptutor_l)
        if tl is lock_types[0]:
            return lock._is_owned()
        if tl is lock_types[1]:
            return lock.locked()
        return True

    in_notify_all = set()       # (thread, condition) inside a traced notify_all()

    def make_cwait(o):
        def wait(self, timeout=None):
            try:
                key = _tkeys.get(id(self))
                if key is None or _fd == -2 or not owned(self):
                    return o(self, timeout)                 # (not owned: its RuntimeError)
                t0 = _mono()
                _ev(F_CWAIT, t0, (key, _num(timeout)))
                r = o(self, timeout)
                t = _mono()
                _ev(F_CWAKE, t, (key, t - t0, _outcome(r)))
                return r
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise
        return wait

    def make_notify(o):
        def notify(self, n=1):
            try:
                key = _tkeys.get(id(self))
                if key is not None and _fd != -2 and (_get_ident(), id(self)) not in in_notify_all and owned(self):
                    _ev(F_CNOTIFY, _mono(), (key, _num(n), 'false'))    # before it wakes anyone
                return o(self, n)
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise
        return notify

    def make_notify_all(o):
        def notify_all(self):
            try:
                key = _tkeys.get(id(self))
                if key is None or _fd == -2 or not owned(self):
                    return o(self)
                _ev(F_CNOTIFY, _mono(), (key, 'null', 'true'))
                me = (_get_ident(), id(self))
                in_notify_all.add(me)       # it calls self.notify(len(waiters)): one event is enough
                try:
                    return o(self)
                finally:
                    in_notify_all.discard(me)
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise
        return notify_all

    wrap(C, 'wait', make_cwait)
    wrap(C, 'notify', make_notify)
    wrap(C, 'notify_all', make_notify_all)

    # Barrier.  multiprocessing's Barrier subclasses it (its __init__ does not call this one,
    # so it never has a key here) and its own traced wait() calls this wait(): one dict
    # lookup, then the original, whichever module was patched first.
    B = m.Barrier

    def bar_created(self, key, fr, t, args, kwargs):
        _ev(F_BCREATE, t, (key, self._parties if type(self._parties) is int else 0, _site(fr),
                           _var(fr, ('Barrier', type(self).__name__)) + th))
    on_init(B, bar_created)
    Broken = m.BrokenBarrierError

    def make_bwait(o):
        def wait(self, timeout=None):
            try:
                key = _tkeys.get(id(self))
                if key is None or _fd == -2 or type(self._parties) is not int:
                    return o(self, timeout)
                parties = self._parties
                t0 = _mono()
                _ev(F_BWAIT, t0, (key, parties))
                try:
                    index = o(self, timeout)
                except Broken:
                    t = _mono()
                    _ev(F_BWAKE, t, (key, t - t0, 'null', 'false', 'true'))
                    raise
                t = _mono()
                if index == parties - 1:    # the last to arrive: when it opened the barrier
                    t = _barrier_opened.pop(_get_ident(), t)
                _ev(F_BWAKE, t, (key, t - t0, _num(index), _TF[index == parties - 1 if type(index) is int else 0],
                                 'false'))
                return index
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise
        return wait
    wrap(B, 'wait', make_bwait)

    def make_bopen(o):
        def _release(self):     # run by the last party to arrive, before the others wake
            try:
                _barrier_opened[_get_ident()] = _mono()     # (multiprocessing's Barrier too)
                return o(self)
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise
        return _release
    wrap(B, '_release', make_bopen)


def _patch_threading_local(m):
    """threading.local becomes a subclass of _thread._local that reports the program's
    locals' attribute sets, gets (and misses) and deletes, per thread.  Same layout, same
    repr and error messages; the standard library's own threading.local() instances stay
    plain _thread._local objects (no cost at all)."""
    L = m.local
    if L is not _thread._local:
        return
    lga, lsa, lda = L.__getattribute__, L.__setattr__, L.__delattr__
    new = L.__new__

    class local(L):
        __slots__ = ()

        def __new__(cls, *args, **kwargs):
            try:
                fr = sys._getframe(1)
                if _fd == -2 or not _program_file(fr.f_code.co_filename):
                    if cls is local:
                        return L(*args, **kwargs)       # not ours to trace: a plain one
                    return new(cls, *args, **kwargs)
                t = _mono()
                self = new(cls, *args, **kwargs)
                try:
                    key = _tremember(self)
                    names = ('local',) if cls is local else ('local', cls.__name__)
                    _ev(F_LOCCREATE, t, (key, _site(fr), _var(fr, names)))
                except Exception:
                    _disable()
                return self
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise

        def __getattribute__(self, name):
            try:
                key = _tkeys.get(id(self))
                if key is None or _fd == -2 or type(name) is not str or name[:2] == '__':
                    return lga(self, name)
                try:
                    v = lga(self, name)
                except AttributeError:
                    # a subclass's __getattr__ may still answer: then say nothing
                    if getattr(type(self), '__getattr__', None) is None:
                        _emit(P_LOCGET, _mono(), f',"object":{key},"attr":{_js(name)},"missing":true}}\n')
                    raise
                try:        # this thread's own value (not a method or a class attribute)
                    if lga(self, '__dict__').get(name, _NOTHING) is v:
                        _emit(P_LOCGET, _mono(), f',"object":{key},"attr":{_js(name)},"value":{_short(v)}}}\n')
                except Exception:
                    _disable()
                return v
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise

        def __setattr__(self, name, value):
            try:
                lsa(self, name, value)
                key = _tkeys.get(id(self))
                if key is not None and _fd != -2 and type(name) is str and name[:2] != '__':
                    _emit(P_LOCSET, _mono(), f',"object":{key},"attr":{_js(name)},"value":{_short(value)}}}\n')
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise

        def __delattr__(self, name):
            try:
                lda(self, name)
                key = _tkeys.get(id(self))
                if key is not None and _fd != -2 and type(name) is str and name[:2] != '__':
                    _emit(P_LOCDEL, _mono(), f',"object":{key},"attr":{_js(name)}}}\n')
            except BaseException as e:    # not a frame of ours in its traceback
                _hide(e)
                raise

    # invisible: repr(threading.local) is "<class '_thread._local'>" and the messages name
    # '_thread._local' (a heap type's C name is its __name__)
    local.__module__, local.__qualname__, local.__name__, local.__doc__ = '_thread', '_local', '_thread._local', L.__doc__
    m.local = local


# ---------------------------------------------------------------------------------------
# subprocess: Popen (call, run, check_output, communicate use it) in the caller's lane
# ---------------------------------------------------------------------------------------
def _argv(a):
    if type(a) in (str, bytes):
        a = [a]
    elif type(a) not in (list, tuple):
        return _js('<%s>' % type(a).__name__)
    out = []
    for x in a[:32]:
        t = type(x)
        if t is str:
            out.append(_js(x))
        elif t is bytes:
            out.append(_js(x.decode('utf-8', 'replace')))
        elif t.__module__ == 'pathlib':
            out.append(_js(str(x)))
        else:
            out.append(_js('<%s>' % t.__name__))
    return ','.join(out)


def _patch_subprocess(m):
    P = m.Popen
    o_init = P.__init__
    o_handle = P.__dict__.get('_handle_exitstatus')

    def __init__(self, *args, **kwargs):
        try:
            o_init(self, *args, **kwargs)
            if _fd != -2:
                try:
                    self.__dict__['_mptutor'] = True
                    _ev(F_SPSPAWN, _mono(), (self.pid, _argv(args[0] if args else kwargs.get('args'))))
                except Exception:
                    _disable()
        except BaseException as e:    # not a frame of ours in its traceback
            _hide(e)
            raise
    P.__init__ = _wraps(o_init, __init__)
    if o_handle is None:
        return

    def _handle_exitstatus(self, *args, **kwargs):
        r = o_handle(self, *args, **kwargs)
        if _fd != -2 and self.__dict__.get('_mptutor') and type(self.returncode) is int:
            _ev(F_SPEXIT, _mono(), (self.pid, self.returncode))
        return r
    P._handle_exitstatus = _wraps(o_handle, _handle_exitstatus)


# ---------------------------------------------------------------------------------------
# print: sys.stdout / sys.stderr proxies.  Everything is delegated; complete lines are
# recorded per thread after the real write succeeded.
# ---------------------------------------------------------------------------------------
_streams = []


def _flush_partial_prints(ending=None):
    """At exit, or when thread `ending` (the current one) ends: text written without a final
    newline (print(x, end=''), a last write('x')) is a print event too, marked "partial", in the
    thread that wrote it."""
    if _fd == -2:
        return
    for st in _streams:
        parts, pre = st._mptutor_parts, st._mptutor_pre
        if ending is not None:
            text = parts.pop(ending, None)
            if text is not None:
                _emit(P_PRINT, _mono(), pre + _js(text) + ',"partial":true}\n')
            continue
        while parts:
            tid, text = parts.popitem()
            if tid == _get_ident() or tid not in _threads or _fd < 0:
                _emit(P_PRINT, _mono(), pre + _js(text) + ',"partial":true}\n')
                continue
            b = ('%s%d,"n":%d,"tid":%s%s%s,"partial":true}\n' % (
                P_PRINT, _mono(), next(_counter), _threads[tid], pre, _js(text))).encode()
            try:
                if _mm is None:
                    _write(_fd, b)
                else:
                    try:
                        _mm.write(b)
                    except ValueError:
                        _mm_grow_write(b)
            except Exception:
                _disable()


class _Stream:
    def __init__(self, stream, name):
        d = object.__getattribute__(self, '__dict__')
        d['_mptutor_s'], d['_mptutor_pre'], d['_mptutor_parts'] = stream, ',"stream":"%s","text":' % name, {}
        _streams.append(self)

    def write(self, s):
        r = self._mptutor_s.write(s)
        if _fd != -2 and type(s) is str:
            try:
                parts = self._mptutor_parts
                tid = _get_ident()
                if s == '\n':          # print() writes its end separately: fast path
                    _emit(P_PRINT, _mono(), self._mptutor_pre + _js(parts.pop(tid, '')) + '}\n')
                elif '\n' not in s:
                    if s:
                        p = parts.get(tid, '') + s
                        parts[tid] = p if len(p) < 65536 else p[:65536]
                else:
                    lines = (parts.pop(tid, '') + s).split('\n')
                    rest = lines.pop()
                    if rest:
                        parts[tid] = rest
                    t = _mono()
                    pre = self._mptutor_pre
                    for line in lines:
                        _emit(P_PRINT, t, pre + _js(line) + '}\n')
            except Exception:
                _disable()
        return r

    def writelines(self, lines):
        for line in lines:          # as io's writelines does: one write() per item
            self.write(line)

    def __getattr__(self, name):
        return getattr(self._mptutor_s, name)

    def __setattr__(self, name, value):
        setattr(self._mptutor_s, name, value)

    def __delattr__(self, name):
        delattr(self._mptutor_s, name)

    @property
    def __class__(self):                # isinstance(sys.stdout, io.TextIOWrapper) holds
        return type(self._mptutor_s)

    def __repr__(self):
        return repr(self._mptutor_s)

    def __iter__(self):
        return iter(self._mptutor_s)

    def __next__(self):
        return next(self._mptutor_s)

    def __enter__(self):
        self._mptutor_s.__enter__()
        return self

    def __exit__(self, *args):
        return self._mptutor_s.__exit__(*args)


# ---------------------------------------------------------------------------------------
# Import hook: patch multiprocessing modules right after they are executed.
# ---------------------------------------------------------------------------------------
_PATCHERS = {
    'threading': _patch_threading,
    'multiprocessing.context': _patch_context,
    'multiprocessing.process': _patch_process,
    'multiprocessing.synchronize': _patch_synchronize,
    'multiprocessing.queues': _patch_queues,
    'multiprocessing.pool': _patch_pool,
    'multiprocessing.connection': _patch_connection,
    'multiprocessing.managers': _patch_managers,
    'multiprocessing.sharedctypes': _patch_sharedctypes,
    'subprocess': _patch_subprocess,
}


def _run_patcher(module):
    try:
        _PATCHERS.pop(module.__name__)(module)
    except Exception:
        _disable()


class _Finder:
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


def install():
    """Called by sitecustomize at interpreter start when MPTUTOR_TRACE_DIR is set."""
    global _dir, _role
    _dir = os.environ.get('MPTUTOR_TRACE_DIR')
    if not _dir or _fd == -2:
        return
    try:
        _role = _role_of_interpreter()
        if _role == 'main':     # lets interpreters started by subprocess know they aren't
            os.environ['MPTUTOR_MAIN_PID'] = str(os.getpid())
        os.register_at_fork(after_in_child=_after_fork_child)
        import atexit
        atexit.register(_finish)
        for name in list(_PATCHERS):
            if name in sys.modules:
                _run_patcher(sys.modules[name])
        sys.meta_path.insert(0, _Finder())
        if sys.stdout is not None:
            sys.stdout = _Stream(sys.stdout, 'stdout')
        if sys.stderr is not None:
            sys.stderr = _Stream(sys.stderr, 'stderr')
        if _role == 'child':
            return      # spawn child: header once Process._bootstrap names the process
        if _open() and _role == 'main':
            _ev(F_PSTART, _mono(), (_js('MainProcess'), 'false', os.getppid(),
                                      _jstr(_current_method()),
                                      'main'))
    except Exception:
        _disable()
