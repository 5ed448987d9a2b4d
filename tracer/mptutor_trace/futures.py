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
                                     BrokenProcessPool; a worker thread's initializer raised: BrokenThreadPool
  * executor.shutdown                shutdown(), explicit or at the end of a with-block (how long it waited)

Work items are numbered per executor in submission order (`work`), the same number the worker sees
(ProcessPoolExecutor's own work_id; for a ThreadPoolExecutor, a number the tracer gives each item,
unique in its process).

This module holds what both executors share (creation, submit, shutdown) and the ThreadPoolExecutor's
worker; a ProcessPoolExecutor's workers and manager thread are in futures_process, the program's waits
on Futures and cancel() in futures_waits.
"""
import itertools
import os
import sys
import weakref
from _thread import get_ident

from . import futures_queued, schema, writer
from .describe import BOUND_METHOD, JSON_BOOL, exception_text, function_name_json, json_str, short_json, task_error_json
from .initializers import traced_initializer
from .wrapping import hide_wrapper_frame, is_program_file, program_frame, site_json, var_field, wraps
from .writer import emit, now_ns

_executor_ids = itertools.count(1)
_submitting = {}          # thread ident -> the key of the executor whose submit() it is in
_thread_work_ids = itertools.count(0)
_map_runs = {}            # thread ident -> (weak reference to the partial its map() submits, the next chunk's start)
_sending = {}             # thread ident -> (partial, chunk, its start) while that thread's submit() of a map() chunk runs


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


def _chunk_start(tid, fn, args):
    """Executor.map() makes one partial(_process_chunk, fn) and submits every chunk with it, in input order, from its
    own list comprehension, before it returns: a chunk's first item is the input the sizes of the chunks submitted
    before it with that partial add up to (gaps 16A). None for anything else (a partial submitted otherwise: no whole
    input is known). Kept in `_sending` while submit() runs (the feeder may fail to send it before submit() returns),
    then on its Future."""
    if type(fn).__name__ != 'partial' or len(args) != 1 or type(args[0]) not in (tuple, list):
        return None
    try:
        caller = sys._getframe(2).f_code.co_filename       # Executor.map's list comprehension
        if getattr(getattr(fn, 'func', None), '__name__', '') != '_process_chunk' \
                or not caller.endswith(('concurrent/futures/_base.py', 'concurrent\\futures\\_base.py')):
            return None
        run = _map_runs.get(tid)
        start = run[1] if run is not None and run[0]() is fn else 0
        _map_runs[tid] = (weakref.ref(fn), start + len(args[0]))
        _sending[tid] = (fn, args[0], start)
        return start
    except Exception:       # (a class of the program's named partial): not placed
        return None


def chunk_start(work_item, call_item):
    """Where the chunk of a map() work item begins in map()'s whole input, or None (see _chunk_start)."""
    start = getattr(work_item, 'future', None).__dict__.get('_mptutor_start') if work_item is not None else None
    if start is None:
        for fn, chunk, begun in list(_sending.values()):
            if fn is call_item.fn and type(call_item.args) is tuple and len(call_item.args) == 1 \
                    and call_item.args[0] is chunk:
                return begun
    return start


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
                        # 3.11's max_tasks_per_child: each worker leaves after that many work items (round 13F)
                        limit = self.__dict__.get('_max_tasks_per_child')
                        limit = ',"max_tasks":%d' % limit if type(limit) is int else ''
                        init = self.__dict__.get('_initializer')     # gaps 30A: said on its row before any worker runs it
                        limit += ',"initializer":' + function_name_json(init) if init is not None else ''
                        emit(schema.EXECUTOR_CREATE, t, (key, type_name, getattr(self, workers_attr, 0) or 0, site_json(fr),
                                                        var_field(fr, (type_name,)) + ',"reads":true' + limit))
                        call_queue = self.__dict__.get('_call_queue')     # its feeder may fail an item before
                        if call_queue is not None:                        # submit() has tagged the Future
                            call_queue.__dict__['_mptutor_executor'] = key
                except Exception:
                    writer.disable()
        except BaseException as e:    # not a frame of ours in its traceback
            if isinstance(e, Exception) and not writer.disabled and '_mptutor_key' not in self.__dict__:   # gaps 20A
                sys.modules[__package__].area('executor_refusals').refused(self, type_name, e, sys._getframe(1))
            hide_wrapper_frame(e)
            raise
    cls.__init__ = wraps(o_init, __init__)


def submit_failed(executor, fn, args, e, count_before=None):
    """submit() raised on a traced executor (`future.submit.error`): before it made a work item (a broken executor,
    one shut down), or, a ProcessPoolExecutor's, after it had made and queued one (its `_queue_count` advanced) while
    it started its workers or manager thread (a daemonic Pool worker may not start processes): `queued`, that work
    item's number (round 13F)."""
    key = _key(executor)
    if key is None or writer.disabled or not isinstance(e, Exception):
        return
    try:
        func, _, _ = map_chunk(fn, args)
        fields = (key, function_name_json(func), json_str(type(e).__name__), json_str(exception_text(e)))
        count = executor.__dict__.get('_queue_count')
        if type(count_before) is int and type(count) is int and count == count_before + 1:
            emit(schema.FUTURE_SUBMIT_ERROR_QUEUED, now_ns(), fields + (count_before,))
        else:
            emit(schema.FUTURE_SUBMIT_ERROR, now_ns(), fields)
    except Exception:
        writer.disable()


_TYPE_QUALNAME = type.__dict__['__qualname__'].__get__
_CUSTOM_PICKLING = ('__reduce__', '__reduce_ex__', '__getstate__')


def bound_field(fn):
    """`,"bound":"Class"` when `fn` is a method bound to an instance of a class of the program's, pickled by default
    means (no __reduce__/__reduce_ex__/__getstate__ of its own): pickling the method for a worker pickles that
    instance too, so each work item gets its own copy (gaps 12B). Class dicts and the program's file only."""
    if type(fn) is not BOUND_METHOD:
        return ''
    cls = type(fn.__self__)
    if issubclass(cls, type):      # a classmethod: the class goes by reference
        return ''
    mro = type.__dict__['__mro__'].__get__(cls)
    if any(name in c.__dict__ for c in mro[:-1] for name in _CUSTOM_PICKLING):
        return ''
    module = sys.modules.get(cls.__dict__.get('__module__'))
    path = getattr(module, '__file__', None) if module is not None else None
    if type(path) is not str or not is_program_file(path):
        return ''
    return ',"bound":' + json_str(str(_TYPE_QUALNAME(cls)))


def _wrap_submit(cls, work_of, pickles=False):
    o_submit = cls.submit

    def submit(self, fn, /, *args, **kwargs):
        try:
            t = now_ns()
            tid = get_ident()
            _submitting[tid] = _key(self)       # a ThreadPoolExecutor's work item is tagged as it is made
            count_before = self.__dict__.get('_queue_count')
            start = _chunk_start(tid, fn, args) if pickles and not kwargs else None
            if pickles:
                futures_queued.enter(tid, self)
            try:
                f = o_submit(self, fn, *args, **kwargs)
                if start is not None:
                    f.__dict__['_mptutor_start'] = start
            except BaseException as e:      # a broken executor (BrokenProcessPool), or after shutdown (RuntimeError)
                submit_failed(self, fn, args, e, count_before)
                raise
            finally:
                _submitting.pop(tid, None)
                queued = futures_queued.leave(tid) if pickles else None
                if start is not None:
                    _sending.pop(tid, None)
            key = _key(self)
            if key is not None and not writer.disabled:
                try:
                    # queued: when and as what the item was filed, under the executor's lock (futures_queued)
                    t, work = queued if queued is not None else (t, work_of(self, f))
                    f.__dict__['_mptutor_work'] = (key, work)
                    func, fargs, items = map_chunk(fn, args)
                    emit(schema.FUTURE_SUBMIT, t, (key, work, function_name_json(func), short_json(fargs),
                                                   'submit' if items == 'null' else 'map',
                                                   items + (bound_field(func) if pickles else '')))
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
            cancel = bool(kwargs.get('cancel_futures', args[0] if args else False))
            if waiting:
                fields = (key, 'shutdown()') + _pending(self, cancel) + ('null', 'null')
                leaving = _with_error(sys._getframe(1))
                if leaving is None:
                    emit(schema.EXECUTOR_WAIT, t0, fields)
                else:
                    emit(schema.EXECUTOR_WAIT_WITH_ERROR, t0, fields + (json_str(leaving),))
            try:
                r = o_shutdown(self, wait, *args, **kwargs)
            except BaseException as x:
                if waiting:     # interrupted (Ctrl-C in its joins), not timed out: shutdown() has no timeout
                    t = now_ns()
                    emit(schema.EXECUTOR_WAITED_RAISED, t, (key, 'shutdown()', t - t0, 'false', -1, json_str(type(x).__name__)))
                raise
            if waiting:
                t = now_ns()
                emit(schema.EXECUTOR_WAITED, t, (key, 'shutdown()', t - t0, 'true', -1))
            if key is not None and not writer.disabled:
                # stamped when shutdown() returned (it says "returned after ..."), so after the workers it joined
                t = now_ns()
                emit(schema.EXECUTOR_SHUTDOWN_CANCEL if cancel else schema.EXECUTOR_SHUTDOWN, t, (key, JSON_BOOL[bool(wait)], t - t0))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    cls.shutdown = wraps(o_shutdown, shutdown)


def _with_error(frame):
    """The type name of the exception leaving a `with executor:` block, when `frame` is Executor.__exit__ calling
    shutdown(wait=True) for it (round 13F: the exception goes on only once every work item ran); else None."""
    try:
        base = sys.modules.get('concurrent.futures._base')
        exit_code = base.Executor.__exit__.__code__
        if frame is None or frame.f_code is not exit_code:
            return None
        t = frame.f_locals.get('exc_type')
        return t.__name__ if isinstance(t, type) and type(t.__name__) is str else None
    except Exception:
        return None


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
    _wrap_initializer_failed(m.ThreadPoolExecutor)
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
        if not traced:
            return o_run(self)
        emit(schema.FUTURE_START, now_ns(), (work, function_name_json(self.fn), short_json(self.args), 'null'))
        # The end is stamped when the function returned or raised: as run() hands the outcome to the Future,
        # before set_result()/set_exception() run its done-callbacks and wake its waiters (stamped after run(),
        # the end came below the callbacks and below the waiter's print of the result).  For this call only, the
        # Future's own two setters are shadowed on the instance; nothing of ours is in the exception's traceback.
        fut = self.future
        d, cls = fut.__dict__, type(fut)

        def ended(ok, value):
            d.pop('set_result', None)
            d.pop('set_exception', None)
            try:
                emit(schema.FUTURE_END, now_ns(), (work, JSON_BOOL[ok], task_error_json(value) if not ok
                                                   else short_json(value), ''))
            except Exception:
                writer.disable()

        def set_result(result):
            ended(True, result)
            return cls.set_result(fut, result)

        def set_exception(exception):
            ended(False, exception)
            return cls.set_exception(fut, exception)
        d['set_result'], d['set_exception'] = set_result, set_exception
        try:
            return o_run(self)
        finally:       # cancelled between our look and run()'s: neither setter ran (and no cycle is left)
            d.pop('set_result', None)
            d.pop('set_exception', None)
    WI.__init__ = wraps(o_init, __init__)
    WI.run = wraps(o_run, run)


def _wrap_initializer_failed(cls):
    """A worker thread whose initializer raised breaks its ThreadPoolExecutor (thread.py's `_initializer_failed()` fails
    the items queued with BrokenThreadPool): executor.broken, stamped before, `pending` those items (gaps 31B)."""
    o_failed = getattr(cls, '_initializer_failed', None)
    if o_failed is None:
        return missing('concurrent.futures.thread.ThreadPoolExecutor._initializer_failed', ('executor.broken',))

    def _initializer_failed(self):
        key = _key(self)
        if key is not None and not writer.disabled and not self.__dict__.get('_broken'):    # the first break only
            try:
                queued = self._work_queue.qsize()     # a SimpleQueue: no None in it before shutdown()
                emit(schema.EXECUTOR_BROKEN, now_ns(), (key, queued, '"A thread initializer failed, the thread pool is not usable anymore"'))
            except Exception:
                writer.disable()
        return o_failed(self)
    cls._initializer_failed = wraps(o_failed, _initializer_failed)
