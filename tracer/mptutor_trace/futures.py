"""concurrent.futures: ProcessPoolExecutor and ThreadPoolExecutor, first class.

What a learner needs to see on the timeline, and where it happens:

  * executor.create                  the program made an executor (its max_workers)
  * future.submit                    submit() / map() put a work item on the executor (caller's thread);
                                     map() submits one work item per input, all at once
  * executor.init / executor.init.end a worker (process, or thread of a ThreadPoolExecutor) running the
                                     executor's initializer (once, before its first work item; one that raises
                                     ends the worker and breaks the executor)
  * future.start / future.end        a worker (process, or thread of a ThreadPoolExecutor) ran the work item:
                                     which worker ran which item is the lane it is on
  * future.cancel                    cancel() on a work item's Future (ok: what it returned; call: `cancel()`
                                     by the program, `map()` by Executor.map's iterator, `shutdown()` by
                                     shutdown(cancel_futures=True)); a cancelled item never runs
  * future.result                    a ProcessPoolExecutor's result (or exception) came back on the executor's
                                     manager thread, which sets the Future
  * future.wait / future.waited      the program blocked in result() / exception() of a Future not yet done
                                     (`call` is `map()` when it is the next result of Executor.map's iterator)
  * executor.wait / executor.waited  the program blocked on several work items at once: wait(), the next
                                     item of as_completed(), shutdown(wait=True) (and the end of a with-block)
  * executor.broken                  a worker died: the manager thread fails every pending Future with
                                     BrokenProcessPool (the cause, and how many were pending)
  * executor.shutdown                shutdown(), explicit or at the end of a with-block (how long it waited)

Work items are numbered per executor in submission order (`work`), the same number the worker sees
(ProcessPoolExecutor's own work_id; for a ThreadPoolExecutor, a number the tracer gives each item,
unique in its process).
"""
import itertools
import os
import sys
from _thread import get_ident

from . import schema, writer
from .describe import JSON_BOOL, exception_text, function_name_json, json_number, json_str, short_json, task_error_json
from .wrapping import hide_wrapper_frame, program_frame, site_json, traced_initializer, var_field, wraps
from .writer import emit, now_ns

_executor_ids = itertools.count(1)
_submitting = {}          # thread ident -> the key of the executor whose submit() it is in
_thread_work_ids = itertools.count(0)


def missing(patch, kinds):
    """A patch point this Python does not have: the record says which events it cannot hold."""
    if not writer.disabled:
        emit(schema.TRACER_MISSING, now_ns(), (json_str(patch), '[' + ','.join(json_str(k) for k in kinds) + ']'))


def map_chunk(fn, args):
    """ProcessPoolExecutor.map submits partial(_process_chunk, fn) with one chunk of argument tuples:
    show the program's function and the chunk's items.  Returns (function, args, items as JSON)."""
    if type(fn).__name__ == 'partial' and getattr(fn.func, '__name__', '') == '_process_chunk' \
            and getattr(fn.func, '__module__', '') == 'concurrent.futures.process' and fn.args and len(args) == 1:
        chunk = args[0]
        if type(chunk) in (tuple, list):
            return fn.args[0], tuple(a[0] if type(a) is tuple and len(a) == 1 else a for a in chunk), str(len(chunk))
    return fn, args, 'null'


def _key(executor):
    return executor.__dict__.get('_mptutor_key') if executor is not None else None


def _wrap_init(cls, type_name, workers_attr):
    o_init = cls.__init__

    def __init__(self, *args, **kwargs):
        try:
            t = now_ns()
            o_init(self, *args, **kwargs)
            if not writer.disabled and '_mptutor_key' not in self.__dict__:
                try:
                    fr = program_frame(self, sys._getframe(1))
                    if fr is not None:
                        key = self.__dict__['_mptutor_key'] = json_str('x%d-%d' % (os.getpid(), next(_executor_ids)))
                        emit(schema.EXECUTOR_CREATE, t, (key, type_name, getattr(self, workers_attr, 0) or 0, site_json(fr),
                                                        var_field(fr, (type_name,))))
                        call_queue = self.__dict__.get('_call_queue')     # its feeder may fail an item before
                        if call_queue is not None:                        # submit() has tagged the Future
                            call_queue.__dict__['_mptutor_executor'] = key
                except Exception:
                    writer.disable()
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    cls.__init__ = wraps(o_init, __init__)


def submit_failed(executor, fn, args, e):
    """submit() raised on a traced executor: no work item was made (`future.submit.error`)."""
    key = _key(executor)
    if key is None or writer.disabled or not isinstance(e, Exception):
        return
    try:
        func, _, _ = map_chunk(fn, args)
        emit(schema.FUTURE_SUBMIT_ERROR, now_ns(), (key, function_name_json(func), json_str(type(e).__name__),
                                                    json_str(exception_text(e))))
    except Exception:
        writer.disable()


def _wrap_submit(cls, work_of):
    o_submit = cls.submit

    def submit(self, fn, /, *args, **kwargs):
        try:
            t = now_ns()
            tid = get_ident()
            _submitting[tid] = _key(self)       # a ThreadPoolExecutor's work item is tagged as it is made
            try:
                f = o_submit(self, fn, *args, **kwargs)
            except BaseException as e:      # a broken executor (BrokenProcessPool), or after shutdown (RuntimeError)
                submit_failed(self, fn, args, e)
                raise
            finally:
                _submitting.pop(tid, None)
            key = _key(self)
            if key is not None and not writer.disabled:
                try:
                    work = work_of(self, f)
                    f.__dict__['_mptutor_work'] = (key, work)
                    func, fargs, items = map_chunk(fn, args)
                    emit(schema.FUTURE_SUBMIT, t, (key, work, function_name_json(func), short_json(fargs),
                                                   'submit' if items == 'null' else 'map', items))
                except Exception:
                    writer.disable()
            return f
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    cls.submit = wraps(o_submit, submit)


def _wrap_shutdown(cls, busy):
    o_shutdown = cls.shutdown

    def shutdown(self, wait=True, *args, **kwargs):
        try:
            t0 = now_ns()
            key = _key(self)
            # about to block until every work item ran and every worker ended
            waiting = key is not None and wait and not writer.disabled and busy(self)
            if waiting:
                cancel = bool(kwargs.get('cancel_futures', args[0] if args else False))
                emit(schema.EXECUTOR_WAIT, t0, (key, 'shutdown()') + _pending(self, cancel) + ('null', 'null'))
            ok = 'false'
            try:
                r = o_shutdown(self, wait, *args, **kwargs)
                ok = 'true'
            finally:
                if waiting:
                    t = now_ns()
                    emit(schema.EXECUTOR_WAITED, t, (key, 'shutdown()', t - t0, ok, -1))
            if key is not None and not writer.disabled:
                # stamped when shutdown() returned (it says "returned after ..."), so after the workers it joined
                t = now_ns()
                emit(schema.EXECUTOR_SHUTDOWN, t, (key, JSON_BOOL[bool(wait)], t - t0))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    cls.shutdown = wraps(o_shutdown, shutdown)


def _pending(executor, cancel=False):
    """(how many work items are not finished, their numbers as JSON): a ProcessPoolExecutor's pending
    items (queued or running); a ThreadPoolExecutor's queue only (a running item has left it), so -1
    (not known) and no numbers.  A cancelled item will never run (it stays in the dict until the manager
    thread drops it); with shutdown(cancel_futures=True) only the items already running (sent to the call
    queue) will: the others are cancelled before shutdown() waits."""
    try:
        items = executor.__dict__.get('_pending_work_items')
        if type(items) is dict:
            def runs(item):
                f = getattr(item, 'future', None)
                return f is None or (f.running() if cancel else not f.cancelled())
            works = sorted(w for w, item in list(items.items()) if type(w) is int and runs(item))
            return len(works), '[' + ','.join(str(w) for w in works[:16]) + (',null' if len(works) > 16 else '') + ']'
    except Exception:
        pass
    return -1, '[]'


def _process_busy(ex):
    t = ex.__dict__.get('_executor_manager_thread')
    return t is not None and t.is_alive()


def _thread_busy(ex):
    return any(t.is_alive() for t in ex.__dict__.get('_threads', ()))


class CallQueueSpy:
    """Stands in for a ProcessPoolExecutor worker's call queue and result queue: sees work items taken
    and results sent, in the worker process."""
    __slots__ = ('_q', '_unsent')

    def __init__(self, q):
        self._q = q
        self._unsent = None     # the work item whose result put() could not send (it could not be pickled)

    def __getattr__(self, name):
        return getattr(self._q, name)

    def get(self, *args, **kwargs):
        item = self._q.get(*args, **kwargs)
        if not writer.disabled and item is not None:
            try:
                fn, fargs, items = map_chunk(item.fn, item.args)
                emit(schema.FUTURE_START, now_ns(), (item.work_id, function_name_json(fn), short_json(fargs), items))
            except Exception:
                writer.disable()
        return item

    def put(self, obj, *args, **kwargs):
        t = now_ns()
        if not writer.disabled and hasattr(obj, 'work_id'):
            try:
                exc = obj.exception
                if exc is not None and type(exc).__name__ == '_ExceptionWithTraceback':
                    exc = exc.exc       # the worker's own exception, wrapped to carry its traceback text
                # _sendback_result puts the result, and when that raises (the result cannot be pickled) puts
                # the exception instead: the work item did not raise, its result could not be sent back
                unsent = ',"unsent":true' if exc is not None and self._unsent == obj.work_id else ''
                emit(schema.FUTURE_END, t, (obj.work_id, JSON_BOOL[exc is None],
                                            short_json(obj.result) if exc is None else task_error_json(exc), unsent))
            except Exception:
                writer.disable()
        try:
            return self._q.put(obj, *args, **kwargs)
        except BaseException as e:
            if hasattr(obj, 'work_id'):
                self._unsent = obj.work_id
            hide_wrapper_frame(e)       # the remote traceback the parent shows names no frame of ours
            raise


def patch_futures_process(m):
    _wrap_init(m.ProcessPoolExecutor, 'ProcessPoolExecutor', '_max_workers')
    # work_id: the executor numbers its work items itself (_queue_count), under its shutdown lock
    _wrap_submit(m.ProcessPoolExecutor, lambda ex, f: ex._queue_count - 1)
    _wrap_shutdown(m.ProcessPoolExecutor, _process_busy)

    o_worker = m._process_worker

    def _process_worker(call_queue, result_queue, *args, **kwargs):
        try:
            if not writer.disabled:
                call_queue, result_queue = CallQueueSpy(call_queue), CallQueueSpy(result_queue)
                if args and args[0] is not None:      # _spawn_process passes (initializer, initargs, ...) by position
                    args = (traced_initializer(args[0], schema.EXECUTOR_INIT, schema.EXECUTOR_INIT_END),) + args[1:]
            return o_worker(call_queue, result_queue, *args, **kwargs)
        except BaseException as e:    # no frame of ours in a worker's traceback
            hide_wrapper_frame(e)
            raise
    m._process_worker = wraps(o_worker, _process_worker)   # pickles by reference (spawn)
    del _process_worker.__wrapped__

    SQ = getattr(m, '_SafeQueue', None)
    if SQ is not None and hasattr(SQ, '_on_queue_feeder_error'):
        o_feeder_error = SQ._on_queue_feeder_error

        def _on_queue_feeder_error(self, e, obj):
            # The call queue's feeder thread could not send a work item (its function or arguments cannot be
            # pickled): the executor sets the Future to that exception, and no worker ever sees the item.
            if not writer.disabled and hasattr(obj, 'work_id'):
                try:
                    key = self.__dict__.get('_mptutor_executor')
                    if key is not None:
                        emit(schema.FUTURE_RESULT, now_ns(), (key, obj.work_id, 'false', json_str(type(e).__name__),
                                                              ',"unsent":true'))
                except Exception:
                    writer.disable()
            return o_feeder_error(self, e, obj)
        SQ._on_queue_feeder_error = wraps(o_feeder_error, _on_queue_feeder_error)

    MT = getattr(m, '_ExecutorManagerThread', None)
    if MT is None or not hasattr(MT, 'process_result_item') or not hasattr(MT, 'terminate_broken'):
        # a Python whose executor is built otherwise: say what cannot be captured instead of guessing
        missing('concurrent.futures.process._ExecutorManagerThread', ('future.result', 'executor.broken'))
        return
    o_result = MT.process_result_item

    def process_result_item(self, result_item):
        if not writer.disabled and hasattr(result_item, 'work_id'):
            try:
                key = _key(self.executor_reference())
                if key is not None:
                    exc = result_item.exception
                    emit(schema.FUTURE_RESULT, now_ns(), (key, result_item.work_id, JSON_BOOL[exc is None],
                                                          'null' if exc is None else json_str(type(exc).__name__), ''))
            except Exception:
                writer.disable()
        return o_result(self, result_item)
    MT.process_result_item = wraps(o_result, process_result_item)

    o_broken = MT.terminate_broken

    def terminate_broken(self, cause):
        if not writer.disabled:
            try:
                key = _key(self.executor_reference())
                if key is not None:
                    t = now_ns()
                    unreadable = _unreadable_result(cause)
                    if unreadable is None:
                        emit(schema.EXECUTOR_BROKEN, t, (key, len(self.pending_work_items), json_str(str(cause or ''))))
                    else:
                        emit(schema.EXECUTOR_BROKEN_UNREADABLE, t, (key, len(self.pending_work_items), json_str(str(cause or '')),
                                                                     json_str(unreadable)))
            except Exception:
                writer.disable()
        return o_broken(self, cause)
    MT.terminate_broken = wraps(o_broken, terminate_broken)


def _unreadable_result(cause):
    """The exception line of a broken executor's cause when it is the manager thread's read of a result (its
    `result_reader.recv()` raised: the result could not be unpickled), else None. `cause` is the traceback as
    format_exception's list of strings (3.11), or a string."""
    text = ''.join(cause) if isinstance(cause, (list, tuple)) else str(cause or '')
    if 'result_reader.recv()' not in text:
        return None
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith(' ')]
    return lines[-1] if lines else None


def patch_futures_thread(m):
    _wrap_init(m.ThreadPoolExecutor, 'ThreadPoolExecutor', '_max_workers')
    _wrap_submit(m.ThreadPoolExecutor, lambda ex, f: f.__dict__.get('_mptutor_thread_work', -1))
    _wrap_shutdown(m.ThreadPoolExecutor, _thread_busy)
    o_tworker = getattr(m, '_worker', None)
    if o_tworker is not None:
        def _worker(executor_reference, work_queue, initializer=None, initargs=(), *args, **kwargs):
            try:
                if initializer is not None and not writer.disabled:     # the executor's initializer, in this thread
                    initializer = traced_initializer(initializer, schema.EXECUTOR_INIT, schema.EXECUTOR_INIT_END)
                return o_tworker(executor_reference, work_queue, initializer, initargs, *args, **kwargs)
            except BaseException as e:    # no frame of ours in a traceback
                hide_wrapper_frame(e)
                raise
        m._worker = wraps(o_tworker, _worker)   # looked up by _adjust_thread_count when it starts a thread
    WI = m._WorkItem
    o_init, o_run = WI.__init__, WI.run

    def __init__(self, future, fn, args, kwargs):
        o_init(self, future, fn, args, kwargs)
        work = next(_thread_work_ids)
        future.__dict__['_mptutor_thread_work'] = work
        key = _submitting.get(get_ident())
        if key is not None:     # before a worker thread can run it: its start and end are traced
            future.__dict__['_mptutor_work'] = (key, work)

    def run(self):
        try:
            return traced_run(self)
        except BaseException as e:    # no frame of ours in a traceback
            hide_wrapper_frame(e)
            raise

    def traced_run(self):
        work = self.future.__dict__.get('_mptutor_thread_work')
        # a cancelled item a worker thread takes from the queue never runs (run() returns at once): no start
        traced = (work is not None and not writer.disabled and '_mptutor_work' in self.future.__dict__
                  and not self.future.cancelled())
        if traced:
            emit(schema.FUTURE_START, now_ns(), (work, function_name_json(self.fn), short_json(self.args), 'null'))
        r = o_run(self)
        if traced and not self.future.cancelled():
            try:
                t = now_ns()
                exc = self.future.exception(0)
                emit(schema.FUTURE_END, t, (work, JSON_BOOL[exc is None],
                                            task_error_json(exc) if exc is not None else short_json(self.future.result(0)), ''))
            except Exception:
                writer.disable()
        return r
    WI.__init__ = wraps(o_init, __init__)
    WI.run = wraps(o_run, run)


_DONE = ('FINISHED', 'CANCELLED_AND_NOTIFIED')


class WaiterEventSpy:
    """Stands in for the Event of the waiter that wait() and as_completed() install on their futures:
    the one place both block.  Its wait() is the program's wait on several work items."""
    __slots__ = ('_e', '_call', '_fs')

    def __init__(self, e, call, fs):
        self._e, self._call, self._fs = e, call, fs

    def __getattr__(self, name):        # set(), clear(), is_set() as before
        return getattr(self._e, name)

    def wait(self, timeout=None):
        try:
            e = self._e
            if writer.disabled or e.is_set():
                return e.wait(timeout)
            t0 = now_ns()
            try:
                key, works, executors, pending = self.pending()
                emit(schema.EXECUTOR_WAIT, t0, (key, self._call, pending, works, json_number(timeout), executors))
            except Exception:
                writer.disable()
                return e.wait(timeout)
            ok = 'false'
            try:
                r = e.wait(timeout)
                ok = JSON_BOOL[bool(r)]
                return r
            finally:
                t = now_ns()
                try:
                    left = sum(1 for f in list(self._fs) if f._state not in _DONE)
                except Exception:
                    left = -1
                emit(schema.EXECUTOR_WAITED, t, (key, self._call, t - t0, ok, left))
        except BaseException as x:    # e.g. Ctrl-C: not a frame of ours in its traceback
            hide_wrapper_frame(x)
            raise

    def pending(self):
        """(the executor's key or null, the pending work numbers as JSON, the executor of each of them as JSON or
        null, how many futures are not done): the executor is named when every traced pending future is one of its
        work items; with futures of several executors each number goes with its executor's key (work numbers are
        per executor)."""
        keys, items, pending = set(), [], 0
        for f in list(self._fs):
            if f._state in _DONE:
                continue
            pending += 1
            tagged = f.__dict__.get('_mptutor_work')
            if tagged is not None:
                keys.add(tagged[0])
                items.append(tagged)
        if not keys:
            return 'null', '[]', 'null', pending
        items.sort()
        shown = items[:16]
        more = ',null' if len(items) > 16 else ''
        works = '[' + ','.join(str(w) for _, w in shown) + more + ']'
        if len(keys) == 1:
            return keys.pop(), works, 'null', pending
        return 'null', works, '[' + ','.join(k for k, _ in shown) + more + ']', pending


def cancel_caller(frame):
    """Who called Future.cancel(): Executor.map's iterator (`map()`), shutdown(cancel_futures=True) (the
    ThreadPoolExecutor's own, or a ProcessPoolExecutor's manager thread: `shutdown()`), asyncio (`asyncio`: the
    asyncio future that wraps it, from loop.run_in_executor(), was cancelled, e.g. by wait_for()'s timeout; the
    program never called cancel() itself), else the program."""
    module = frame.f_globals.get('__name__')
    if type(module) is str and module.startswith('asyncio.'):
        return 'asyncio'
    if type(module) is str and module.startswith('concurrent.futures.'):
        name = frame.f_code.co_name
        if name in ('_result_or_cancel', 'result_iterator'):
            return 'map()'
        if name in ('shutdown', 'flag_executor_shutting_down'):
            return 'shutdown()'
    return 'cancel()'


def patch_futures_base(m):
    o_install = getattr(m, '_create_and_install_waiters', None)
    if o_install is None or not hasattr(m, '_AS_COMPLETED'):
        missing('concurrent.futures._base._create_and_install_waiters', ('executor.wait', 'executor.waited'))
    else:
        as_completed = m._AS_COMPLETED

        def _create_and_install_waiters(fs, return_when):
            waiter = o_install(fs, return_when)
            if not writer.disabled:
                try:
                    waiter.event = WaiterEventSpy(waiter.event, 'as_completed()' if return_when == as_completed else 'wait()', fs)
                except Exception:
                    writer.disable()
            return waiter
        m._create_and_install_waiters = wraps(o_install, _create_and_install_waiters)

    F = m.Future
    o_add = F.add_done_callback

    def add_done_callback(self, fn):
        """Each done-callback of a traced work item has a row where it runs (future.callback.run) and where it
        returned (future.callback.end, with how long it ran); one that raises is logged by concurrent.futures,
        which goes on: the record says which callback of which work item raised what (future.callback)."""
        tagged = self.__dict__.get('_mptutor_work')
        if tagged is None or writer.disabled:
            return o_add(self, fn)

        def callback(future):
            name = None
            if not writer.disabled:
                try:
                    name = function_name_json(fn)
                    t0 = now_ns()
                    emit(schema.FUTURE_CALLBACK_RUN, t0, (tagged[0], tagged[1], name))
                except Exception:
                    name = None
                    writer.disable()
            try:
                r = fn(future)
            except Exception as e:
                if not writer.disabled:
                    try:
                        emit(schema.FUTURE_CALLBACK, now_ns(), (tagged[0], tagged[1], name or function_name_json(fn),
                                                                json_str(exception_text(e))))
                    except Exception:
                        writer.disable()
                hide_wrapper_frame(e)   # the logged traceback names the program's callback, as untraced
                raise
            if name is not None and not writer.disabled:
                try:
                    t1 = now_ns()
                    emit(schema.FUTURE_CALLBACK_END, t1, (tagged[0], tagged[1], name, t1 - t0))
                except Exception:
                    writer.disable()
            return r
        return o_add(self, callback)
    F.add_done_callback = wraps(o_add, add_done_callback)

    map_code = getattr(getattr(m, '_result_or_cancel', None), '__code__', None)
    o_cancel = F.cancel

    def cancel(self):
        try:
            tagged = self.__dict__.get('_mptutor_work')
            if tagged is None or writer.disabled:
                return o_cancel(self)
            t, state = now_ns(), self._state     # stamped before: the done-callbacks it runs come after it
            r = o_cancel(self)
            try:
                call = cancel_caller(sys._getframe(1))
                # multiprocessing's own calls are shown when they cancelled something (map()'s iterator
                # cancels each finished Future it returns: a no-op); the program's and asyncio's on its behalf,
                # whatever they returned
                if call in ('cancel()', 'asyncio') or (r and state == 'PENDING'):
                    emit(schema.FUTURE_CANCEL, t, (tagged[0], tagged[1], JSON_BOOL[bool(r)], call, json_str(str(state).lower())))
            except Exception:
                writer.disable()
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    F.cancel = wraps(o_cancel, cancel)
    for name, call in (('result', 'result()'), ('exception', 'exception()')):
        o = getattr(F, name)

        def make(o, call):
            def method(self, timeout=None):
                tagged = self.__dict__.get('_mptutor_work')
                if tagged is None or writer.disabled or self._state in ('FINISHED', 'CANCELLED', 'CANCELLED_AND_NOTIFIED'):
                    return o(self, timeout)
                key, work = tagged
                t0 = now_ns()
                # Executor.map's iterator asks each result in turn: the program wrote map()
                written = 'map()' if map_code is not None and sys._getframe(1).f_code is map_code else call
                if timeout is None:
                    emit(schema.FUTURE_WAIT, t0, (key, work, written))
                else:
                    limit, left = timeout, 'null'
                    if written == 'map()':      # map()'s iterator passes what is left of map()'s own timeout
                        try:
                            limit = sys._getframe(2).f_locals.get('timeout', None)
                        except Exception:
                            limit = None
                        left = json_number(timeout)
                    emit(schema.FUTURE_WAIT_TIMEOUT, t0, (key, work, written, json_number(limit), left))
                try:
                    r = o(self, timeout)
                except BaseException as e:
                    t = now_ns()
                    emit(schema.FUTURE_WAITED, t, (key, work, t - t0, 'false', json_str(type(e).__name__)))
                    hide_wrapper_frame(e)
                    raise
                t = now_ns()
                emit(schema.FUTURE_WAITED, t, (key, work, t - t0, 'true', 'null'))
                return r
            return method
        setattr(F, name, wraps(o, make(o, call)))
