"""How the areas wrap multiprocessing's code without being seen, and how they tell the
program's objects from the ones the standard library makes for itself.

Transparent: wrappers call the original first (or exactly as the original would), return its
value, and let its exceptions through untouched, minus the wrapper's own frame:

    except BaseException as e:    # not a frame of ours in its traceback
        hide_wrapper_frame(e)
        raise

A wrapper never calls the program's __repr__/__eq__/__getattr__.
"""
import os
import sys
from _thread import allocate_lock, get_ident

from . import schema, writer
from .describe import exception_text, json_number, json_str
from .writer import emit, emit_line, now_ns

CARRY_MARK = 'mptutor'      # appended to the pickled state of a traced object
# modules whose frames are never the program's
INTERNAL_MODULES = ('multiprocessing', 'concurrent', __name__.split('.')[0])
# Factories that create an object FOR the caller: mp.Lock() goes through context, the lock of mp.Value()/mp.Array()
# (used by the program via get_lock() / with v:) through sharedctypes, multiprocessing.dummy.Pool() through dummy.
# Their caller decides whether the object is the program's.
PASS_THROUGH_MODULES = ('multiprocessing.context', 'multiprocessing.sharedctypes', 'multiprocessing.dummy')
PASS_THROUGH_CODES = set()  # code of the tracer's own factory wrappers (shared_values): see through
_STDLIB = os.path.dirname(os.__file__) + os.sep
_TRACER = os.path.dirname(__file__) + os.sep     # as in co_filename
_var_patterns = None
main_pid_ = None     # the main process's pid, once its end is watched: its own os._exit() is recorded (output.py)


def wraps(orig, new):
    """new takes orig's name, qualname, module and doc (and __wrapped__)."""
    new.__name__, new.__qualname__ = orig.__name__, orig.__qualname__
    new.__module__, new.__doc__, new.__wrapped__ = orig.__module__, orig.__doc__, orig
    return new


def same_signature(f, names, defaults):
    """Does f take exactly these positional parameters and defaults (no *args, **kwargs,
    keyword-only)?  Then its wrapper can take the same ones: no packing of arguments, and the
    same TypeError texts (a wrapper takes the original's __qualname__)."""
    c = getattr(f, '__code__', None)
    return (c is not None and c.co_argcount == len(names) and c.co_varnames[:len(names)] == names
            and not c.co_kwonlyargcount and not c.co_flags & 0x0C and f.__defaults__ == defaults)


UNTRACED_ORIGINAL = {}      # wrapper -> original, for wrappers that only call the original on an untraced object


def direct(bound, tag='_mptutor_key'):
    """A bound method of an untraced object (no `tag` of ours), without our wrapper in between
    when the wrapper would only call the original (a Pool's own queues and connections, every task)."""
    o = UNTRACED_ORIGINAL.get(getattr(bound, '__func__', None))
    obj = getattr(bound, '__self__', None)
    if o is None or obj.__dict__.get(tag) is not None:
        return bound
    return o.__get__(obj)


def hide_wrapper_frame(e):
    """Called in a wrapper's `except ... as e:` just before a bare `raise`: drops the
    wrapper's own frame from the traceback, so the program (and its learner) sees the
    traceback it would see untraced.  (Python 3.11+: a bare raise adds no frame.)"""
    tb = e.__traceback__
    if tb is not None and tb.tb_frame is sys._getframe(1):
        e.__traceback__ = tb.tb_next


def on_create(o_init, record, defaults=()):
    """Wraps a constructor: after the original ran, `record(self, frame, t, args, kwargs)` for an object the program
    created (`frame` is its creating frame; internal objects are skipped).  `t` is when the constructor was called.
    The wrapper must be named __init__ and take `self`: that is how program_frame recognises constructor frames.
    `defaults`: (name, value) pairs set on every instance first (a fast look in a hot path), past its __setattr__."""
    def __init__(self, *args, **kwargs):
        try:
            t = now_ns()
            o_init(self, *args, **kwargs)
            for k, v in defaults:
                object.__setattr__(self, k, v)
            if writer.disabled:
                return
            try:
                fr = program_frame(self, sys._getframe(1))
                if fr is not None:
                    record(self, fr, t, args, kwargs)
            except Exception:
                writer.disable()
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    return wraps(o_init, __init__)


def carry_key_in_pickle(cls, n, rekey):
    """cls pickles its state as an n-tuple: a traced instance adds CARRY_MARK, and the child
    calls rekey(self) after the original __setstate__ (spawn/forkserver only)."""
    o_get, o_set = cls.__getstate__, cls.__setstate__

    def __getstate__(self):
        try:
            state = o_get(self)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        return state + (CARRY_MARK,) if '_mptutor_key' in self.__dict__ else state

    def __setstate__(self, state):
        carried = type(state) is tuple and len(state) == n + 1 and state[n] == CARRY_MARK
        try:
            o_set(self, state[:n] if carried else state)
        except BaseException as e:    # e.g. a SemLock whose parent already unlinked it: the learner's traceback
            hide_wrapper_frame(e)
            raise
        if carried and not writer.disabled:
            try:
                rekey(self)
            except Exception:
                writer.disable()
    cls.__getstate__ = wraps(o_get, __getstate__)
    cls.__setstate__ = wraps(o_set, __setstate__)


def program_frame(obj, frame):
    """First frame outside obj's constructors and multiprocessing.context.  Returns None
    when that frame belongs to multiprocessing itself (an internal object: not traced)."""
    while frame is not None and (
            (frame.f_code.co_name in ('__init__', '_init') and frame.f_locals.get('self') is obj)
            or frame.f_globals.get('__name__') in PASS_THROUGH_MODULES or frame.f_code in PASS_THROUGH_CODES):
        frame = frame.f_back
    if frame is None:
        return None
    mod = str(frame.f_globals.get('__name__', ''))
    if mod.split('.')[0] in INTERNAL_MODULES:
        return None
    return frame


def user_frame(frame):
    """First frame outside multiprocessing and the tracer (for the `site` of an object
    multiprocessing creates on the program's behalf, e.g. a Manager started by __enter__)."""
    while frame is not None and str(frame.f_globals.get('__name__', '')).split('.')[0] in INTERNAL_MODULES:
        frame = frame.f_back
    return frame


def watch_atexit(atexit):
    """atexit.register()/unregister(), wrapped at start: a registration by the program's files, or a library for it,
    is kept by atexit_calls (loaded by the first kept: not multiprocessing's _exit_function, not the tracer's); then
    atexit_runs keeps its handler last (gaps 32B). An unregister() reaches atexit_calls once loaded. Main's end too."""
    o_register, o_unregister = atexit.register, atexit.unregister
    area_name = __package__ + '.atexit_calls'

    def register(func, *args, **kwargs):
        try:
            r = o_register(func, *args, **kwargs)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        try:
            code = sys._getframe(1).f_code.co_filename
            if is_program_file(code):
                sys.modules[__package__].area('atexit_calls').registered(func)
            elif not code.startswith(_TRACER) and getattr(func, '__module__', None) != 'multiprocessing.util':
                sys.modules[__package__].area('atexit_calls').library_registered(func)
            if area_name in sys.modules and not code.startswith(_TRACER):
                sys.modules[__package__].area('atexit_runs').keep_last(o_register, o_unregister)
        except Exception:
            pass
        return r

    def unregister(func):
        try:
            o_unregister(func)
        except BaseException as e:
            hide_wrapper_frame(e)
            raise
        try:
            sys.modules[area_name].unregistered(func)
        except Exception:   # not loaded: nothing kept
            pass

    atexit.register = wraps(o_register, register)
    atexit.unregister = wraps(o_unregister, unregister)
    if writer.role == 'main':
        _watch_main_end()


def _watch_main_end():
    """The main process: its sys.exit() and the site's exit()/quit() (`_sitebuiltins.Quitter`; gaps 12A) mark their
    SystemExit; its interpreter exit says how its code ended (main_end.py, loaded only then)."""
    global main_pid_
    main_pid = main_pid_ = os.getpid()
    def marking(o_call, via):
        def call(*args, **kwargs):
            try:
                o_call(*args, **kwargs)
            except SystemExit as e:
                try:
                    if os.getpid() == main_pid and not writer.disabled:
                        sys.modules[__package__].area('main_end').mark(e, via(args))
                except Exception:
                    pass
                hide_wrapper_frame(e)
                raise
        return wraps(o_call, call)
    sys.exit = marking(sys.exit, lambda args: 'sys.exit()')
    q = getattr(sys.modules.get('_sitebuiltins'), 'Quitter', None)
    if getattr(getattr(q, '__call__', None), '__module__', None) == '_sitebuiltins':
        q.__call__ = marking(q.__call__, lambda args: 'quit()' if args[0].__dict__.get('name') == 'quit' else 'exit()')

    def at_finish():
        if os.getpid() != main_pid or writer.disabled:       # a hand-forked child records its own end
            return
        main = sys.modules.get('__main__')      # a script's __file__ left by a SystemExit (main_end)
        if sys.modules.get(__package__ + '.main_end') is not None or getattr(sys, 'last_type', None) is not None or (
                type(main) is type(sys) and '__file__' in main.__dict__):
            try:
                sys.modules[__package__].area('main_end').record()
            except Exception:
                pass
    writer.at_finish.append(at_finish)


def defer_popen(m):
    """subprocess, just imported (multiprocessing.util imports it in every spawn child): subprocesses.py is loaded by
    the first Popen(), whose stand-in __init__ puts the original back, has the area wrap it (and _handle_exitstatus),
    then calls the area's (about 0.25M instructions less in each interpreter that starts no subprocess)."""
    P = m.Popen
    o_init = P.__init__
    lock = allocate_lock()

    def __init__(self, *args, **kwargs):
        try:
            with lock:
                if P.__dict__.get('__init__') is stand_in:      # the first call (of any thread)
                    P.__init__ = o_init
                    try:
                        sys.modules[__package__].area('subprocesses').patch_subprocess(m)
                    except Exception:
                        writer.disable()
            return P.__init__(self, *args, **kwargs)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    P.__init__ = stand_in = wraps(o_init, __init__)


def is_program_file(fn):
    """Code of the program: not the standard library, site-packages, nor the tracer.
    Remembered per file name: asked for every threading object the library creates."""
    r = _program_files.get(fn)
    if r is None:
        r = _program_files[fn] = not (fn.startswith((_STDLIB, '<', _TRACER)) or 'site-packages' in fn
                                      or 'dist-packages' in fn)
    return r


_program_files = {}     # co_filename -> is_program_file (as many as the files code came from)


def site_json(frame):
    """`"file:line"` of a frame, as JSON."""
    return json_str('%s:%d' % (frame.f_code.co_filename, frame.f_lineno))


def var_field(frame, names, pair=False):
    """`,"var":"lock"` when the creating line is plainly `lock = mp.Lock(...)` (or
    `with Pool() as pool:`, or `a, b = Pipe()` with pair=True) for a factory in names;
    '' when unsure.  Reads the source line once per created object (linecache)."""
    global _var_patterns
    try:
        import linecache
        import re
        if _var_patterns is None:
            _var_patterns = (
                re.compile(r'\s*([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)?)\s*=\s*(?:[A-Za-z_][\w.]*\.)?(\w+)\('),
                re.compile(r'\s*with\s+(?:[A-Za-z_][\w.]*\.)?(\w+)\(.*\)\s+as\s+([A-Za-z_]\w*)\s*:'))
        line = linecache.getline(frame.f_code.co_filename, frame.f_lineno)
        m = _var_patterns[0].match(line)
        if m:
            var, func = m.group(1), m.group(2)
        else:
            m = _var_patterns[1].match(line)
            if not m:
                return ''
            func, var = m.group(1), m.group(2)
            if ',' in line:     # `with A() as a, B() as b:`: each factory's own target, not the line's last one
                func, var = _with_item(line, names) or ('', '')
        if func not in names or line.count(func + '(') != 1 or (',' in var) != pair:
            return ''
        return ',"var":' + json_str(', '.join(v.strip() for v in var.split(',')))
    except Exception:
        return ''


def _with_item(line, names):
    """(factory, target) of the item of a `with` line whose factory is in names (gaps 11B: `with
    ProcessPoolExecutor() as procs, ThreadPoolExecutor() as threads:` named the process pool `threads`). The items
    are split at the commas outside brackets; None when no item, or more than one, is such a call."""
    import re
    head = line.strip()[len('with'):]
    items, depth, start = [], 0, 0
    for i, c in enumerate(head):
        if c in '([{':
            depth += 1
        elif c in ')]}':
            depth -= 1
        elif depth == 0 and c in ',:':
            items.append(head[start:i])
            start = i + 1
            if c == ':':
                break
    found = [m.groups() for m in (re.match(r'\s*(?:[A-Za-z_][\w.]*\.)?(\w+)\(.*\)\s+as\s+([A-Za-z_]\w*)\s*$', item)
                                  for item in items) if m and m.group(1) in names]
    return found[0] if len(found) == 1 else None


def semlock_key(sl):
    """The same in every process: the semaphore's name (spawn/forkserver) or handle (fork).
    A handle is an address: forked processes that each make a lock after the fork get the same
    one for different semaphores, so it is told apart by the pid of the process that made it.
    Called only where the semaphore is made (or rebuilt by name); an inherited copy keeps the
    key its maker stored, so every process still names one semaphore alike."""
    name = sl.name
    return 'n' + name if name else 'h%d.%d' % (sl.handle, os.getpid())


def may_block(timeout):
    """A wait with this timeout can block (None, or a positive number)."""
    return timeout is None or (type(timeout) in (int, float) and timeout > 0)


barrier_opened = {}    # thread -> when it, the last to arrive, opened a barrier (_release)


def blocked_acquire(key, t0, timeout, acquire, head, forever):
    """The slow path of every traced lock/semaphore acquire, once a non-blocking try failed: `lock.wait`, then the
    original acquire(*head, seconds left) (the caller's timeout counts from its call at t0, not from our try) or
    acquire(*head, forever) when timeout is None, then `lock.acquire` or `lock.timeout`.  No lambda (tracebacks)."""
    try:
        tw = now_ns()
        emit_line(schema.LOCK_WAIT, tw, f',"object":{key}}}\n')
        if timeout is None:
            t0 = tw
            got = acquire(*head, forever)
        else:
            got = acquire(*head, max(0.0, timeout - (tw - t0) / 1e9))
        t = now_ns()
        if got:
            emit_line(schema.LOCK_ACQUIRE, t, f',"object":{key},"waited_ns":{t - t0}}}\n')
        else:
            emit(schema.LOCK_TIMEOUT, t, (key, t - t0, json_number(timeout)))
        return got
    except BaseException as e:    # not a frame of ours in its traceback
        hide_wrapper_frame(e)
        raise


def call_failed(template, key, t, e):
    """A call that raised and changed nothing (a release by a non-owner, one task_done() too many): its event,
    with the exception as the program sees it.  Only on the exception's path: the call's own path pays nothing."""
    if not writer.disabled:
        try:
            emit(template, t, (key, json_str(exception_text(e))))
        except Exception:
            writer.disable()


class BusyTries:
    """acquire(block=False) calls that failed, for one lock: each thread's first failure is written at once
    (`lock.busy`, tries 1); later ones are counted and written at most every 10 ms, and before that thread's next
    successful acquire of the lock, so a spin loop costs few events and every failed try is counted."""
    __slots__ = ('key', 'pending')

    def __init__(self, key):
        self.key, self.pending = key, {}        # thread -> [tries not yet written, time of its last lock.busy]

    def failed(self):
        tid, t = get_ident(), now_ns()
        p = self.pending.get(tid)
        if p is None:
            self.pending[tid] = [0, t]
            emit(schema.LOCK_BUSY, t, (self.key, 1))
            return
        p[0] += 1
        if t - p[1] >= 10_000_000:
            emit(schema.LOCK_BUSY, t, (self.key, p[0]))
            p[0], p[1] = 0, t

    def settle(self):
        """Before this thread's acquire event: the failed tries not yet written; the next failure starts afresh."""
        p = self.pending.pop(get_ident(), None) if self.pending else None
        if p is not None and p[0]:
            emit(schema.LOCK_BUSY, now_ns(), (self.key, p[0]))

