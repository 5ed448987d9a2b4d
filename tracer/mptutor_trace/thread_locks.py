"""The program's threading.Lock() and RLock(), traced like multiprocessing's locks (loaded by the program's
first one: threads.patch_threading's factories).

TracedLock / TracedRLock hold the real lock and say lock.* around it; an acquire(blocking=False) that
failed is kept as a try (BusyTries) until the lock's next event settles it.
"""
import sys
import _thread
from _thread import get_ident

from . import schema, writer
from .wrapping import BusyTries, blocked_acquire, call_failed, hide_wrapper_frame
from .writer import emit_line, now_ns


TIMEOUT_MAX = _thread.TIMEOUT_MAX
LOCK_ACQUIRE, LOCK_RELEASE = schema.LOCK_ACQUIRE, schema.LOCK_RELEASE
BUSY_TRIES = {}     # key -> BusyTries, once an acquire(blocking=False) of the program's threading Lock/RLock failed


def settle_busy(key):
    tries = BUSY_TRIES.get(key)
    if tries is not None and tries.pending:
        tries.settle()


class TracedLock:
    """A program's threading.Lock/RLock: the real lock inside, lock.* events around it.

    Named and placed as the lock's own type (`type(threading.Lock())` prints `<class
    '_thread.lock'>`).  `type(lock)()` answers as the real type does: up to 3.12 it cannot be
    instantiated from Python (CPython's test_disallow_instantiation: the real type's own TypeError),
    3.13 makes a plain lock (threading.Lock is that type).  Made by traced_lock() through
    object.__new__.  isinstance(lock, _thread.LockType) stays False: a builtin type cannot be subclassed."""
    __slots__ = ('_mptutor_l', '_mptutor_k', '__weakref__')

    def __new__(cls, *args, **kwargs):
        try:
            return cls._mptutor_type(*args, **kwargs)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def __reduce_ex__(self, protocol):
        """The real lock's answer (copy.copy and pickle ask this): its refusal, word for word."""
        try:
            return self._mptutor_l.__reduce_ex__(protocol)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def acquire(self, blocking=True, timeout=-1):
        try:
            lock = self._mptutor_l
            if (writer.disabled or type(blocking) not in (bool, int) or type(timeout) not in (int, float)
                    or not (timeout == -1 or 0 <= timeout <= TIMEOUT_MAX) or (not blocking and timeout != -1)):
                return lock.acquire(blocking, timeout)      # its own result or error (even when free:
                # a too large or NaN timeout raises before the lock is looked at)
            key = self._mptutor_k
            t0 = now_ns() if timeout != -1 else 0   # only a timeout counts from the call (blocked_acquire)
            if lock.acquire(False):
                if BUSY_TRIES:
                    settle_busy(key)
                emit_line(LOCK_ACQUIRE, now_ns(), f',"object":{key},"waited_ns":0}}\n')
                return True
            if not blocking:
                # threading.Condition's _is_owned() tries the lock of a Condition(Lock()) to see whether it is held:
                # not the program's try
                code = sys._getframe(1).f_code
                if code.co_name != '_is_owned' or not code.co_filename.endswith('threading.py'):
                    tries = BUSY_TRIES.get(key)
                    if tries is None:
                        tries = BUSY_TRIES[key] = BusyTries(key)
                    tries.failed()
                return False
            if BUSY_TRIES:
                settle_busy(key)
            return blocked_acquire(key, t0, None if timeout == -1 else timeout, lock.acquire, (True,), -1)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def __enter__(self):
        """acquire() as `with` calls it (blocking, no timeout): no arguments to check, the line written inline."""
        try:
            lock = self._mptutor_l
            if writer.disabled:
                return lock.acquire()
            key = self._mptutor_k
            if lock.acquire(False):
                if BUSY_TRIES:
                    settle_busy(key)
                t = now_ns()
                try:    # emit_line, inline (the hot path): the same line, one f-string
                    stid = writer._threads.get(get_ident())
                    if stid is not None and writer._fd >= 0:
                        b = f'{LOCK_ACQUIRE}{t},"n":{next(writer._counter)},"tid":{stid},"object":{key},"waited_ns":0}}\n'.encode()
                        try:
                            writer._out(b)      # mmap: ValueError when the reserved space is used up
                        except ValueError:
                            writer._grow_and_write(b)
                        return True
                except Exception:
                    writer.disable()
                    return True
                emit_line(LOCK_ACQUIRE, t, f',"object":{key},"waited_ns":0}}\n')
                return True
            if BUSY_TRIES:
                settle_busy(key)
            return blocked_acquire(key, 0, None, lock.acquire, (True,), -1)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def release(self):
        try:
            t = now_ns()
            try:
                self._mptutor_l.release()
            except Exception as e:      # not held, or an RLock of another thread: nothing was released
                call_failed(schema.LOCK_RELEASE_ERROR, self._mptutor_k, t, e)
                raise
            if not writer.disabled:
                emit_line(LOCK_RELEASE, t, f',"object":{self._mptutor_k}}}\n')
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def __exit__(self, *args):
        """release(), inline: no second frame, the line written in place."""
        try:
            t = now_ns()
            try:
                self._mptutor_l.release()
            except Exception as e:      # not held, or an RLock of another thread: nothing was released
                call_failed(schema.LOCK_RELEASE_ERROR, self._mptutor_k, t, e)
                raise
            if writer.disabled:
                return
            try:    # emit_line, inline (the hot path): the same line, one f-string
                stid = writer._threads.get(get_ident())
                if stid is not None and writer._fd >= 0:
                    b = f'{LOCK_RELEASE}{t},"n":{next(writer._counter)},"tid":{stid},"object":{self._mptutor_k}}}\n'.encode()
                    try:
                        writer._out(b)      # mmap: ValueError when the reserved space is used up
                    except ValueError:
                        writer._grow_and_write(b)
                    return
            except Exception:
                writer.disable()
                return
            emit_line(LOCK_RELEASE, t, f',"object":{self._mptutor_k}}}\n')
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def locked(self):
        return self._mptutor_l.locked()

    def __getattr__(self, name):       # _is_owned, _at_fork_reinit, ...
        return getattr(self._mptutor_l, name)

    def __repr__(self):
        return repr(self._mptutor_l)


def traced_lock(cls, lock, key):
    """A TracedLock (or TracedRLock) around lock: its __new__ refuses callers, as the real type's does."""
    self = object.__new__(cls)
    self._mptutor_l, self._mptutor_k = lock, key
    return self


def _as_lock_type(cls, lock):
    """cls takes the name and module of lock's type (`_thread.lock`, `_thread.RLock`)."""
    tp = cls._mptutor_type = type(lock)
    cls.__name__, cls.__qualname__, cls.__module__ = tp.__name__, tp.__qualname__, tp.__module__


class TracedRLock(TracedLock):
    """A program's RLock.  threading.Condition.wait() releases and re-takes it through these
    two (whatever its recursion depth): shown as one lock.release / lock.acquire, with `count`
    the depth when it is more than 1, like the releases inside a multiprocessing Condition's wait."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        """`type(rlock)()` makes a plain _thread.RLock, as it does untraced (that type can be
        instantiated; the program's own RLock() calls go through the factory)."""
        try:
            return cls._mptutor_type(*args, **kwargs)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def _release_save(self):
        try:
            t = now_ns()         # before: a waiter's acquire comes later
            state = self._mptutor_l._release_save()
            if not writer.disabled:
                c = state[0] if type(state) is tuple and state and type(state[0]) is int else 1
                emit_line(schema.LOCK_RELEASE, t, f',"object":{self._mptutor_k}' + (f',"count":{c}' if c != 1 else '') + '}\n')
            return state
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def _acquire_restore(self, state):
        try:
            lock = self._mptutor_l
            if (writer.disabled or type(state) is not tuple or len(state) != 2 or type(state[0]) is not int
                    or state[0] < 1 or state[1] != get_ident()):
                return lock._acquire_restore(state)
            key, c = self._mptutor_k, state[0]
            n = f',"count":{c}' if c != 1 else ''
            if lock.acquire(False):     # free: what _acquire_restore does (owner: this thread, depth c)
                for _ in range(c - 1):
                    lock.acquire()
                emit_line(schema.LOCK_ACQUIRE, now_ns(), f',"object":{key},"waited_ns":0{n}}}\n')
                return None
            tw = now_ns()
            emit_line(schema.LOCK_WAIT, tw, f',"object":{key}}}\n')
            r = lock._acquire_restore(state)
            t = now_ns()
            emit_line(schema.LOCK_ACQUIRE, t, f',"object":{key},"waited_ns":{t - tw}{n}}}\n')
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise


def _name_as_lock_types():
    """TracedLock and TracedRLock take the names of threading's own lock types (done when this module
    loads: on the program's first threading Lock or RLock, or a traced Condition or shared value)."""
    import threading
    _as_lock_type(TracedLock, _thread.allocate_lock())
    _as_lock_type(TracedRLock, getattr(threading.RLock, '__wrapped__', threading.RLock)())


_name_as_lock_types()
