"""multiprocessing.queues: Queue, JoinableQueue, SimpleQueue.

A queue's key derives from its own (untraced) read lock: the same in every process.  A bounded
queue's put blocks in its slot semaphore: watch_put_slots wraps that one instance's acquire.

A process that put items joins its queue's feeder thread before it ends (the queue's finalizer, or join_thread()):
when the feeder still has items to write, or is writing one (it holds the queue's write lock), that join is a wait
(`queue.feeder.wait` / `queue.feeder.waited`): nobody reading the queue makes it a hang.

Events (q.empty()/qsize()/full(): queue.poll, queue_polls.py; JoinableQueue.task_done()/join(): queue_joins.py): queue.create,
queue.wait, queue.put, queue.get, queue.timeout, queue.empty, queue.full, queue.task_done, queue.join.wait, queue.join,
queue.feeder.wait, queue.feeder.waited.
"""
import sys
import threading
from _thread import get_ident

from . import fd_owners, fd_probes, queue_reads, schema, writer
from .event_sets import NOTIFY
from os import read
from struct import unpack
from .queue_reads import Replay, _forks as forks, _rest as read_rest, say_in_flight
from .describe import BIG, NBIG, json_number, json_str, short_json
from .fd_probes import NONE_WAITING, has_bytes_waiting
from .queue_generic_get import generic_get, generic_put
from .queue_joins import patch_joinable_queue
from .queue_calls import get_failed, put_failed, put_line, untraced_original
from .queue_polls import patch_queue_polls
from .queue_pickling import PLAIN, forget, patch_feeder_pickling, watch
from .queue_put_errors import simple_put_failed
from .queue_closing import closed_error, watch_close, watch_feeder_join, watch_simple_close
from .queue_wlock import wait_for_write_lock, watch_write_lock
from .queue_watchers import watch_partial_item, watch_put_slots
from .wrapping import (carry_key_in_pickle, hide_wrapper_frame, may_block, on_create,
                       same_signature, semlock_key, site_json, var_field, wraps)
from .writer import emit, emit_line, now_ns

_QSIZE_WORKS = sys.platform != 'darwin'     # qsize() raises NotImplementedError on macOS
QUEUE_PUT, QUEUE_GET = schema.QUEUE_PUT, schema.QUEUE_GET
PUT_NAMES = ('_closed', 'ValueError', '_sem', 'acquire', 'Full', '_notempty', '_thread', '_start_thread', '_buffer',
             'append', 'notify')       # Queue.put's names, 3.8 to 3.13: the code its inline path repeats
# an int item's line (LO < item < HI) as a compact line (compact_lines.py: the ints in hex, put back by the reader)
from .compact_lines import HI, LO, QUEUE_GET_INT as GET_INT, QUEUE_PUT_INT as PUT_INT


def patch_queues(m):
    import _multiprocessing     # (3.13's multiprocessing.queues no longer imports it: it asks .synchronize)
    MAXSEM = _multiprocessing.SemLock.SEM_VALUE_MAX
    Condition = threading.Condition     # its notify() done inline by the put (3.11.7 to 3.13's code, checked by names)
    Full, Empty = m.Full, m.Empty

    def instrument(q, alone=False):     # alone: made here, not unpickled
        put = object.__setattr__        # not through q.__dict__: the queue keeps its inline values (connection_tags)
        key = json_str('q' + semlock_key(q._rlock._semlock))
        put(q, '_mptutor_key', key)
        fd_owners.tag_reader(q._reader, key)     # a poll or wait over the reader (or its fd) names the queue
        if isinstance(q, m.Queue):      # Queue, JoinableQueue: the fast paths' two looks, bound once
            put(q, '_mptutor_value', q._sem._semlock._get_value)
            put(q, '_mptutor_keyb', key.encode())       # the key in the int lines' bytes %-format
            put(q, '_mptutor_rzero', q._rlock._semlock._is_zero)
            put(q, '_mptutor_slot', q._sem._semlock.acquire)      # the put's try of a slot (its C call)
            if _QSIZE_WORKS:
                queue_reads.install(q, key, alone)
        maxsize = getattr(q, '_maxsize', None)
        if maxsize is not None and 0 < maxsize < MAXSEM:
            watch_put_slots(q, key)
        return key, maxsize

    def make_init(cls, typename):
        o_init = cls.__init__

        def created(self, fr, t, args, kwargs):
            if typename == 'Queue' and isinstance(self, m.JoinableQueue):
                return      # JoinableQueue.__init__ reports itself
            key, maxsize = instrument(self, True)
            if maxsize == MAXSEM:
                maxsize = 0
            emit(schema.QUEUE_CREATE, t, (key, typename, json_number(maxsize), site_json(fr), var_field(fr, (typename,))))
        cls.__init__ = on_create(o_init, created)

    def make_put(cls, bounded):
        o_put = cls.put
        inline = cls is m.Queue and o_put.__code__.co_names == PUT_NAMES     # Queue.put's own code: done inline
        if bounded and same_signature(o_put, ('self', 'obj', 'block', 'timeout'), (True, None)):
            def put(self, obj, block=True, timeout=None):     # the original's own signature: no packing
                key = self._mptutor_key         # class default None: untraced queue
                if key is None or writer.disabled:
                    try:
                        return o_put(self, obj, block, timeout)
                    except BaseException as e:     # no frame of ours in the traceback
                        hide_wrapper_frame(e)
                        raise
                # before the feeder can pickle it, and before the call's clock (an int, str, ... cannot change: no call)
                watched = None if type(obj) in PLAIN else watch(self, key, obj)
                t0 = now_ns()
                try:
                    slot = self._mptutor_slot if inline else None
                    if slot is not None and timeout is None and type(block) is bool and not self._closed and slot(False):
                        # a slot free (the try Queue.put's acquire makes first, which then returns at once): its work
                        # here, in this one frame (tracer 27): no library put, no `with` of two frames; notify() only
                        # when a thread waits (the feeder thread, for an item), as notify() finds itself
                        cond = self._notempty
                        cond.acquire()
                        try:
                            if self._thread is None:
                                self._start_thread()
                            self._buffer.append(obj)
                            if cond._waiters:   # notify(), inline when it is the library's own (tracer 31): n=1, the
                                w = cond._waiters   # lock ours (its _is_owned() passes); no frames, no deque
                                if NOTIFY is not None and type(cond) is Condition and Condition.notify is NOTIFY:
                                    while w:
                                        waiter = w[0]
                                        try:
                                            waiter.release()
                                            woke = True
                                        except RuntimeError:    # gh-92530: released by an interrupted notify()
                                            woke = False
                                        try:
                                            w.remove(waiter)
                                        except ValueError:
                                            pass
                                        if woke:
                                            break
                                else:
                                    cond.notify()
                        finally:
                            cond.release()
                        r = None
                    else:
                        r = o_put(self, obj, block, timeout)
                except Full as e:
                    forget(self, watched)
                    put_failed(key, now_ns(), t0, block, timeout)
                    hide_wrapper_frame(e)
                    raise
                except BaseException as e:
                    forget(self, watched)
                    closed_error(self, key, 'put', e)
                    hide_wrapper_frame(e)
                    raise
                t = now_ns()
                if watched is not None:     # as put() saw it; the row's stamp, for the feeder's queue.put.changed
                    item, watched[2] = watched[1], t
                elif type(obj) is int and LO < obj < HI:
                    item = obj      # a number of the compact line (in hex; the reader writes it quoted, in decimal)
                else:
                    item = short_json(obj)
                if _QSIZE_WORKS:
                    value = self._mptutor_value     # an attribute read, then the call: `self.f()` of a callable kept
                    depth = self._maxsize - value()     # on the instance is an unspecialized LOAD_METHOD in 3.11
                    try:    # emit_line, inline (the hot path): the same line, one %-format (bytes for an int item)
                        sb = writer._threads_b.get(get_ident())
                        if sb is not None and writer._fd >= 0:
                            b = (PUT_INT % (t, next(writer._counter), item, t - t0, depth, sb, self._mptutor_keyb)
                                 if item is obj else
                                 f'{QUEUE_PUT}{t},"n":{next(writer._counter)},"tid":{sb.decode()},"object":{key},'
                                 f'"item":{item},"waited_ns":{t - t0},"depth":{depth}}}\n'.encode())
                            try:
                                writer._out(b)      # mmap: ValueError when the reserved space is used up
                            except ValueError:
                                writer._grow_and_write(b)
                            return r
                    except Exception:
                        writer.disable()
                        return r
                    emit_line(QUEUE_PUT, t, f',"object":{key},"item":{short_json(obj) if item is obj else item},"waited_ns":{t - t0},"depth":{depth}}}\n')
                else:
                    emit_line(QUEUE_PUT, t, f',"object":{key},"item":{short_json(obj) if item is obj else item},"waited_ns":{t - t0}}}\n')
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
                    wait_for_write_lock(self, key)
                    r = o_put(self, obj)
                except BaseException as e:
                    simple_put_failed(key, obj, e)
                    hide_wrapper_frame(e)
                    raise
                put_line(self, key, obj, now_ns(), t0, False)
                return r
            cls.put = untraced_original(wraps(o_put, put), o_put)
            return

        cls.put = wraps(o_put, generic_put(o_put, bounded, Full))

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
                tid = get_ident()
                fast = item = self._mptutor_fast    # a whole item counted in the pipe, the read lock free: Queue.get's
                # work done here, in this one frame (no library get, no `with` of two frames, no recv_bytes: tracer 27)
                if (fast is not None and (count := fast[2])[0] > count[1] and block and timeout is None   # (a hint,
                        and count[2] == forks[0] and not self._closed and fast[0](False)):      # then under the lock)
                    if count[0] > count[1] and count[2] == forks[0] and (h := fast[3]._handle) is not None:
                        reader = fast[3]
                        try:        # queue_reads.read_under_lock's read of a whole item, inline
                            b = read(h, 4)
                            size, = unpack('!i', b if len(b) == 4 else read_rest(reader, h, b, 4))
                            if size == -1:
                                size, = unpack('!Q', read_rest(reader, h, b'', 8))
                            b = read(h, size) if size > 0 else b''
                            if len(b) != size and size > 0:
                                b = read_rest(reader, h, b, size)
                        except BaseException as e:
                            count[2] = -1
                            fast[1]()
                            hide_wrapper_frame(e)
                            raise
                        count[1] += 1
                        fast[1]()       # the read lock, as `with self._rlock` leaves it
                        rel = self._mptutor_freed
                        if rel is not None:     # a bounded queue: when get freed a slot (queue_watchers' release)
                            rel[tid] = now_ns()
                        fast[4]()       # self._sem.release()
                        try:
                            item = m._ForkingPickler.loads(b)
                        except Exception:   # unpickling failed: again in the library's own get (its traceback, its
                            item = Replay(b)    # `res` for closed_error), outside this handler (no __context__)
                        if type(item) is Replay:
                            try:
                                item = o_get(item, block, timeout)
                            except BaseException as e:
                                closed_error(self, key, 'get', e, t0)
                                hide_wrapper_frame(e)
                                raise
                    else:
                        fast[1]()
                if item is fast:        # not read above: the library's get
                    partial = None
                    told = self._mptutor_told       # None: no read of ours under the read lock (queue_reads)
                    try:        # about to block: nothing to take, or another reader holds the read lock
                        if told is not None and timeout is None and block:     # the read says in_flight/partial itself
                            value, rzero = self._mptutor_value, self._mptutor_rzero     # (not `self.f()`: see put)
                            if not self._closed and ((n := self._maxsize - value()) <= 0 or rzero()):
                                emit_line(schema.QUEUE_WAIT, now_ns(), queue_reads.wait_line(key, n))
                                told[tid] = 1       # said: the read is the reader's own
                        else:
                            if told is not None:
                                told[tid] = 1       # a get with a timeout or none: its wait is its poll; the watch below
                            if block and (timeout is None or may_block(timeout)) and not self._closed:
                                value, rzero = self._mptutor_value, self._mptutor_rzero     # (not `self.f()`: see put)
                                if ((n := self._maxsize - value()) <= 0 or rzero()
                                        if _QSIZE_WORKS else (n := 0) == 0 and not has_bytes_waiting(self._reader)):
                                    emit_line(schema.QUEUE_WAIT, now_ns(), queue_reads.wait_line(key, n))
                                else:
                                    waiting = True      # (not _QSIZE_WORKS: the test above saw bytes waiting)
                                    if _QSIZE_WORKS:
                                        f, req, buf = fd_probes.IOCTL or fd_probes.make_ioctl()    # has_bytes_waiting, inline
                                        try:
                                            waiting = f(self._reader._handle, req, buf, False) != NONE_WAITING
                                        except OSError:
                                            waiting = has_bytes_waiting(self._reader)
                                    if not waiting:
                                        # an item was put, but the putter's feeder thread has not written it to the pipe yet
                                        say_in_flight(now_ns(), key, self._mptutor_keyb)    # when it looked (r29S)
                                    else:       # bytes wait: maybe only part of an item
                                        rd = self._reader.__dict__      # the reader's _recv is ours while it is watched
                                        w = self._mptutor_watch
                                        if w is None:
                                            w = watch_partial_item(self)
                                        w[tid] = [key, -1]
                                        partial = w
                                        rd['_recv'] = rd['_mptutor_recv']
                    except Exception:
                        pass
                    try:
                        item = o_get(self, block, timeout)
                    except Empty as e:
                        get_failed(key, now_ns(), t0, block, timeout, self)
                        hide_wrapper_frame(e)
                        raise
                    except BaseException as e:
                        closed_error(self, key, 'get', e, t0)
                        hide_wrapper_frame(e)
                        raise
                    finally:
                        if told:
                            told.pop(tid, None)
                        if partial is not None:     # unwatch(), inline
                            partial.pop(tid, None)
                            if not partial:
                                rd.pop('_recv', None)
                                if partial:
                                    rd['_recv'] = rd['_mptutor_recv']
                t = now_ns()
                s = item if type(item) is int and LO < item < HI else short_json(item)  # an int: a compact line's number
                rel = self._mptutor_freed   # a bounded queue: when get freed a slot (see below)
                if rel:
                    t = rel.pop(tid, t)
                if _QSIZE_WORKS:
                    value = self._mptutor_value     # an attribute read, then the call: `self.f()` of a callable kept
                    depth = self._maxsize - value()     # on the instance is an unspecialized LOAD_METHOD in 3.11
                    try:    # emit_line, inline (the hot path): the same line, one %-format (bytes for an int item)
                        sb = writer._threads_b.get(tid)
                        if sb is not None and writer._fd >= 0:
                            b = (GET_INT % (t, next(writer._counter), s, t - t0, depth, sb, self._mptutor_keyb)
                                 if s is item else
                                 f'{QUEUE_GET}{t},"n":{next(writer._counter)},"tid":{sb.decode()},"object":{key},'
                                 f'"item":{s},"waited_ns":{t - t0},"depth":{depth}}}\n'.encode())
                            try:
                                writer._out(b)      # mmap: ValueError when the reserved space is used up
                            except ValueError:
                                writer._grow_and_write(b)
                            return item
                    except Exception:
                        writer.disable()
                        return item
                    emit_line(QUEUE_GET, t, f',"object":{key},"item":{short_json(s) if s is item else s},"waited_ns":{t - t0},"depth":{depth}}}\n')
                else:
                    emit_line(QUEUE_GET, t, f',"object":{key},"item":{short_json(s) if s is item else s},"waited_ns":{t - t0}}}\n')
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
                    closed_error(self, key, 'get', e, t0)   # its bytes read, unpickling them failed (gaps 26B)
                    hide_wrapper_frame(e)
                    raise
                t = now_ns()
                s = f'"{item}"' if type(item) is int and NBIG < item < BIG else short_json(item)
                emit_line(schema.QUEUE_GET, t, f',"object":{key},"item":{s},"waited_ns":{t - t0}}}\n')
                return item
            cls.get = untraced_original(wraps(o_get, get), o_get)
            return

        get = generic_get(o_get, simple, Empty)
        cls.get = wraps(o_get, get)

    def rekey(self):
        instrument(self)

    m.Queue._mptutor_key = m.SimpleQueue._mptutor_key = m.Queue._mptutor_freed = m.Queue._mptutor_watch = m.Queue._mptutor_slot = None
    queue_reads.patch_after_fork(m.Queue)
    make_init(m.Queue, 'Queue')
    make_init(m.JoinableQueue, 'JoinableQueue')
    make_init(m.SimpleQueue, 'SimpleQueue')
    carry_key_in_pickle(m.Queue, 8, rekey)        # JoinableQueue's state embeds Queue's: covered too
    carry_key_in_pickle(m.SimpleQueue, 4, rekey)
    for cls in (m.Queue, m.JoinableQueue):
        make_put(cls, True)
    patch_feeder_pickling(m)
    make_put(m.SimpleQueue, False)
    make_get(m.Queue, False)
    make_get(m.SimpleQueue, True)

    watch_feeder_join(m)
    watch_write_lock(m)
    watch_close(m.Queue)
    watch_simple_close(m.SimpleQueue)

    patch_joinable_queue(m.JoinableQueue)
    patch_queue_polls(m.Queue)
