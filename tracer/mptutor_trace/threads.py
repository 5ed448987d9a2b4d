"""threading: thread start and exit in any process (thread_ends: one ended by an exception; event_polls: its is_set()
polls), the program's threading.Lock()/RLock() traced like multiprocessing's locks (thread_locks), and the bookkeeping
the other threading modules share (thread_sync, thread_locals): keys of the program's threading objects live outside
the objects, in threading_keys, by id().  Events: thread.start, thread.exit, and lock.* for the program's locks."""
import itertools
import os
import sys
import _thread
from _thread import get_ident
from _weakref import ref as _weakref_ref

from . import output, schema, writer
from .describe import JSON_BOOL, function_name_json, json_str
from .wrapping import (_program_files, barrier_opened, hide_wrapper_frame, is_program_file, same_signature, site_json,
                       var_field, wraps)
from .writer import emit, now_ns

threading_ids = itertools.count(1)      # t<pid>-<n>: keys of the program's threading objects
threading_keys = {}                     # id(obj) -> key of a program's Semaphore/Event/Condition/Barrier/local
_threading_refs = {}                    # id(obj) -> weakref whose callback forgets the id when obj dies
NOTHING = object()

# threading's own Semaphore/BoundedSemaphore/Event/Condition/Barrier -> ids of the code of every __init__ an
# instance of exactly that class can pass through (the originals, the stubs below, thread_sync's
# wrappers, of the class and its bases): filled by add_sync_init as they are made.
SYNC_INIT_CODES = {}
_init_codes = {}        # class -> ids of the codes of its own __init__s
_keep = []              # those codes, kept alive so that their ids stay theirs
_pending = []           # (cls, init) not yet in SYNC_INIT_CODES: settled on first use (most interpreters never do)

def add_sync_init(*pairs):
    """(cls, init) pairs: init (a function) is, or wraps, threading class cls's own __init__."""
    _pending.extend(pairs)

def _settle():
    while _pending:
        cls, init = _pending.pop()
        _init_codes.setdefault(cls, set()).add(id(init.__code__))     # ids: a code object's hash is slow
        _keep.append(init.__code__)
    for c in _init_codes:
        SYNC_INIT_CODES[c] = frozenset().union(*(_init_codes.get(b, ()) for b in c.__mro__))

def threading_program_frame(obj, frame):
    """The frame that created obj, past obj's own constructors (a subclass's __init__ calling
    super().__init__()), when it is the program's; None for the standard library's own.
    An instance of exactly one of threading's own classes, made by a frame that is none of that
    class's constructors (an ApplyResult making its Event, an Event its Condition), needs no walk:
    no frame of f_locals is built, and that is most of what the library makes."""
    if _pending:
        _settle()
    codes = SYNC_INIT_CODES.get(type(obj))
    if codes is not None and frame is not None and id(frame.f_code) not in codes:
        r = _program_files.get(frame.f_code.co_filename)
        if r is None:
            r = is_program_file(frame.f_code.co_filename)
        return frame if r else None
    while frame is not None and frame.f_code.co_name == '__init__' and frame.f_locals.get('self') is obj:
        frame = frame.f_back
    if frame is None or not is_program_file(frame.f_code.co_filename):
        return None
    return frame

def remember_key(obj):
    """A new key for obj.  Kept outside the object (its __dict__ stays as it was); forgotten
    by a weakref callback when obj dies, before its id can be reused."""
    key = json_str('t%d-%d' % (os.getpid(), next(threading_ids)))
    i = id(obj)

    def forget(ref, i=i):
        threading_keys.pop(i, None)
        _threading_refs.pop(i, None)
    _threading_refs[i] = _weakref_ref(obj, forget)
    threading_keys[i] = key
    return key

def optional_arg(args, kwargs, name, default):
    """The one optional argument of f(x=default), or NOTHING when the call is unusual
    (the original then runs alone and raises its own TypeError)."""
    n = len(args)
    if n > 1 or (kwargs and (n or len(kwargs) > 1 or name not in kwargs)):
        return NOTHING
    return args[0] if n else kwargs.get(name, default)

def outcome_json(r):
    return JSON_BOOL[r] if type(r) is bool else 'null'

def _own_run(th, thread_run):
    """The `target` of a thread made from a Thread subclass that overrides run() (concurrent.futures' executor manager
    thread, a program's own subclass): that run()'s qualified name, found in the class dicts without running any of
    the program's code; null for a plain Thread without a target."""
    try:
        for klass in type(th).__mro__:
            run = klass.__dict__.get('run')
            if run is not None:
                return 'null' if run is thread_run else function_name_json(run)
    except Exception:
        pass
    return 'null'

def patch_threading(m):
    """Thread start and exit (idents are reused: an ident is forgotten when its thread ends),
    and the Lock()/RLock() factories."""
    T = m.Thread
    o_delete, o_start, o_run, o_make = T._delete, T.start, T.__dict__.get('run'), m._make_invoke_excepthook

    def make_invoke_excepthook():   # run() raised (SystemExit too, which threading's excepthook ignores): thread_ends
        try:
            invoke, made_with = o_make(), m.excepthook     # made_with: what threading calls if excepthook is None then
        except RuntimeError as e:   # a hook is None: Thread() refuses (thread_calls, gaps 15B)
            sys.modules[__package__].area('thread_calls').create_failed(sys._getframe(1), e)
            hide_wrapper_frame(e)
            raise

        def invoke_excepthook(thread):
            thread.__dict__['_mptutor_raised'] = sys.exc_info()[1], m.excepthook, made_with    # popped by _delete
            return invoke(thread)
        return invoke_excepthook

    def _delete(self):
        if not writer.disabled:       # runs in the ending thread
            if output.recorders:
                output.flush_unfinished(get_ident())
            for flush in writer.at_thread_end: flush(get_ident())   # polls not yet written (event_polls, result_polls)
            raised = self.__dict__.pop('_mptutor_raised', None)
            if raised is None:
                emit(schema.THREAD_EXIT, now_ns(), (json_str(str(self._name)),))
            else:
                sys.modules[__package__].area('thread_ends').ended_by(self, raised)
            forks = sys.modules.get(__package__ + '.forks')    # loaded by the program's first os.fork(); maybe
            if forks is not None and getattr(forks, '_in_hand_child', False):     # still loading in another thread
                forks.last_thread_ended(m, self)
        writer.forget_thread(get_ident())
        return o_delete(self)

    def start(self):
        try:
            tgt, a = self.__dict__.get('_target'), self.__dict__.get('_args')     # gone once run() has finished
            infra = False
            if not writer.disabled:
                infra = self.__dict__['_mptutor_infra'] = writer.is_infra_thread(self)
                if type(a) is not tuple and isinstance(a, (str, bytes)):    # run() calls target(*args): gaps 15B
                    sys.modules[__package__].area('thread_calls').args_string(self, a, sys._getframe(1))
            t, name = now_ns(), self._name      # before: the new thread's own events (a rename too) come later
            o_start(self)
            if not writer.disabled:
                emit(schema.THREAD_START, t, (json_str(str(name)), JSON_BOOL[bool(self._daemonic)], self._ident or 0,
                                        function_name_json(tgt) if tgt is not None else _own_run(self, o_run),
                                        JSON_BOOL[infra]))
                if isinstance(self, Tm):
                    _timers().started(self, t)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    T._delete, T.start, m._make_invoke_excepthook = wraps(o_delete, _delete), wraps(o_start, start), make_invoke_excepthook
    _wrap_join(T)

    Tm = m.Timer
    o_trun, o_tcancel = Tm.__dict__.get('run'), Tm.__dict__.get('cancel')
    # the standard Timer.run (wait, check, call, set): replaced by the same lines with its fire recorded
    if o_trun is not None and o_tcancel is not None and set(o_trun.__code__.co_names) == _TIMER_RUN_NAMES:
        def trun(self):
            try:
                return _timers().run(self)
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise

        def tcancel(self):
            try:
                return _timers().cancel(self, o_tcancel)
            except BaseException as e:
                hide_wrapper_frame(e)
                raise
        Tm.run, Tm.cancel = wraps(o_trun, trun), wraps(o_tcancel, tcancel)
    _wrap_interpreter_exit(m)

    o_bopen = m.Barrier._release

    def _release(self):     # run by the last party to arrive, before the others wake (multiprocessing's Barrier too)
        try:
            barrier_opened[get_ident()] = now_ns()
            return o_bopen(self)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    m.Barrier._release = wraps(o_bopen, _release)

    def traced(orig, tname, cls_name):
        def factory(*args, **kwargs):
            try:
                lock = orig(*args, **kwargs)
                if writer.disabled:
                    return lock
                fr = sys._getframe(1)
                mine = _program_files.get(fr.f_code.co_filename)
                if not (is_program_file(fr.f_code.co_filename) if mine is None else mine):
                    return lock
                try:
                    locks = _thread_locks()
                    key = json_str('t%d-%d' % (os.getpid(), next(threading_ids)))
                    emit(schema.LOCK_CREATE, now_ns(), (key, json_str(tname), 'null', site_json(fr),
                                             var_field(fr, (tname,)) + ',"threading":true'))
                    return locks.traced_lock(getattr(locks, cls_name), lock, key)
                except Exception:
                    writer.disable()
                    return lock
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        return FactoryLike(orig, factory, tname)
    m.Lock = traced(m.Lock, 'Lock', 'TracedLock')
    m.RLock = traced(m.RLock, 'RLock', 'TracedRLock')

_TIMER_RUN_NAMES = {'finished', 'wait', 'interval', 'is_set', 'function', 'args', 'kwargs', 'set'}

def _timers():
    """timers.py, loaded by the program's first Timer: most interpreters make none."""
    timers = sys.modules.get(__package__ + '.timers')
    return timers if timers is not None else sys.modules[__package__].area('timers')

def _thread_locks():
    """thread_locks (TracedLock, TracedRLock), loaded by the program's first threading Lock or RLock."""
    locks = sys.modules.get(__package__ + '.thread_locks')
    return locks if locks is not None else sys.modules[__package__].area('thread_locks')

def FactoryLike(orig, factory, tname):
    """threading.Lock / RLock as the program sees them: calling runs `factory` itself (no frame of ours between the
    program and it: it reads its caller's frame), repr and str are the original builtin's (`<built-in function
    allocate_lock>`), and pickling is by reference, as threading.X (a Manager's registry holds threading.Lock)."""
    if isinstance(orig, type):      # 3.13: threading.Lock is a class (lock_classes.py)
        return sys.modules[__package__].area('lock_classes').class_like(orig, factory, tname)
    cls = type(tname, (), {'__call__': staticmethod(factory), '__repr__': lambda self: repr(orig),
                           '__reduce__': lambda self: tname, '__module__': 'threading'})
    f = cls()
    f.__name__ = f.__qualname__ = tname
    f.__module__, f.__doc__, f.__wrapped__ = 'threading', orig.__doc__, orig
    return f

def defer_threading_sync(m, o_rlock):
    """thread_sync's wrappers act only on objects the program made, and the first such object passes through its
    class's __init__ (BoundedSemaphore's calls Semaphore's).  Until then each of Semaphore, Event, Condition and Barrier
    has only a stub __init__: when a program's frame makes one, the stub puts the originals back, has thread_sync
    install every wrapper (once, under a lock), and runs the traced __init__ (which looks past the stub's frame, an
    __init__ of the same object).  So an interpreter that never makes one (a spawn child, the resource tracker) never
    loads thread_sync, and the events are the same."""
    classes = (m.Semaphore, m.Event, m.Condition, m.Barrier)
    originals = [(cls, cls.__dict__['__init__']) for cls in classes]
    inits = [(cls, cls.__dict__['__init__']) for cls in classes + (m.BoundedSemaphore,) if '__init__' in cls.__dict__]
    loading = _thread.allocate_lock()
    state = [False]     # thread_sync installed

    def install():
        with loading:
            if not state[0]:
                for cls, o_init in originals:
                    cls.__init__ = o_init
                from . import thread_sync
                thread_sync.patch_threading_sync(m, o_rlock)
                state[0] = True

    def stub(cls, o_init):
        def __init__(self, *args, **kwargs):
            try:
                if (not writer.disabled and not state[0]
                        and threading_program_frame(self, sys._getframe(1)) is not None):
                    try:
                        install()
                    except Exception:
                        writer.disable()
                if state[0]:
                    return cls.__init__(self, *args, **kwargs)
                return o_init(self, *args, **kwargs)
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        return wraps(o_init, __init__)

    def program_made(self, code, lib, cls):
        """A program's frame made self: thread_sync installs its wrappers now (True once installed).  A library caller's
        code found not the program's (an ApplyResult's __init__, an Event's) goes in lib: not asked again for exactly cls."""
        if not writer.disabled and not state[0]:
            if threading_program_frame(self, sys._getframe(2)) is not None:
                try:
                    install()
                except Exception:
                    writer.disable()
            elif type(self) is cls and id(code) not in SYNC_INIT_CODES.get(cls, (id(code),)):
                lib[0] = code
        return state[0]

    def stub0(cls, o_init, lib, parts):     # Event(): the library makes one per pool task, no packing of arguments
        C, c_init, lock = parts or (None, None, None)
        def __init__(self):
            try:
                if ((code := sys._getframe(1).f_code) is not lib[0] or type(self) is not cls or state[0]) and program_made(self, code, lib, cls):
                    return cls.__init__(self)
                if C is None:
                    return o_init(self)
                c_init(c := C.__new__(C), lock())    # the library's Event.__init__, in this frame (tracer 29)
                self._cond, self._flag = c, False
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        return wraps(o_init, __init__)

    def stub1(cls, o_init, lib):     # Condition(lock=None): one per Event, one per Future
        def __init__(self, lock=None):
            try:
                if ((code := sys._getframe(1).f_code) is not lib[0] or type(self) is not cls or state[0]) and program_made(self, code, lib, cls):
                    return cls.__init__(self, lock)
                if lock is None and getattr(m.RLock, '__wrapped__', None) is o_rlock: lock = o_rlock()     # past our factory (perf 38T)
                return o_init(self, lock)
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        __init__.__defaults__ = o_init.__defaults__
        return wraps(o_init, __init__)

    for cls, o_init in originals:
        if same_signature(o_init, ('self',), None):
            cls.__init__ = stub0(cls, o_init, [None], _library_event_parts(m, cls, o_init, originals))     # [the caller last found not the program's]
        elif same_signature(o_init, ('self', 'lock'), (None,)):
            cls.__init__ = stub1(cls, o_init, [None])
        else:
            cls.__init__ = stub(cls, o_init)
        inits.append((cls, cls.__init__))
    add_sync_init(*inits)

def _library_event_parts(m, cls, o_init, originals):
    """(Condition, its original __init__, Lock's) for a library caller's Event (every Pool task's) when its __init__ is CPython's
    (3.8-3.13: `self._cond = Condition(Lock()); self._flag = False`), made past their stub and factory (not the program's)."""
    lock = getattr(m.Lock, '__wrapped__', None)     # the factory's original: a builtin (3.13: a class, not this path)
    if cls is m.Event and o_init.__code__.co_names == ('Condition', 'Lock', '_cond', '_flag') and type(lock) is type(len):
        return m.Condition, dict(originals)[m.Condition], lock

def _wrap_join(T):
    """The program's own Thread.join() of a started, live thread (not the standard library's joins of its threads):
    thread.join.wait before it blocks, thread.join when it returned, timed_out true when a join(timeout) gave up while
    the thread still runs (a polling loop's join(0.1)).  A join(0) or a negative timeout never blocks: not recorded."""
    o_join = T.join

    def join(self, timeout=None):
        try:
            if writer.disabled or timeout is not None and not timeout > 0:
                return o_join(self, timeout)
            caller = sys._getframe(1).f_code.co_filename
            own = _program_files.get(caller)
            own = is_program_file(caller) if own is None else own
            if not own or not getattr(self, '_initialized', False) or not self.is_alive() or self.ident == get_ident():
                return o_join(self, timeout)
            name = json_str(str(self._name))
            tjson = 'null' if timeout is None or not float(timeout) < 1e300 else repr(float(timeout))
            t0 = now_ns()
            emit(schema.THREAD_JOIN_WAIT, t0, (name, tjson))
            try:
                return o_join(self, timeout)
            finally:
                if not writer.disabled:
                    t = now_ns()
                    emit(schema.THREAD_JOIN, t, (name, t - t0, tjson, JSON_BOOL[bool(self.is_alive())]))
        except BaseException as e:    # e.g. Ctrl-C in the join: not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    T.join = wraps(o_join, join)

def _wrap_interpreter_exit(m):
    """threading._shutdown: at exit the main thread runs threading._register_atexit's callbacks (concurrent.futures
    joins its executors' worker threads there), then joins every non-daemon thread; while one is alive it blocks here,
    after the script's last line: thread.shutdown.wait names them, thread.shutdown.waited says it returned or raised."""
    o_shutdown = getattr(m, '_shutdown', None)

    def _shutdown():
        try:
            names = None
            if not writer.disabled:
                try:
                    main = m.main_thread()
                    names = [str(t.name) for t in list(m._active.values())
                             if t is not main and not t.daemon and not isinstance(t, m._DummyThread) and t.is_alive()]
                except Exception:
                    names = None
            if not names:
                return o_shutdown()
            t0 = now_ns()
            emit(schema.THREAD_SHUTDOWN_WAIT, t0, ('[' + ','.join(json_str(n) for n in names[:16]) + ']',))
            ok = 'false'
            try:
                r, ok = o_shutdown(), 'true'
                return r
            finally:
                if not writer.disabled:
                    t = now_ns()
                    emit(schema.THREAD_SHUTDOWN_WAITED, t, (t - t0, ok))
        except BaseException as e:    # e.g. Ctrl-C at exit: not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    if o_shutdown is not None:
        m._shutdown = wraps(o_shutdown, _shutdown)
