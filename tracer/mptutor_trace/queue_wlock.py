"""A Queue's feeder thread takes the queue's write lock (Queue._wlock, a multiprocessing Lock shared by every process
using the queue) around each item it writes to the pipe.  A process ended by terminate() or a kill while its feeder
holds that lock never releases it: every other process's feeder then waits for it forever (multiprocessing's
documented "terminate() while a process uses a queue" corruption).  Nothing else records that wait: the program's
put() returned long ago.  `queue.wlock.wait` (by: "feeder") is written when the lock is not free at once, and
`queue.wlock.waited` when the feeder got it; an unfinished wait names the hang (gaps 22B).

Queue._feed is given, in place of the write lock, an object with the same two methods it reads once (acquire,
release): release is the lock's own; acquire first tries the lock without blocking, so an item written while the lock
is free costs one call and one non-blocking try more, and only a taken lock costs events.  Queue._start_thread notes
the queue's key under its buffer (the feeder's first argument) for the feeder to find.

SimpleQueue.put takes the same kind of lock in the caller's thread (gaps 24C): its _wlock is pickled to children, so it
is not swapped; the traced put tries it first without blocking and gives it back at once (two C calls); only when it is
taken, `queue.wlock.wait` (by: "put") is written, the put waits for it, gives it back and writes `queue.wlock.waited`,
then the put itself runs (and takes the lock as it always does).
"""
from . import schema, writer
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, now_ns

_keys = {}      # id(a queue's buffer) -> the queue's key, from _start_thread until its feeder starts


class _WriteLock:
    """What Queue._feed reads of its write lock: acquire and release, each read once when the feeder starts."""
    __slots__ = ('acquire', 'release')

    def __init__(self, acquire, release):
        self.acquire, self.release = acquire, release


def _wait_for(acquire, key, by, release=None):
    """The write lock was not free: `queue.wlock.wait`, block in acquire() (then release(), when given: the put only
    waits for the lock here), `queue.wlock.waited`; acquire's result.  The feeder's wait and SimpleQueue.put's."""
    t0 = now_ns()
    if not writer.disabled:
        try:
            emit(schema.QUEUE_WLOCK_WAIT, t0, (key, by))
        except Exception:
            writer.disable()
    r = acquire()
    if release is not None:
        release()
    if not writer.disabled:
        try:
            t = now_ns()
            emit(schema.QUEUE_WLOCK_WAITED, t, (key, t - t0))
        except Exception:
            writer.disable()
    return r


def _waiting_acquire(o_acquire, key, by):
    def acquire():      # Queue._feed calls it with no argument
        if o_acquire(False):
            return True
        return _wait_for(o_acquire, key, by)
    return acquire


def wait_for_write_lock(q, key):
    """Before a traced SimpleQueue.put(): record a wait when its write lock is taken (by another thread or process)."""
    lock = q._wlock
    if lock is None:        # Windows: a message pipe's writes are atomic, no lock
        return
    sem = getattr(lock, '_semlock', lock)   # the Lock's own semaphore (a Pool's queues hold it bare): no lock events
    if sem.acquire(False):
        sem.release()
        return
    _wait_for(sem.acquire, key, 'put', sem.release)


def watch_write_lock(m):
    """Queue._feed and Queue._start_thread of multiprocessing.queues (`m`)."""
    Q = m.Queue
    if type(Q.__dict__.get('_feed')) is not staticmethod:     # another Python's Queue: left as it is
        return
    o_feed, o_start = Q.__dict__['_feed'].__func__, Q._start_thread

    def _feed(buffer, notempty, send_bytes, writelock, *rest):
        key = _keys.pop(id(buffer), None)
        if key is not None and writelock is not None and not writer.disabled:
            try:
                writelock = _WriteLock(_waiting_acquire(writelock.acquire, key, 'feeder'), writelock.release)
            except Exception:
                writer.disable()
        try:
            return o_feed(buffer, notempty, send_bytes, writelock, *rest)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def _start_thread(self):
        try:
            key = self._mptutor_key
            if key is not None and not writer.disabled:
                _keys[id(self._buffer)] = key
        except Exception:
            writer.disable()
        try:
            return o_start(self)
        except BaseException as e:
            hide_wrapper_frame(e)
            raise

    Q._feed = staticmethod(wraps(o_feed, _feed))
    Q._start_thread = wraps(o_start, _start_thread)
