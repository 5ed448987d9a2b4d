"""multiprocessing.synchronize: Lock, RLock, Semaphore, BoundedSemaphore, Event, Condition, Barrier.

SemLock._make_methods binds acquire/release to the C object as INSTANCE attributes and
__enter__/__exit__ call the C object directly, so traced instances get per-instance
wrappers (trace_semlock) and __enter__/__exit__ are patched on the class.

"About to block" is decided without changing the call: a non-blocking try first, or a look
that consumes nothing (a semaphore's value).  Events that release someone take `t` BEFORE they
release, so in time order the release always precedes the wake.

Events: lock.create / lock.wait / lock.acquire / lock.release / lock.timeout, event.*,
condition.*, barrier.*.  blocked_acquire and barrier_opened (wrapping.py) serve threading's too.
"""
import sys
from _thread import get_ident

from . import schema, writer
from .barrier_reset import patch_reset
from .condition_waits import patch_wait_for
from .describe import JSON_BOOL, barrier_action_field, barrier_timeout_field, exception_text, json_number, json_str
from .wrapping import (BusyTries, barrier_opened, blocked_acquire, call_failed, carry_key_in_pickle, hide_wrapper_frame, may_block, on_create,
                       semlock_key, site_json, var_field, wraps)
from .writer import emit, emit_line, now_ns

EVENT_WAKE = schema.EVENT_WAKE

def load_polls():
    """event_polls, loaded at the first is_set() of an Event (gaps 13A)."""
    return sys.modules[__package__].area('event_polls')


def _event_key(event):
    return event._mptutor_key


_condition_key = _event_key


def trace_semlock(obj):
    sl = obj._semlock
    key = json_str(semlock_key(sl))
    raw_acq, raw_rel = sl.acquire, sl.release
    free = ',"object":%s,"waited_ns":0}\n' % key       # pre-built: the hot path
    just_key = ',"object":%s}\n' % key
    busy = BusyTries(key)

    def acquire(*args, **kwargs):
        try:
            if writer.disabled:
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
            t0 = now_ns() if timeout is not None else 0   # for an exact timeout only
            if raw_acq(False):                               # free: no waiting at all
                if busy.pending:
                    busy.settle()
                emit_line(schema.LOCK_ACQUIRE, now_ns(), free)
                return True
            if not block:
                busy.failed()
                return False
            if busy.pending:
                busy.settle()
            return blocked_acquire(key, t0, timeout, raw_acq, (True,), None)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def release(*args, **kwargs):
        try:
            t = now_ns()         # before: another process's acquire must come later in time
            try:
                r = raw_rel(*args, **kwargs)
            except Exception as e:      # not the owner, not held, over-released: nothing was released
                call_failed(schema.LOCK_RELEASE_ERROR, key, t, e)
                raise
            if not writer.disabled:
                emit_line(schema.LOCK_RELEASE, t, just_key)
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    put = object.__setattr__        # not through obj.__dict__: the lock keeps its inline values (connection_tags)
    acquire, release = wraps(raw_acq, acquire), wraps(raw_rel, release)
    put(obj, 'acquire', acquire)
    put(obj, '_mptutor_acq', acquire)
    put(obj, 'release', release)
    put(obj, '_mptutor_rel', release)
    put(obj, '_mptutor_key', key)
    return key


def patch_synchronize(m):
    SL = m.SemLock
    o_init, o_enter, o_exit = SL.__init__, SL.__enter__, SL.__exit__

    def created(self, fr, t, args, kwargs):
        key = trace_semlock(self)
        value = args[1] if len(args) > 1 else kwargs.get('value')
        tname = type(self).__name__
        emit(schema.LOCK_CREATE, t, (key, json_str(tname), json_number(value), site_json(fr), var_field(fr, (tname,))))

    # Internal locks (a Queue's, a Pool's) pass through here too: keep it to one attribute
    # load (class default None) and the same C call as the original.
    SL._mptutor_acq = SL._mptutor_rel = None

    def __enter__(self):
        try:
            acq = self._mptutor_acq
            return self._semlock.__enter__() if acq is None else acq()
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def __exit__(self, *args):
        try:
            rel = self._mptutor_rel
            return self._semlock.__exit__(*args) if rel is None else rel()
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    SL.__init__ = on_create(o_init, created, (('_mptutor_acq', None), ('_mptutor_rel', None)))
    for name, f, o in (('__enter__', __enter__, o_enter), ('__exit__', __exit__, o_exit)):
        setattr(SL, name, wraps(o, f))
    carry_key_in_pickle(SL, 4, lambda obj: sys.modules[__package__].area('semlock_rebuilds').rebuilt(obj, trace_semlock))  # gaps 29B
    patch_event(m)
    patch_condition(m)
    patch_barrier(m)


# Event, Condition, Barrier.  Their keys derive from one of their own semaphores (the same in
# every process); the ones multiprocessing makes for itself (an Event's Condition, a Barrier's
# Condition) are not traced.
def patch_event(m):
    """Event: the key rides in the instance __dict__ (Event pickles by __dict__)."""
    E = m.Event
    o_init, o_set, o_clear, o_wait = E.__init__, E.set, E.clear, E.wait
    E._mptutor_key = None

    def created(self, fr, t, args, kwargs):
        key = json_str('e' + semlock_key(self._flag._semlock))
        object.__setattr__(self, '_mptutor_key', key)     # not through __dict__: the instance keeps its inline values
        emit(schema.EVENT_CREATE, t, (key, site_json(fr), var_field(fr, ('Event',))))
        if type(self) is not E:     # a subclass's own is_set() is counted where the program calls it (gaps 14B)
            load_polls().enter(self, key, E, _event_key)

    def set(self):
        try:
            key = self._mptutor_key
            # Written before the set: the moment it happens, a waiter in another process may run
            # and stop this one (set(), then the parent terminates the child), which would lose
            # a line written after it.  t before, too: a waiter's wake comes later.
            if key is not None and not writer.disabled:
                emit_line(schema.EVENT_SET, now_ns(), f',"object":{key}}}\n')
            return o_set(self)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def clear(self):
        try:
            r = o_clear(self)
            key = self._mptutor_key
            if key is not None and not writer.disabled:
                emit_line(schema.EVENT_CLEAR, now_ns(), f',"object":{key}}}\n')
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def wait(self, timeout=None):
        try:
            key = self._mptutor_key
            if key is None or writer.disabled:
                return o_wait(self, timeout)
            t0 = now_ns()
            if timeout is None or may_block(timeout):
                try:        # the flag, read without touching it (Linux)
                    clear = self._flag._semlock._get_value() == 0
                except Exception:       # NotImplementedError on macOS
                    clear = not self.is_set()
                if clear:
                    emit_line(schema.EVENT_WAIT, t0, f',"object":{key},"timeout":{json_number(timeout)}}}\n')
            r = o_wait(self, timeout)
            t = now_ns()
            if r:
                try:    # emit_line, inline (the hot path): the same line, one f-string
                    stid = writer._threads.get(get_ident())
                    if stid is not None and writer._fd >= 0:
                        b = f'{EVENT_WAKE}{t},"n":{next(writer._counter)},"tid":{stid},"object":{key},"waited_ns":{t - t0},"outcome":true}}\n'.encode()
                        try:
                            writer._out(b)      # mmap: ValueError when the reserved space is used up
                        except ValueError:
                            writer._grow_and_write(b)
                        return r
                except Exception:
                    writer.disable()
                    return r
                emit_line(EVENT_WAKE, t, f',"object":{key},"waited_ns":{t - t0},"outcome":true}}\n')
            elif timeout is not None and t - t0 >= timeout * 1e9:
                emit_line(EVENT_WAKE, t, f',"object":{key},"waited_ns":{t - t0},"outcome":false}}\n')
            else:   # False before its timeout: a set() woke it and a clear() came before it read the flag again
                emit_line(EVENT_WAKE, t, f',"object":{key},"waited_ns":{t - t0},"outcome":false,"cleared":true}}\n')
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    o_is_set = E.is_set

    made = []

    def is_set(self):       # the first is_set() of any Event: event_polls' counting wrapper takes its place (gaps 13A)
        try:                # (a bound method taken before that still calls this: the same wrapper)
            if not made:
                made.append(wraps(o_is_set, load_polls().make_is_set(o_is_set, E, _event_key)))
                E.is_set = made[0]
            return made[0](self)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def __init_subclass__(cls, **kwargs):   # a program's own is_set(): counted where the program calls it (gaps 14B),
        super(E, cls).__init_subclass__(**kwargs)     # from the class's making: a spawned child makes it too
        if 'is_set' in cls.__dict__:
            load_polls().wrap_override(cls, E, _event_key)

    E.__init_subclass__ = classmethod(__init_subclass__)
    E.__init__ = on_create(o_init, created)
    for name, f, o in (('set', set, o_set), ('clear', clear, o_clear), ('wait', wait, o_wait), ('is_set', is_set, o_is_set)):
        setattr(E, name, wraps(o, f))


def patch_condition(m):
    """Condition: its own RLock (made by multiprocessing) is traced as the program's, so
    `with cond:` and the release/re-acquire inside wait() show as lock events."""
    C = m.Condition
    o_init, o_wait, o_notify = C.__init__, C.wait, C.notify
    C._mptutor_key = None

    def rekey(self):
        object.__setattr__(self, '_mptutor_key', json_str('c' + semlock_key(self._sleeping_count._semlock)))

    def created(self, fr, t, args, kwargs):
        rekey(self)
        lock = self._lock
        lkey = lock.__dict__.get('_mptutor_key')
        if lkey is None and isinstance(lock, m.SemLock):
            lkey = trace_semlock(lock)
            emit(schema.LOCK_CREATE, t, (lkey, json_str(type(lock).__name__), 'null', site_json(fr), ''))
            self._make_methods()        # cond.acquire/release: the traced ones
        emit(schema.CONDITION_CREATE, t, (self._mptutor_key, lkey or 'null', site_json(fr), var_field(fr, ('Condition',))))

    def wait(self, timeout=None):
        try:
            key = self._mptutor_key
            if key is None or writer.disabled:
                return o_wait(self, timeout)
            if not self._lock._semlock._is_mine():
                return unheld(self, key, 'wait()', o_wait, timeout)     # its AssertionError, said
            t0 = now_ns()
            emit(schema.CONDITION_WAIT, t0, (key, json_number(timeout)))
            r = o_wait(self, timeout)
            t = now_ns()
            emit(schema.CONDITION_WAKE, t, (key, t - t0, JSON_BOOL[bool(r)]))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def notify(self, n=1):
        try:
            key = self._mptutor_key
            if key is None or writer.disabled:
                return o_notify(self, n)
            everyone = n == sys.maxsize if type(n) is int else False
            if not self._lock._semlock._is_mine():
                return unheld(self, key, 'notify_all()' if everyone else 'notify()', o_notify, n)
            emit(schema.CONDITION_NOTIFY, now_ns(), (key, 'null' if everyone else json_number(n), JSON_BOOL[everyone],
                                                     sleepers(self)))
            return o_notify(self, n)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def sleepers(self):
        """The wait()s a notify() will find, as JSON: each wait() counts itself in `_sleeping_count` before it releases
        the lock and in `_woken_count` when it wakes or times out (notify() subtracts the two, as here). The caller holds
        the lock, so no wait() can start meanwhile. 'null' where sem_getvalue() is missing (macOS)."""
        try:
            return '%d' % max(0, self._sleeping_count._semlock._get_value() - self._woken_count._semlock._get_value())
        except Exception:
            return 'null'

    def unheld(self, key, op, o_call, arg):
        """wait()/notify() by a caller that does not hold the lock: the original raises AssertionError before doing
        anything; say so (round 9B, r9b_sync_misuse)."""
        t = now_ns()
        try:
            return o_call(self, arg)
        except Exception as e:
            try:
                emit(schema.CONDITION_ERROR, t, (key, op, json_str(exception_text(e))))
            except Exception:
                pass
            hide_wrapper_frame(e)       # no frame of ours in the program's traceback
            raise

    C.__init__ = on_create(o_init, created)
    for name, f, o in (('wait', wait, o_wait), ('notify', notify, o_notify)):
        setattr(C, name, wraps(o, f))
    patch_wait_for(C, _condition_key)    # what wait_for() returned (gaps 15A)
    carry_key_in_pickle(C, 4, rekey)


def patch_barrier(m):
    B = m.Barrier
    o_init = B.__init__
    o_wait = B.wait                 # threading.Barrier.wait
    o_break, o_abort = B._break, B.abort
    B._mptutor_key = None

    def rekey(self):
        object.__setattr__(self, '_mptutor_key', json_str('b' + semlock_key(self._cond._sleeping_count._semlock)))

    def created(self, fr, t, args, kwargs):
        rekey(self)
        emit(schema.BARRIER_CREATE, t, (self._mptutor_key, self._parties, site_json(fr), var_field(fr, ('Barrier',)) + barrier_action_field(self)))

    # threads whose own wait() broke the barrier (threading.Barrier._wait calls _break when the timeout ran out)
    broke = set()

    def _break(self):
        broke.add(get_ident())
        return o_break(self)

    def abort(self):
        try:
            key = self._mptutor_key
            if key is not None and not writer.disabled:
                emit(schema.BARRIER_ABORT, now_ns(), (key,))
            try:
                return o_abort(self)
            finally:
                broke.discard(get_ident())
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def wait(self, timeout=None):
        try:
            key = self._mptutor_key
            if key is None or writer.disabled:
                return o_wait(self, timeout)
            parties = self._parties
            # threading.Barrier.wait: `if timeout is None: timeout = self._timeout` (Barrier(n, timeout=))
            limit = timeout if timeout is not None else getattr(self, '_timeout', None)
            t0 = now_ns()
            emit(schema.BARRIER_WAIT, t0, (key, parties, barrier_timeout_field(timeout, getattr(self, '_timeout', None))))
            broke.discard(get_ident())
            try:
                index = o_wait(self, timeout)
            except BaseException as e:
                t = now_ns()
                if type(e).__name__ == 'BrokenBarrierError':
                    mine = get_ident() in broke and limit is not None
                    emit(schema.BARRIER_WAKE, t, (key, t - t0, 'null', 'false', 'true', ',"timed_out":true' if mine else ''))
                broke.discard(get_ident())
                raise
            t = now_ns()
            if index == parties - 1:    # the last to arrive: when it opened the barrier
                t = barrier_opened.pop(get_ident(), t)
            emit(schema.BARRIER_WAKE, t, (key, t - t0, json_number(index), JSON_BOOL[index == parties - 1], 'false', ''))
            return index
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    B.__init__ = on_create(o_init, created)
    B.wait = wraps(o_wait, wait)
    B._break = wraps(o_break, _break)
    B.abort = wraps(o_abort, abort)
    patch_reset(B)
    carry_key_in_pickle(B, 5, rekey)
