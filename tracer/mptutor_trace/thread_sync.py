"""threading's Semaphore, BoundedSemaphore, Event, Condition and Barrier.

The classes keep their identity: the methods are wrapped on the class, with the original's
exact signature (no argument packing, the same TypeError texts); only instances the program
made (see threads.threading_program_frame) have a key in threads.threading_keys and report.
The standard library's own (Thread._started, the Condition inside an Event, queue.Queue's
Conditions) pass straight through after one dict lookup.

Events: the same kinds as multiprocessing's (lock.*, event.*, condition.*, barrier.*), with
`"threading":true` on their *.create lines.
"""
import os
import sys
import _thread
from _thread import get_ident

from . import schema, writer
from .condition_waits import patch_wait_for
from .describe import JSON_BOOL, barrier_action_field, barrier_timeout_field, json_number, json_str
from .thread_locks import TracedLock, TracedRLock, traced_lock
from .threads import (NOTHING, add_sync_init, optional_arg, outcome_json, remember_key, threading_ids, threading_keys,
                      threading_program_frame)
from .wrapping import (BusyTries, barrier_opened, blocked_acquire, call_failed, hide_wrapper_frame, may_block,
                       site_json, var_field, wraps)
from .writer import emit, emit_line, now_ns

THREADING = ',"threading":true'     # on the *.create lines of threading's objects




def patch_threading_sync(m, o_rlock):
    """o_rlock: threading.RLock as it was before threads.py traced it (a Condition's own lock)."""
    patch_semaphores(m)
    patch_event(m)
    patch_condition(m, o_rlock)
    patch_barrier(m)


def on_init(cls, record):
    """Wraps cls.__init__: record(self, key, frame, t, args, kwargs) for an instance the program made."""
    o_init = cls.__init__

    def __init__(self, *args, **kwargs):
        try:
            t = now_ns()
            o_init(self, *args, **kwargs)
            if writer.disabled or id(self) in threading_keys:
                return
            try:
                fr = threading_program_frame(self, sys._getframe(1))
                if fr is not None:
                    record(self, remember_key(self), fr, t, args, kwargs)
            except Exception:
                writer.disable()
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    cls.__init__ = wraps(o_init, __init__)
    add_sync_init((cls, __init__))



def wrap(cls, name, make, attr=None):
    """cls.name = make(original), looking like the original."""
    o = cls.__dict__[name]
    setattr(cls, attr or name, wraps(o, make(o)))



def patch_semaphores(m):
    """Semaphore / BoundedSemaphore: lock.* events, as for multiprocessing's."""
    S, BS = m.Semaphore, m.BoundedSemaphore

    def sem_created(self, key, fr, t, args, kwargs):
        tname = 'BoundedSemaphore' if BS in type(self).__mro__ else 'Semaphore'
        value = optional_arg(args, kwargs, 'value', 1)
        emit(schema.LOCK_CREATE, t, (key, json_str(tname), json_number(value), site_json(fr),
                           var_field(fr, (tname, type(self).__name__)) + THREADING))
    on_init(S, sem_created)        # BoundedSemaphore.__init__ calls Semaphore.__init__

    busy_tries = {}     # key -> BusyTries, once an acquire(blocking=False) of that semaphore failed

    def settle_busy(key):
        tries = busy_tries.get(key)
        if tries is not None and tries.pending:
            tries.settle()

    def make_acquire(o):
        def acquire(self, blocking=True, timeout=None):
            try:
                key = threading_keys.get(id(self))
                if (key is None or writer.disabled or type(blocking) not in (bool, int)
                        or not (timeout is None or type(timeout) in (int, float)) or (not blocking and timeout is not None)):
                    return o(self, blocking, timeout)       # (its own ValueError)
                t0 = now_ns()
                if o(self, False):                           # free: no waiting at all
                    if busy_tries:
                        settle_busy(key)
                    emit_line(schema.LOCK_ACQUIRE, now_ns(), f',"object":{key},"waited_ns":0}}\n')
                    return True
                if not blocking:
                    tries = busy_tries.get(key)
                    if tries is None:
                        tries = busy_tries[key] = BusyTries(key)
                    tries.failed()
                    return False
                if busy_tries:
                    settle_busy(key)
                if timeout is not None and timeout <= 0:     # never blocks: one more try
                    got = o(self, True, timeout)
                    if got:
                        t = now_ns()
                        emit_line(schema.LOCK_ACQUIRE, t, f',"object":{key},"waited_ns":{t - t0}}}\n')
                    return got
                return blocked_acquire(key, t0, timeout, o, (self, True), None)
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        return acquire

    def make_release(o):
        def release(self, n=1):
            try:
                key = threading_keys.get(id(self))
                if key is None or writer.disabled:
                    return o(self, n)
                t = now_ns()         # before: a waiter's acquire comes later
                try:
                    r = o(self, n)
                except Exception as e:      # a BoundedSemaphore released too many times: nothing changed
                    call_failed(schema.LOCK_RELEASE_ERROR, key, t, e)
                    raise
                emit_line(schema.LOCK_RELEASE, t, f',"object":{key}' + (f',"count":{n}' if type(n) is int and n != 1 else '') + '}\n')
                return r
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        return release

    wrap(S, 'acquire', make_acquire)
    S.__enter__ = S.acquire
    wrap(S, 'release', make_release)
    wrap(BS, 'release', make_release)


def _threading_key(event):
    return threading_keys.get(id(event))


def patch_event(m):
    E = m.Event

    def ev_created(self, key, fr, t, args, kwargs):
        emit(schema.EVENT_CREATE, t, (key, site_json(fr), var_field(fr, ('Event', type(self).__name__)) + THREADING))
        polls = sys.modules[__package__].area('event_polls')    # its is_set() polls are counted (gaps 13A, 14B)
        if E.__dict__['is_set'].__code__.co_names == ('_flag',):      # the original, not yet wrapped: at the first
            wrap(E, 'is_set', lambda o: polls.make_is_set(o, E, _threading_key))    # program Event (not before:
        polls.enter(self, key, E, _threading_key)                    # Thread.is_alive() polls one too)
    on_init(E, ev_created)

    def make_set(o):
        def set(self):
            try:
                key = threading_keys.get(id(self))
                if key is None:      # the library's own (every Pool result's Event): no stamp
                    return o(self)
                t = now_ns()         # before: a waiter's wake comes later
                r = o(self)
                if not writer.disabled:
                    emit_line(schema.EVENT_SET, t, f',"object":{key}}}\n')
                return r
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        return set

    def make_clear(o):
        def clear(self):
            try:
                r = o(self)
                key = threading_keys.get(id(self))
                if key is not None and not writer.disabled:
                    emit_line(schema.EVENT_CLEAR, now_ns(), f',"object":{key}}}\n')
                return r
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        return clear

    def make_ewait(o):
        def wait(self, timeout=None):
            try:
                key = threading_keys.get(id(self))
                if key is None or writer.disabled:
                    return o(self, timeout)
                t0 = now_ns()
                if may_block(timeout) and self._flag is False:     # read, as wait() itself does
                    emit_line(schema.EVENT_WAIT, t0, f',"object":{key},"timeout":{json_number(timeout)}}}\n')
                r = o(self, timeout)
                t = now_ns()
                emit_line(schema.EVENT_WAKE, t, f',"object":{key},"waited_ns":{t - t0},"outcome":{outcome_json(r)}}}\n')
                return r
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        return wait

    wrap(E, 'set', make_set)
    wrap(E, 'clear', make_clear)
    wrap(E, 'wait', make_ewait)


def patch_condition(m, o_rlock):
    """A program's Condition without a lock of its own gets a traced RLock (as
    multiprocessing's Condition's RLock is traced), so `with cond:` and the release /
    re-acquire inside wait() show as lock events, on its lock's key."""
    C = m.Condition
    o_cinit = C.__init__
    lock_types = (type(o_rlock()), _thread.LockType)

    def __init__(self, *args, **kwargs):
        t = now_ns()
        fr = None
        if not writer.disabled and id(self) not in threading_keys:
            try:
                fr = threading_program_frame(self, sys._getframe(1))
            except Exception:
                writer.disable()
        lock = optional_arg(args, kwargs, 'lock', None) if fr is not None else NOTHING
        if lock is not None:    # a library caller's lock=None: RLock() past our factory (perf 38T), as in threads.stub1
            o_cinit(self, *args, **kwargs) if args or kwargs or getattr(m.RLock, '__wrapped__', None) is not o_rlock else o_cinit(self, o_rlock())
        else:
            own = traced_lock(TracedRLock, o_rlock(), json_str('t%d-%d' % (os.getpid(), next(threading_ids))))
            o_cinit(self, own)
        if fr is None or writer.disabled:
            return
        try:
            key = remember_key(self)
            if lock is None:
                lkey = own._mptutor_k
                emit(schema.LOCK_CREATE, t, (lkey, '"RLock"', 'null', site_json(fr), THREADING))
            else:
                lkey = lock._mptutor_k if type(lock) in (TracedLock, TracedRLock) else 'null'
            emit(schema.CONDITION_CREATE, t, (key, lkey, site_json(fr), var_field(fr, ('Condition', type(self).__name__)) + THREADING))
        except Exception:
            writer.disable()
    C.__init__ = wraps(o_cinit, __init__)
    add_sync_init((C, __init__))

    def owned(cond):
        """Does this thread hold cond's lock?  Asked without side effects, and without
        calling a lock of unknown type (then: assume so)."""
        lock = cond._lock
        tl = type(lock)
        if tl is TracedRLock or tl is TracedLock:
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
                key = threading_keys.get(id(self))
                if key is None or writer.disabled or not owned(self):
                    return o(self, timeout)                 # (not owned: its RuntimeError)
                t0 = now_ns()
                emit(schema.CONDITION_WAIT, t0, (key, json_number(timeout)))
                r = o(self, timeout)
                t = now_ns()
                emit(schema.CONDITION_WAKE, t, (key, t - t0, outcome_json(r)))
                return r
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        return wait

    def waiters(self):
        """The wait()s the notify will find (the caller holds the lock), as JSON."""
        try:
            return '%d' % len(self._waiters)
        except Exception:
            return 'null'

    def make_notify(o):
        def notify(self, n=1):
            try:
                key = threading_keys.get(id(self))
                if key is not None and not writer.disabled and (get_ident(), id(self)) not in in_notify_all and owned(self):
                    emit(schema.CONDITION_NOTIFY, now_ns(), (key, json_number(n), 'false', waiters(self)))    # before it wakes anyone
                return o(self, n)
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        return notify

    def make_notify_all(o):
        def notify_all(self):
            try:
                key = threading_keys.get(id(self))
                if key is None or writer.disabled or not owned(self):
                    return o(self)
                emit(schema.CONDITION_NOTIFY, now_ns(), (key, 'null', 'true', waiters(self)))
                me = (get_ident(), id(self))
                in_notify_all.add(me)       # it calls self.notify(len(waiters)): one event is enough
                try:
                    return o(self)
                finally:
                    in_notify_all.discard(me)
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        return notify_all

    wrap(C, 'wait', make_cwait)
    wrap(C, 'notify', make_notify)
    wrap(C, 'notify_all', make_notify_all)
    patch_wait_for(C, lambda c: threading_keys.get(id(c)))    # what wait_for() returned (gaps 15A)


def patch_barrier(m):
    """multiprocessing's Barrier subclasses threading's (its __init__ does not call this one,
    so it never has a key here) and its own traced wait() calls this wait(): one dict
    lookup, then the original, whichever module was patched first.  Barrier._release, which
    both need, is wrapped by threads.patch_threading (at once, for multiprocessing's too)."""
    B = m.Barrier

    def bar_created(self, key, fr, t, args, kwargs):
        emit(schema.BARRIER_CREATE, t, (key, self._parties if type(self._parties) is int else 0, site_json(fr),
                           var_field(fr, ('Barrier', type(self).__name__)) + THREADING + barrier_action_field(self)))
    on_init(B, bar_created)
    Broken = m.BrokenBarrierError

    def make_bwait(o):
        def wait(self, timeout=None):
            try:
                key = threading_keys.get(id(self))
                if key is None or writer.disabled or type(self._parties) is not int:
                    return o(self, timeout)
                parties = self._parties
                t0 = now_ns()
                emit(schema.BARRIER_WAIT, t0, (key, parties, barrier_timeout_field(timeout, getattr(self, '_timeout', None))))
                try:
                    index = o(self, timeout)
                except Broken:
                    t = now_ns()
                    emit(schema.BARRIER_WAKE, t, (key, t - t0, 'null', 'false', 'true', ''))
                    raise
                t = now_ns()
                if index == parties - 1:    # the last to arrive: when it opened the barrier
                    t = barrier_opened.pop(get_ident(), t)
                emit(schema.BARRIER_WAKE, t, (key, t - t0, json_number(index), JSON_BOOL[index == parties - 1 if type(index) is int else 0],
                                 'false', ''))
                return index
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        return wait
    wrap(B, 'wait', make_bwait)
