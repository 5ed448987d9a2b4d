"""multiprocessing.queues: Queue, JoinableQueue, SimpleQueue.

A queue's key derives from its own (untraced) read lock: the same in every process.  A bounded
queue's put blocks in its slot semaphore: watch_put_slots wraps that one instance's acquire.

A process that put items joins its queue's feeder thread before it ends (the queue's finalizer, or join_thread()):
when the feeder still has items to write, or is writing one (it holds the queue's write lock), that join is a wait
(`queue.feeder.wait` / `queue.feeder.waited`): nobody reading the queue makes it a hang.

Events: queue.create, queue.wait, queue.put, queue.get, queue.timeout, queue.empty, queue.full,
queue.task_done, queue.join.wait, queue.join, queue.feeder.wait, queue.feeder.waited.
"""
import sys
from _thread import get_ident

from . import schema, writer
from .connection import bytes_waiting, has_bytes_waiting
from .describe import BIG, JSON_BOOL, exception_text, json_number, json_str, short_json
from .wrapping import (UNTRACED_ORIGINAL, call_failed, carry_key_in_pickle, hide_wrapper_frame, may_block, on_create, same_signature,
                       semlock_key, site_json, var_field, wraps)
from .writer import emit, emit_line, now_ns

_QSIZE_WORKS = sys.platform != 'darwin'     # qsize() raises NotImplementedError on macOS


def watch_put_slots(q, key):
    """A bounded queue's put blocks in self._sem.acquire(block, timeout): wrap that
    instance's acquire like a lock's (try without blocking first; only a failed try is
    about to block, and says so with `queue.wait`)."""
    sem = q._sem
    raw = sem._semlock.acquire
    just = ',"object":%s,"op":"put"}\n' % key

    def acquire(*args, **kwargs):
        try:
            if writer.disabled or kwargs or len(args) != 2:
                return raw(*args, **kwargs)
            block, timeout = args
            if type(block) not in (bool, int) or not (timeout is None or type(timeout) in (int, float)):
                return raw(*args)
            t0 = now_ns()
            if raw(False):
                return True
            if not block:
                return False
            tw = now_ns()
            emit_line(schema.QUEUE_WAIT, tw, just)
            if timeout is None:
                return raw(True)
            return raw(True, timeout - (tw - t0) / 1e9)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    raw_rel = sem._semlock.release
    released = {}       # thread -> time of its last release (a get freeing a slot)

    def release(*args, **kwargs):
        try:
            released[get_ident()] = now_ns()    # before: a putter's wake comes later
            return raw_rel(*args, **kwargs)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    d = sem.__dict__
    d['acquire'], d['release'] = wraps(raw, acquire), wraps(raw_rel, release)
    q.__dict__['_mptutor_freed'] = released


def watch_partial_item(q):
    """A get that finds bytes in the pipe can still block: they may be only the start of an item, whose writer is still
    writing it, or was killed in the middle of it (terminate() during a put: the documented way to corrupt a queue).
    While a blocking get runs in a thread registered here, each read of the queue's reader connection first compares
    the bytes it needs with the bytes waiting; when fewer wait, the get is about to block: `queue.wait` with
    `partial` (once per get).  Installed on the reader instance the first time such a get runs; returns the
    registry (thread id -> the queue's key)."""
    reader = q._reader
    d = reader.__dict__
    watching = d.get('_mptutor_partial')
    if watching is None:
        watching = d['_mptutor_partial'] = {}
        o_recv = type(reader)._recv

        def _recv(size, *args):
            key = watching.pop(get_ident(), None) if watching else None
            if key is not None:
                try:
                    n = bytes_waiting(reader)
                    if n is not None and n < size:
                        emit_line(schema.QUEUE_WAIT, now_ns(), f',"object":{key},"op":"get","partial":true}}\n')
                    else:
                        watching[get_ident()] = key        # this read has its bytes: watch the next one
                except Exception:
                    pass
            return o_recv(reader, size, *args)
        d['_recv'] = _recv
    return watching


def block_and_timeout(args, kwargs):
    """(block, timeout) of a put(obj, ...) / get(...) call, args without obj."""
    n = len(args)
    return (args[0] if n else kwargs.get('block', True)), (args[1] if n > 1 else kwargs.get('timeout'))


def untraced_original(wrapper, original):
    """Registers wrapper as one that only calls original on an untraced queue (wrapping.direct)."""
    UNTRACED_ORIGINAL[wrapper] = original
    return wrapper


def patch_queues(m):
    MAXSEM = m._multiprocessing.SemLock.SEM_VALUE_MAX
    Full, Empty = m.Full, m.Empty

    def instrument(q):
        d = q.__dict__
        key = d['_mptutor_key'] = json_str('q' + semlock_key(q._rlock._semlock))
        if '_sem' in d:     # Queue, JoinableQueue: the fast paths' two looks, bound once
            d['_mptutor_value'], d['_mptutor_rzero'] = q._sem._semlock._get_value, q._rlock._semlock._is_zero
        maxsize = getattr(q, '_maxsize', None)
        if maxsize is not None and 0 < maxsize < MAXSEM:
            watch_put_slots(q, key)
        return key, maxsize

    def make_init(cls, typename):
        o_init = cls.__init__

        def created(self, fr, t, args, kwargs):
            if typename == 'Queue' and isinstance(self, m.JoinableQueue):
                return      # JoinableQueue.__init__ reports itself
            key, maxsize = instrument(self)
            if maxsize == MAXSEM:
                maxsize = 0
            emit(schema.QUEUE_CREATE, t, (key, typename, json_number(maxsize), site_json(fr), var_field(fr, (typename,))))
        cls.__init__ = on_create(o_init, created)

    def put_line(self, key, o, t, t0, bounded):
        item = f'"{o}"' if type(o) is int and -BIG < o < BIG else short_json(o)
        if bounded and _QSIZE_WORKS:
            emit_line(schema.QUEUE_PUT, t, f',"object":{key},"item":{item},"waited_ns":{t - t0},'
                             f'"depth":{self._maxsize - self._sem._semlock._get_value()}}}\n')
        else:
            emit_line(schema.QUEUE_PUT, t, f',"object":{key},"item":{item},"waited_ns":{t - t0}}}\n')

    def put_failed(key, t, t0, block, timeout):
        if block:
            emit(schema.QUEUE_TIMEOUT, t, (key, 'put', t - t0, json_number(timeout)))
        else:
            emit(schema.QUEUE_FULL, t, (key,))

    def get_failed(key, t, t0, block, timeout):
        if block:
            emit(schema.QUEUE_TIMEOUT, t, (key, 'get', t - t0, json_number(timeout)))
        else:
            emit(schema.QUEUE_EMPTY, t, (key,))

    def make_put(cls, bounded):
        o_put = cls.put
        if bounded and same_signature(o_put, ('self', 'obj', 'block', 'timeout'), (True, None)):
            def put(self, obj, block=True, timeout=None):     # the original's own signature: no packing
                key = self._mptutor_key         # class default None: untraced queue
                if key is None or writer.disabled:
                    try:
                        return o_put(self, obj, block, timeout)
                    except BaseException as e:     # no frame of ours in the traceback
                        hide_wrapper_frame(e)
                        raise
                t0 = now_ns()
                try:
                    r = o_put(self, obj, block, timeout)
                except Full as e:
                    put_failed(key, now_ns(), t0, block, timeout)
                    hide_wrapper_frame(e)
                    raise
                except BaseException as e:
                    closed_error(self, key, 'put', e)
                    hide_wrapper_frame(e)
                    raise
                t = now_ns()
                item = f'"{obj}"' if type(obj) is int and -BIG < obj < BIG else short_json(obj)
                if _QSIZE_WORKS:
                    emit_line(schema.QUEUE_PUT, t, f',"object":{key},"item":{item},"waited_ns":{t - t0},'
                                     f'"depth":{self._maxsize - self._mptutor_value()}}}\n')
                else:
                    emit_line(schema.QUEUE_PUT, t, f',"object":{key},"item":{item},"waited_ns":{t - t0}}}\n')
                return r
            cls.put = wraps(o_put, put)
            return

        if not bounded and same_signature(o_put, ('self', 'obj'), None):
            def put(self, obj):     # SimpleQueue: a Pool's own queues pass here for every task
                key = self._mptutor_key
                if key is None or writer.disabled:
                    try:
                        return o_put(self, obj)
                    except BaseException as e:     # no frame of ours in the traceback
                        hide_wrapper_frame(e)
                        raise
                t0 = now_ns()
                try:
                    r = o_put(self, obj)
                except BaseException as e:
                    hide_wrapper_frame(e)
                    raise
                put_line(self, key, obj, now_ns(), t0, False)
                return r
            cls.put = untraced_original(wraps(o_put, put), o_put)
            return

        def put(self, *args, **kwargs):
            key = self._mptutor_key         # class default None: untraced queue
            if key is None or writer.disabled:
                try:
                    return o_put(self, *args, **kwargs)
                except BaseException as e:     # no frame of ours in the traceback
                    hide_wrapper_frame(e)
                    raise
            t0 = now_ns()
            try:
                r = o_put(self, *args, **kwargs)
            except Full as e:
                put_failed(key, now_ns(), t0, *block_and_timeout(args[1:], kwargs))
                hide_wrapper_frame(e)
                raise
            except BaseException as e:
                closed_error(self, key, 'put', e)
                hide_wrapper_frame(e)
                raise
            put_line(self, key, args[0] if args else kwargs.get('obj'), now_ns(), t0, bounded)
            return r
        cls.put = wraps(o_put, put)

    def make_get(cls, simple):
        o_get = cls.get
        if not simple and same_signature(o_get, ('self', 'block', 'timeout'), (True, None)):
            def get(self, block=True, timeout=None):     # the original's own signature: no packing
                key = self._mptutor_key
                if key is None or writer.disabled:
                    try:
                        return o_get(self, block, timeout)
                    except BaseException as e:     # no frame of ours in the traceback
                        hide_wrapper_frame(e)
                        raise
                t0 = now_ns()
                partial = None
                try:        # about to block: nothing to take, or another reader holds the read lock
                    if block and (timeout is None or may_block(timeout)) and not self._closed:
                        if (self._mptutor_value() == self._maxsize or self._mptutor_rzero()
                                if _QSIZE_WORKS else not has_bytes_waiting(self._reader)):
                            emit_line(schema.QUEUE_WAIT, t0, f',"object":{key},"op":"get"}}\n')
                        elif _QSIZE_WORKS and not has_bytes_waiting(self._reader):
                            # an item was put, but the putter's feeder thread has not written it to the pipe yet
                            emit_line(schema.QUEUE_WAIT, t0, f',"object":{key},"op":"get","in_flight":true}}\n')
                        else:       # bytes wait: maybe only part of an item
                            partial = watch_partial_item(self)
                            partial[get_ident()] = key
                except Exception:
                    pass
                try:
                    item = o_get(self, block, timeout)
                except Empty as e:
                    get_failed(key, now_ns(), t0, block, timeout)
                    hide_wrapper_frame(e)
                    raise
                except BaseException as e:
                    closed_error(self, key, 'get', e)
                    hide_wrapper_frame(e)
                    raise
                finally:
                    if partial is not None:
                        partial.pop(get_ident(), None)
                t = now_ns()
                s = f'"{item}"' if type(item) is int and -BIG < item < BIG else short_json(item)
                rel = self._mptutor_freed   # a bounded queue: when get freed a slot (see below)
                if rel:
                    t = rel.pop(get_ident(), t)
                if _QSIZE_WORKS:
                    emit_line(schema.QUEUE_GET, t, f',"object":{key},"item":{s},"waited_ns":{t - t0},'
                                     f'"depth":{self._maxsize - self._mptutor_value()}}}\n')
                else:
                    emit_line(schema.QUEUE_GET, t, f',"object":{key},"item":{s},"waited_ns":{t - t0}}}\n')
                return item
            cls.get = wraps(o_get, get)
            return

        if simple and same_signature(o_get, ('self',), None):
            def get(self):      # SimpleQueue: a Pool's own queues pass here for every task
                key = self._mptutor_key
                if key is None or writer.disabled:
                    try:
                        return o_get(self)
                    except BaseException as e:     # no frame of ours in the traceback
                        hide_wrapper_frame(e)
                        raise
                t0 = now_ns()
                try:        # about to block: nothing to read yet
                    if not has_bytes_waiting(self._reader):
                        emit_line(schema.QUEUE_WAIT, t0, f',"object":{key},"op":"get"}}\n')
                except Exception:
                    pass
                try:
                    item = o_get(self)
                except BaseException as e:
                    hide_wrapper_frame(e)
                    raise
                t = now_ns()
                s = f'"{item}"' if type(item) is int and -BIG < item < BIG else short_json(item)
                emit_line(schema.QUEUE_GET, t, f',"object":{key},"item":{s},"waited_ns":{t - t0}}}\n')
                return item
            cls.get = untraced_original(wraps(o_get, get), o_get)
            return

        def get(self, *args, **kwargs):
            key = self._mptutor_key
            if key is None or writer.disabled:
                try:
                    return o_get(self, *args, **kwargs)
                except BaseException as e:     # no frame of ours in the traceback
                    hide_wrapper_frame(e)
                    raise
            t0 = now_ns()
            partial = None
            if simple or not (args or kwargs):
                block, timeout = True, None
            else:
                block, timeout = block_and_timeout(args, kwargs)
            try:        # about to block: nothing to take (read without consuming), or
                # another reader holds the queue's read lock (maybe a dead process)
                if simple or (block and (timeout is None or may_block(timeout)) and not self._closed):
                    in_flight = False
                    if _QSIZE_WORKS and not simple:
                        wait = (self._sem._semlock._get_value() == self._maxsize
                                or self._rlock._semlock._is_zero())
                        # an item was put, but the putter's feeder thread has not written it to the pipe yet
                        in_flight = not wait and not has_bytes_waiting(self._reader)
                    else:
                        wait = not has_bytes_waiting(self._reader)
                    if wait:
                        emit_line(schema.QUEUE_WAIT, t0, f',"object":{key},"op":"get"}}\n')
                    elif in_flight:
                        emit_line(schema.QUEUE_WAIT, t0, f',"object":{key},"op":"get","in_flight":true}}\n')
                    elif not simple:        # bytes wait: maybe only part of an item
                        partial = watch_partial_item(self)
                        partial[get_ident()] = key
            except Exception:
                pass
            try:
                item = o_get(self, *args, **kwargs)
            except Empty as e:
                get_failed(key, now_ns(), t0, block, timeout)
                hide_wrapper_frame(e)
                raise
            except BaseException as e:
                closed_error(self, key, 'get', e)
                hide_wrapper_frame(e)
                raise
            finally:
                if partial is not None:
                    partial.pop(get_ident(), None)
            t = now_ns()
            s = f'"{item}"' if type(item) is int and -BIG < item < BIG else short_json(item)
            if simple:
                emit_line(schema.QUEUE_GET, t, f',"object":{key},"item":{s},"waited_ns":{t - t0}}}\n')
                return item
            rel = self._mptutor_freed   # a bounded queue: the moment get freed a slot,
            if rel:                     # so that a blocked put is seen later
                t = rel.pop(get_ident(), t)
            if _QSIZE_WORKS:
                emit_line(schema.QUEUE_GET, t, f',"object":{key},"item":{s},"waited_ns":{t - t0},'
                                 f'"depth":{self._maxsize - self._sem._semlock._get_value()}}}\n')
            else:
                emit_line(schema.QUEUE_GET, t, f',"object":{key},"item":{s},"waited_ns":{t - t0}}}\n')
            return item
        cls.get = wraps(o_get, get)

    def rekey(self):
        instrument(self)

    m.Queue._mptutor_key = m.SimpleQueue._mptutor_key = m.Queue._mptutor_freed = None
    make_init(m.Queue, 'Queue')
    make_init(m.JoinableQueue, 'JoinableQueue')
    make_init(m.SimpleQueue, 'SimpleQueue')
    carry_key_in_pickle(m.Queue, 8, rekey)        # JoinableQueue's state embeds Queue's: covered too
    carry_key_in_pickle(m.SimpleQueue, 4, rekey)
    for cls in (m.Queue, m.JoinableQueue):
        make_put(cls, True)
    make_put(m.SimpleQueue, False)
    make_get(m.Queue, False)
    make_get(m.SimpleQueue, True)

    watch_feeder_join(m)
    watch_close(m.Queue)
    watch_simple_close(m.SimpleQueue)

    JQ = m.JoinableQueue
    o_done, o_join = JQ.task_done, JQ.join

    def task_done(self):
        try:
            t = now_ns()         # before: the joiner's wake comes later
            try:
                r = o_done(self)
            except Exception as e:      # called more times than items were put: nothing changed
                if self._mptutor_key is not None:
                    call_failed(schema.QUEUE_TASK_DONE_ERROR, self._mptutor_key, t, e)
                raise
            key = self._mptutor_key
            if key is not None and not writer.disabled:
                left = ''
                if _QSIZE_WORKS:
                    left = ',"unfinished":%d' % self._unfinished_tasks._semlock._get_value()
                emit(schema.QUEUE_TASK_DONE, t, (key, left))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def join(self):
        try:
            key = self._mptutor_key
            if key is None or writer.disabled:
                try:
                    return o_join(self)
                except BaseException as e:     # no frame of ours in the traceback
                    hide_wrapper_frame(e)
                    raise
            t0 = now_ns()
            if not self._unfinished_tasks._semlock._is_zero():
                emit(schema.QUEUE_JOIN_WAIT, t0, (key,))
            r = o_join(self)
            t = now_ns()
            emit(schema.QUEUE_JOIN, t, (key, t - t0))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    JQ.task_done = wraps(o_done, task_done)
    JQ.join = wraps(o_join, join)


def closed_error(q, key, op, e):
    """put() / get() on a Queue the program had closed: multiprocessing raises ValueError("Queue ... is closed")."""
    try:
        if type(e) is ValueError and q.__dict__.get('_closed') and not writer.disabled:
            emit(schema.QUEUE_ERROR, now_ns(), (key, op, json_str(exception_text(e))))
    except Exception:
        writer.disable()


def watch_close(Q):
    """close(), cancel_join_thread() and join_thread() of the program's queues: join_thread() says how long it took
    and whether a feeder thread was there to join (its wait, when the feeder still had data, is queue.feeder.wait)."""
    o_close, o_cancel, o_join = Q.close, Q.cancel_join_thread, Q.join_thread

    def close(self):
        key = self._mptutor_key
        if key is not None and not writer.disabled and not self.__dict__.get('_closed'):
            try:
                emit(schema.QUEUE_CLOSE, now_ns(), (key, JSON_BOOL[self.__dict__.get('_thread') is not None]))
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
        feeder = bool(self.__dict__.get('_jointhread'))
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
            jt = self.__dict__.get('_jointhread')
            if key is None or jt is None or getattr(jt, '_callback', None) is not o_join:
                return r
            buffer, wlock = self._buffer, self._wlock

            def _finalize_join(twr):
                thread = twr()
                t0 = 0
                try:
                    if thread is not None and thread.is_alive() and not writer.disabled:
                        left = sum(1 for o in list(buffer) if o is not _sentinel)
                        writing = wlock is not None and wlock._semlock._is_zero()
                        if left or writing:
                            t0 = now_ns()
                            emit(schema.QUEUE_FEEDER_WAIT, t0, (key, left, JSON_BOOL[writing], JSON_BOOL[bool(util._exiting)]))
                except Exception:
                    writer.disable()
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

