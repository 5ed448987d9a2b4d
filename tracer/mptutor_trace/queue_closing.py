"""The end of a multiprocessing queue's life: close(), cancel_join_thread(), join_thread() (and the feeder
thread's join at exit, queue.feeder.wait / queue.feeder.waited), SimpleQueue.close(), and put()/get() on a
queue the program had closed (queue.error).
"""
from . import schema, writer
from .describe import JSON_BOOL, exception_text, json_str
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, now_ns

_read = object.__getattribute__


def own(q, name):
    """q's own attribute (None when missing), read past the program's __getattr__ and not through q.__dict__, which
    would turn the queue's inline values into a dict for good (every later attribute read of it slower)."""
    try:
        return _read(q, name)
    except AttributeError:
        return None


def closed_error(q, key, op, e, t0=None):
    """put() / get() on a Queue the program had closed: multiprocessing raises ValueError("Queue ... is closed").
    A get() (t0: when it began) that raised after it had read an item's bytes off the pipe: unpickling them failed
    (an exception whose __init__ cannot take its args back, a class the reader cannot import): the item is gone from
    the queue, a get that took it (round 25X)."""
    try:
        if writer.disabled:
            return
        if type(e) is ValueError and own(q, '_closed'):
            emit(schema.QUEUE_ERROR, now_ns(), (key, op, json_str(exception_text(e))))
        elif t0 is not None and (data := _bytes_read(e)) is not None:
            emit(schema.QUEUE_GET_UNPICKLE, now_ns(), (key, json_str('<%d pickled bytes>' % len(data)), now_ns() - t0,
                                                       json_str(exception_text(e))))
    except Exception:
        writer.disable()


def _bytes_read(e):
    """The bytes multiprocessing's Queue.get() had read (its local `res`) when e left it, None if it had read none."""
    tb = e.__traceback__
    while tb is not None:
        f = tb.tb_frame
        if f.f_code.co_name == 'get' and f.f_globals.get('__name__') == 'multiprocessing.queues':
            res = f.f_locals.get('res')
            return res if type(res) is bytes else None
        tb = tb.tb_next
    return None


def watch_close(Q):
    """close(), cancel_join_thread() and join_thread() of the program's queues: join_thread() says how long it took
    and whether a feeder thread was there to join (its wait, when the feeder still had data, is queue.feeder.wait)."""
    o_close, o_cancel, o_join = Q.close, Q.cancel_join_thread, Q.join_thread

    def close(self):
        key = self._mptutor_key
        if key is not None and not writer.disabled and not own(self, '_closed'):
            try:
                emit(schema.QUEUE_CLOSE, now_ns(), (key, JSON_BOOL[own(self, '_thread') is not None]))
            except Exception:
                writer.disable()
        try:
            return o_close(self)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def cancel_join_thread(self):
        key = self._mptutor_key
        if key is not None and not writer.disabled:
            try:
                emit(schema.QUEUE_CANCEL_JOIN, now_ns(), (key,))
            except Exception:
                writer.disable()
        try:
            return o_cancel(self)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def join_thread(self):
        key = self._mptutor_key
        if key is None or writer.disabled:
            try:
                return o_join(self)
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        feeder = bool(own(self, '_jointhread'))
        t0 = now_ns()
        try:
            r = o_join(self)
        except BaseException as e:    # join_thread() before close(): AssertionError
            t = now_ns()
            emit(schema.QUEUE_JOIN_THREAD, t, (key, t - t0, JSON_BOOL[feeder], ',"error":' + json_str(exception_text(e))))
            hide_wrapper_frame(e)
            raise
        t = now_ns()
        emit(schema.QUEUE_JOIN_THREAD, t, (key, t - t0, JSON_BOOL[feeder], ''))
        return r
    Q.close = wraps(o_close, close)
    Q.cancel_join_thread = wraps(o_cancel, cancel_join_thread)
    Q.join_thread = wraps(o_join, join_thread)


def watch_simple_close(SQ):
    """SimpleQueue.close() (3.9+): closes this process's reader and writer of its pipe; the first call has a row
    (a second closes nothing). Only the program's queues (a Pool's own have no key)."""
    o_close = getattr(SQ, 'close', None)
    if o_close is None:
        return

    def close(self):
        key = self._mptutor_key
        if key is not None and not writer.disabled:
            try:
                if not self._reader.closed or not self._writer.closed:
                    emit(schema.QUEUE_CLOSE_SIMPLE, now_ns(), (key,))
            except Exception:
                writer.disable()
        try:
            return o_close(self)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    SQ.close = wraps(o_close, close)


def _feeder_state(buffer, wlock, sentinel):
    """Items still in a feeder's buffer (its close sentinel not counted), and whether its queue's write lock is held."""
    return sum(1 for o in list(buffer) if o is not sentinel), wlock is not None and wlock._semlock._is_zero()


def watch_feeder_join(m):
    """Queue._start_thread registers Finalize(thread, Queue._finalize_join, [weakref(thread)]): called by
    join_thread() or, at exit, by multiprocessing's exit function. That one instance's callback becomes a wrapper
    that says when the join has to wait for the feeder (items left in its buffer, or its queue's write lock held)."""
    import multiprocessing.util as util
    from multiprocessing.queues import _sentinel
    Q = m.Queue
    o_start, o_join = Q._start_thread, Q._finalize_join

    def _start_thread(self):
        r = o_start(self)
        try:
            key = self._mptutor_key
            jt = own(self, '_jointhread')
            if key is None or jt is None or getattr(jt, '_callback', None) is not o_join:
                return r
            buffer, wlock = self._buffer, self._wlock

            def _finalize_join(twr):
                thread = twr()
                t0 = 0
                try:
                    if thread is not None and thread.is_alive() and not writer.disabled:
                        begin = now_ns()
                        left, held = _feeder_state(buffer, wlock, _sentinel)
                        # Neither shows while the feeder pickles an item it has taken off its buffer, before it takes
                        # the write lock (a big item put just before the exit: round 28S): what the join waits for
                        # then shows once the feeder takes the lock, or the thread ends. Each short join returns as
                        # soon as the thread ends: no longer than o_join alone would wait.
                        while not (left or held) and wlock is not None and thread.is_alive():
                            thread.join(0.05)
                            left, held = _feeder_state(buffer, wlock, _sentinel)
                        # the write lock is shared by every process using the queue: held by this process (its
                        # _count(), this process's acquires less releases: only its feeder takes it) means this feeder
                        # is writing an item; else another process's feeder holds it (gaps 10B)
                        writing = held and wlock._semlock._count() > 0
                        if left or held:
                            t0 = begin
                            emit(schema.QUEUE_FEEDER_WAIT, t0, (key, left, JSON_BOOL[writing], JSON_BOOL[bool(util._exiting)],
                                                                JSON_BOOL[held and not writing]))
                except Exception:
                    writer.disable()
                except BaseException as e:    # a KeyboardInterrupt in the short join, as o_join would have raised it
                    hide_wrapper_frame(e)
                    raise
                try:
                    r = o_join(twr)
                except BaseException as e:    # not a frame of ours in its traceback
                    hide_wrapper_frame(e)
                    raise
                if t0 and not writer.disabled:
                    t = now_ns()
                    emit(schema.QUEUE_FEEDER_WAITED, t, (key, t - t0))
                return r
            jt._callback = wraps(o_join, _finalize_join)
        except Exception:
            writer.disable()
        return r
    Q._start_thread = wraps(o_start, _start_thread)
