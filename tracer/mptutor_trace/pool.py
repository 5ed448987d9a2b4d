"""multiprocessing.pool: a pool's creation, submissions, tasks in its workers, results,
callbacks, get(), close/terminate/join.

A worker's inqueue/outqueue are seen through TaskQueueSpy (tasks taken, results sent); results
arrive in the parent on the pool's _handle_results thread, which then runs the callbacks.

Events: pool.create, pool.submit, pool.task.start / pool.task.end (in the worker), pool.result,
pool.callback / pool.callback.end, pool.get, pool.close, pool.terminate, pool.join.
"""
import itertools
import os
import sys

from . import schema, writer
from .describe import BIG, JSON_BOOL, PLAIN_FUNCTION, exception_text, function_name_json, json_number, json_str, short_json, task_error_json
from .wrapping import direct, hide_wrapper_frame, program_frame, same_signature, site_json, traced_initializer, var_field, wraps
from .writer import emit, emit_line, now_ns

BUILTIN_FUNCTION, MODULE = type(len), type(sys)
EVENT = None        # threading.Event, once patch_pool ran
POOL_TASK_START, POOL_TASK_END, POOL_RESULT = schema.POOL_TASK_START, schema.POOL_TASK_END, schema.POOL_RESULT

class TracedCallback:
    """Wraps a user callback at result time (it then runs on _handle_results)."""
    __slots__ = ('f', 'job', 'fmt_args')

    def __init__(self, f, job, error):
        self.f, self.job, self.fmt_args = f, job, (job, function_name_json(f), JSON_BOOL[error])

    def __call__(self, value):
        try:
            emit(schema.POOL_CALLBACK, now_ns(), self.fmt_args)
            r = self.f(value)
            emit(schema.POOL_CALLBACK_END, now_ns(), (self.job,))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            try:
                emit(schema.POOL_CALLBACK_RAISED, now_ns(), (self.job, json_str(exception_text(e))))
            except Exception:
                pass
            hide_wrapper_frame(e)
            raise


class TaskQueueSpy:
    """Stands in for a worker's inqueue/outqueue: sees tasks taken and results sent.

    Hot: two events per task.  get and put are closures, not methods: a class with __getattr__
    gets no specialized attribute loads, so their state lives in the closure's cells.  What
    repeats from task to task is formatted once: the job's `,"job":J,"index":` (a map's tasks
    share their job), the function's name, a chunk's tail."""
    __slots__ = ('_q', 'get', 'put')

    def __init__(self, q, star):
        self._q = q
        self.get, self.put = _spy_calls(direct(q.get), direct(q.put), star)   # past the untraced queue's wrappers

    def __getattr__(self, name):            # _writer, _reader, ... as before
        return getattr(self._q, name)


def _spy_calls(o_get, o_put, star):
    star0, star1 = star
    fn = (None, None)       # (the function last taken, its ',"func":NAME,"args":')
    head = (None, None)     # (the job last written, its ',"job":J,"index":')
    ended = (None, None)    # (job, index) of the last end written

    def get():
        nonlocal fn, head
        try:
            task = o_get()
        except BaseException as e:    # e.g. Ctrl-C while waiting for a task
            hide_wrapper_frame(e)
            raise
        if type(task) is tuple and len(task) == 5 and not writer.disabled:
            try:
                job, i, func, args, _ = task
                if type(job) is not int or type(i) is not int:
                    return task
                # identity, not `in`: == could run user __eq__
                if (func is star0 or func is star1) and type(args) is tuple and len(args) == 1:
                    func, args = args[0]     # mapstar((func, chunk)): show the real func
                    # args is then a chunk of items, not one call's arguments
                    tail = _chunk_tail(len(args)) if type(args) in (tuple, list) else _NO_ITEMS_TAIL
                else:
                    tail = _CALL_TAIL
                if fn[0] is not func:       # a pool runs one function many times: name it once
                    fn = (func, ',"func":%s,"args":' % function_name_json(func))
                if head[0] != job:
                    head = (job, f',"job":{job},"index":')
                emit_line(POOL_TASK_START, now_ns(), f'{head[1]}{i}{fn[1]}{short_json(args)}{tail}')
            except Exception:
                writer.disable()
        return task

    def put(obj):
        # The end is written before the result is sent: once the parent has the result it may
        # terminate() this worker at any moment, and an end written after put() would then be lost.
        # If sending fails (a result that cannot be pickled), CPython sends (job, i, (False,
        # MaybeEncodingError)) next: the function did end as recorded, so that second put writes no
        # second end (the parent's pool.result shows the error it received).
        nonlocal head, ended
        if type(obj) is tuple and len(obj) == 3 and not writer.disabled:
            try:
                job, i, (ok, value) = obj
                if type(job) is int and type(i) is int and (i != ended[1] or job != ended[0]):
                    ended = (job, i)
                    if not ok:
                        res = ',"ok":false,"result":' + task_error_json(value)
                    elif type(value) is int and -BIG < value < BIG:     # short_json's own first case, without the call
                        res = f',"ok":true,"result":"{value}"'
                    else:
                        res = ',"ok":true,"result":' + short_json(value)
                    if head[0] != job:
                        head = (job, f',"job":{job},"index":')
                    emit_line(POOL_TASK_END, now_ns(), f'{head[1]}{i}{res}}}\n')
            except Exception:
                writer.disable()
        try:
            return o_put(obj)
        except BaseException as e:
            hide_wrapper_frame(e)
            raise
    return get, put


_OK_TAIL = (',"ok":false}\n', ',"ok":true}\n')
_CALL_TAIL, _NO_ITEMS_TAIL = ',"items":null,"call":true}\n', ',"items":null,"call":false}\n'
_CHUNK_TAILS = {}


def _chunk_tail(n):
    """The end of a chunk's pool.task.start, made once per chunk size."""
    tail = _CHUNK_TAILS.get(n)
    if tail is None:
        tail = ',"items":%d,"call":false}\n' % n
        if len(_CHUNK_TAILS) < 64:
            _CHUNK_TAILS[n] = tail
    return tail


def written_call(frame, default):
    """The Pool method the program called, when get() runs inside one (map, starmap, apply)."""
    if frame is not None and frame.f_globals.get('__name__') == 'multiprocessing.pool':
        name = frame.f_code.co_name
        if name in ('map', 'starmap', 'apply'):
            return name + '()'
    return default


def _wrap_terminate_pool(m, P):
    """A Pool's finalizer (`_terminate_pool`) run when the program never terminated it: when the Pool object was
    garbage-collected (a local pool when its function returned) or by multiprocessing's exit function. Recorded
    only while one of its workers is still alive (after join() it stops nothing). Wrapped on the class before a
    Pool exists: each Pool's Finalize takes the classmethod when the Pool is made."""
    o_tp = P.__dict__.get('_terminate_pool')
    if not isinstance(o_tp, classmethod):
        return
    o_func = o_tp.__func__

    def _terminate_pool(cls, taskqueue, inqueue, outqueue, pool, *args):
        try:
            cache = args[-1] if args else None
            d = getattr(cache, '__dict__', None)
            if d is not None and not writer.disabled:
                key = d.get('_mptutor_pool')
                if key is not None and not d.pop('_mptutor_terminating', False) \
                        and any(getattr(p, 'exitcode', 0) is None for p in pool):
                    emit(schema.POOL_TERMINATE_BY, now_ns(), (key, 'exit' if getattr(m.util, '_exiting', False) else 'collected'))
        except Exception:
            writer.disable()
        try:
            return o_func(cls, taskqueue, inqueue, outqueue, pool, *args)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    P._terminate_pool = classmethod(wraps(o_func, _terminate_pool))


def patch_pool(m):
    global EVENT
    EVENT = m.threading.Event      # an ApplyResult's own: is_set() is its _flag
    o_worker = m.worker
    star = (m.mapstar, m.starmapstar)

    def worker(inqueue, outqueue, *args, **kwargs):
        try:
            if not writer.disabled:
                inqueue, outqueue = TaskQueueSpy(inqueue, star), TaskQueueSpy(outqueue, star)
                if args and args[0] is not None:      # Pool passes (initializer, initargs, ...) by position
                    args = (traced_initializer(args[0], schema.POOL_INIT, schema.POOL_INIT_END),) + args[1:]
            return o_worker(inqueue, outqueue, *args, **kwargs)
        except BaseException as e:    # e.g. Ctrl-C: the worker's traceback shows no frame of ours
            hide_wrapper_frame(e)
            raise
    m.worker = wraps(o_worker, worker)     # pickles by reference as multiprocessing.pool.worker
    del worker.__wrapped__                  # (pickle must not look behind it)

    P = m.Pool
    pool_ids = itertools.count(1)

    def wrap(name, make):
        o = getattr(P, name)
        setattr(P, name, wraps(o, make(o)))

    def make_init(o):
        def __init__(self, *args, **kwargs):
            try:
                t = now_ns()
                o(self, *args, **kwargs)
                if not writer.disabled and '_mptutor_key' not in self.__dict__:
                    try:
                        fr = program_frame(self, sys._getframe(1))
                        if fr is not None:
                            key = self.__dict__['_mptutor_key'] = json_str('p%d-%d' % (os.getpid(), next(pool_ids)))
                            cache = self.__dict__.get('_cache')     # what its finalizer is given of it
                            if cache is not None and hasattr(cache, '__dict__'):
                                cache.__dict__['_mptutor_pool'] = key
                            emit(schema.POOL_CREATE, t, (key, self._processes, json_number(self._maxtasksperchild), site_json(fr),
                                            var_field(fr, ('Pool', 'ThreadPool'))))
                    except Exception:
                        writer.disable()
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        return __init__

    last_named = [(None, None)]     # (the function last submitted, its name as JSON): one tuple, swapped whole

    def name_of(func):
        named = (func, function_name_json(func))
        t = type(func)      # kept only when its module keeps it alive anyway (a def, `abs`)
        if t is PLAIN_FUNCTION or (t is BUILTIN_FUNCTION and type(getattr(func, '__self__', None)) is MODULE):
            last_named[0] = named
        return named

    o_apply = P.apply_async
    if same_signature(o_apply, ('self', 'func', 'args', 'kwds', 'callback', 'error_callback'), ((), {}, None, None)):
        def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
            """submit() for the common call, with the original's own signature: no packing of arguments."""
            try:
                t = now_ns()
                res = o_apply(self, func, args, kwds, callback, error_callback)
                key = self.__dict__.get('_mptutor_key')
                if key is not None and not writer.disabled:
                    try:
                        res._mptutor_pool = key        # for get(): _set clears res._pool
                        caller = sys._getframe(1)
                        method = 'apply_async'
                        if caller.f_globals.get('__name__') == 'multiprocessing.pool':
                            method = caller.f_code.co_name
                        named = last_named[0]
                        if named[0] is not func:
                            named = name_of(func)
                        emit_line(schema.POOL_SUBMIT, t, f',"object":{key},"job":{res._job},"func":{named[1]},'
                                                         f'"args":{short_json(args)},"chunks":1,"method":"{method}"}}\n')
                    except Exception:
                        writer.disable()
                return res
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        apply_async.__defaults__ = o_apply.__defaults__     # the same default objects as the original's
        P.apply_async = wraps(o_apply, apply_async)

    def consumed(iterable, box):
        """map() of an iterable without len() (a generator) makes a list of it before the task exists: the
        submission is stamped when that list is complete, not before the program's generator ran."""
        try:
            yield from iterable
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        box[0] = now_ns()

    def submitter(o, default_method, get_func_args, chunks):
        def submit(self, *args, **kwargs):
            try:
                t = now_ns()
                box = None
                # asked of the type: an instance's own __getattr__ (the program's code) runs once, in the call itself
                if default_method == 'map_async' and len(args) > 1 and not hasattr(type(args[1]), '__len__') \
                        and not hasattr(type(args[1]), '__getattr__'):
                    box = [t]
                    args = (args[0], consumed(args[1], box)) + args[2:]
                res = o(self, *args, **kwargs)
                if box is not None:
                    t = box[0]
                key = self.__dict__.get('_mptutor_key')
                if key is not None and not writer.disabled:
                    try:
                        r = res
                        if type(r).__name__ == 'generator':     # imap with chunksize > 1
                            r = r.gi_frame.f_locals['.0']       # (item for chunk in result ...)
                        r._mptutor_pool = key       # for get(): _set clears r._pool
                        caller = sys._getframe(1)
                        method = default_method
                        if caller.f_globals.get('__name__') == 'multiprocessing.pool':
                            method = caller.f_code.co_name
                        func, fargs = get_func_args(args, kwargs)
                        named = last_named[0]   # a program submits one function many times: name it once
                        if named[0] is not func:
                            named = name_of(func)
                        emit_line(schema.POOL_SUBMIT, t, f',"object":{key},"job":{r._job},"func":{named[1]},'
                                                         f'"args":{short_json(fargs)},"chunks":{chunks(r)},"method":"{method}"}}\n')
                    except Exception:
                        writer.disable()
                return res
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        return submit

    def fa_apply(a, k):
        return (a[0] if a else k.get('func')), (a[1] if len(a) > 1 else k.get('args', ()))

    def fa_map(a, k):
        return (a[0] if a else k.get('func')), (a[1] if len(a) > 1 else k.get('iterable'))

    o_setup = P._setup_queues

    def _setup_queues(self):
        """The task and result handlers get the pool's own connections' send/recv bound past our
        class-level wrappers (those connections are never the program's: nothing to trace)."""
        try:
            o_setup(self)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        d = self.__dict__
        for name in ('_quick_put', '_quick_get'):
            if name in d:
                d[name] = direct(d[name], '_mptutor')
    P._setup_queues = wraps(o_setup, _setup_queues)

    wrap('__init__', make_init)
    if P.apply_async is o_apply:
        wrap('apply_async', lambda o: submitter(o, 'apply_async', fa_apply, lambda r: '1'))
    wrap('_map_async', lambda o: submitter(o, 'map_async', fa_map,
                                           lambda r: str(getattr(r, '_mptutor_chunks', 'null'))))
    wrap('imap', lambda o: submitter(o, 'imap', fa_map, lambda r: 'null'))
    wrap('imap_unordered', lambda o: submitter(o, 'imap_unordered', fa_map, lambda r: 'null'))

    def simple(fmt, failed):
        # t is taken before the call: close() and terminate() cause what follows (workers ending),
        # so the event must not be stamped after its effects.
        def make(o):
            def method(self):
                t = now_ns()
                try:
                    r = o(self)
                    key = self.__dict__.get('_mptutor_key')
                    if key is not None:
                        emit(fmt, t, (key,))
                    return r
                except BaseException as e:    # not a frame of ours in its traceback
                    try:
                        key = self.__dict__.get('_mptutor_key')
                        if key is not None:
                            emit(failed, t, (key, json_str(exception_text(e))))
                    except Exception:
                        pass
                    hide_wrapper_frame(e)
                    raise
            return method
        return make
    wrap('close', simple(schema.POOL_CLOSE, schema.POOL_CLOSE_FAILED))

    def make_terminate(o):
        record = simple(schema.POOL_TERMINATE, schema.POOL_TERMINATE_FAILED)(o)

        def terminate(self):
            try:
                cache = self.__dict__.get('_cache')     # tells _terminate_pool that the program asked for it
                if cache is not None and hasattr(cache, '__dict__'):
                    cache.__dict__['_mptutor_terminating'] = True
                return record(self)     # records a terminate() that raised, with its error
            except BaseException as e:
                hide_wrapper_frame(e)     # not a frame of ours in its traceback
                raise
        return terminate
    wrap('terminate', make_terminate)
    _wrap_terminate_pool(m, P)

    def make_join(o):
        def join(self):
            try:
                t0 = now_ns()
                key = self.__dict__.get('_mptutor_key')
                if key is not None and not writer.disabled:     # about to block until every worker ended
                    emit(schema.POOL_WAIT, t0, (key, -1, -1, 'join()'))
                r = o(self)
                key = self.__dict__.get('_mptutor_key')
                if key is not None:
                    t = now_ns()
                    emit(schema.POOL_JOIN, t, (key, t - t0))
                return r
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        return join
    wrap('join', make_join)

    # MapResult: remember how many chunks a submission makes (it counts down later)
    MR = m.MapResult
    o_mr_init = MR.__init__

    def mr_init(self, *args, **kwargs):
        try:
            o_mr_init(self, *args, **kwargs)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        self._mptutor_chunks = self._number_left
    MR.__init__ = wraps(o_mr_init, mr_init)

    # results arrive on the parent's _handle_results thread, which then runs callbacks
    def make_set(cls, callbacks):
        o_set = cls.__dict__['_set']
        last = [(None, None, None)]     # (the job last written, its ',"object":K,"job":J,"index":'): one tuple, swapped whole

        def _set(self, i, obj):
            pool = self._pool
            key = pool.__dict__.get('_mptutor_key') if pool is not None else None
            if key is not None and not writer.disabled:
                try:
                    job = self._job
                    if type(job) is int and type(i) is int:
                        head = last[0]      # a map's results share their job (and pool)
                        if head[0] != job or head[2] is not key:
                            head = last[0] = (job, f',"object":{key},"job":{job},"index":', key)
                        ok = type(obj) is tuple and obj[0] is True      # CPython sends (bool, value)
                        tail = _OK_TAIL[ok]
                        if not ok and type(obj) is tuple and len(obj) == 2 and isinstance(obj[1], BaseException):
                            # which exception (MaybeEncodingError: the worker could not pickle the task's value)
                            tail = ',"ok":false,"error":%s}\n' % json_str(type(obj[1]).__name__)
                        emit_line(POOL_RESULT, now_ns(), f'{head[1]}{i}{tail}')
                    if callbacks:
                        cb = self._callback
                        if cb is not None and type(cb) is not TracedCallback:
                            self._callback = TracedCallback(cb, job, False)
                        cb = self._error_callback
                        if cb is not None and type(cb) is not TracedCallback:
                            self._error_callback = TracedCallback(cb, job, True)
                except Exception:
                    writer.disable()
            try:
                return o_set(self, i, obj)      # runs the program's callback, which may raise
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        cls._set = wraps(o_set, _set)

    # AsyncResult.get (map/apply call it too): the caller's wait, and a worker's
    # exception re-raised here
    AR = m.ApplyResult

    def emit_wait(key, job, index, call, timeout, t0):
        """pool.wait, with the timeout the call was given (none: the plain shape)."""
        if timeout is None:
            emit(schema.POOL_WAIT, t0, (key, job, index, call))
        else:
            emit(schema.POOL_WAIT_TIMEOUT, t0, (key, job, index, call, json_number(timeout)))
    # A result of a traced pool carries its pool's key (set by the submission): read as a plain
    # attribute, with None on the classes for every other result.  (Through __dict__ the result's
    # attributes would leave CPython's inline values, and every later read of them would be slower.)
    AR._mptutor_pool = m.IMapIterator._mptutor_pool = None
    o_get = AR.get

    def get(self, timeout=None):
        try:
            key = self._mptutor_pool
            if key is None or writer.disabled:
                return o_get(self, timeout)
            t0 = now_ns()
            ev = self._event
            if not (ev._flag if type(ev) is EVENT else ev.is_set()):    # about to block: name the call as written
                emit_wait(key, self._job, 0, written_call(sys._getframe(1), 'get()'), timeout, t0)
            try:
                r = o_get(self, timeout)
            except BaseException as e:
                t = now_ns()
                emit_line(schema.POOL_GET, t, f',"object":{key},"job":{self._job},"ok":false,"waited_ns":{t - t0},'
                          f'"error":{json_str(type(e).__name__)}}}\n')
                raise
            t = now_ns()
            emit_line(schema.POOL_GET, t, f',"object":{key},"job":{self._job},"ok":true,"waited_ns":{t - t0},"error":null}}\n')
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    AR.get = wraps(o_get, get)

    # AsyncResult.wait(): blocks without a result; and imap's next(), which waits for the next one
    o_wait = AR.wait

    def wait(self, timeout=None):
        try:
            key = self._mptutor_pool
            if key is None or writer.disabled:
                return o_wait(self, timeout)
            ev = self._event
            if (ev._flag if type(ev) is EVENT else ev.is_set()) or sys._getframe(1).f_code is o_get.__code__:
                return o_wait(self, timeout)      # (get() waits through wait(): its own events say so)
            t0 = now_ns()
            emit_wait(key, self._job, 0, 'wait()', timeout, t0)
            r = o_wait(self, timeout)
            t = now_ns()
            emit(schema.POOL_WAITED, t, (key, self._job, 0, 'wait()', t - t0, JSON_BOOL[self._event.is_set()], 'null'))
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    AR.wait = wraps(o_wait, wait)

    IT = m.IMapIterator
    o_next = IT.next

    def imap_next(self, timeout=None):
        try:
            key = self._mptutor_pool
            if key is None or writer.disabled or self._items or self._index == self._length:
                return o_next(self, timeout)
            t0 = now_ns()
            index = self._index
            emit_wait(key, self._job, index, 'next()', timeout, t0)
            ok, error = 'false', 'null'
            try:
                r = o_next(self, timeout)
                ok = 'true'
                return r
            except BaseException as e:     # TimeoutError, the task's exception, StopIteration: said as it was
                error = json_str(type(e).__name__)
                raise
            finally:
                t = now_ns()
                emit(schema.POOL_WAITED, t, (key, self._job, index, 'next()', t - t0, ok, error))
        except BaseException as e:    # not a frame of ours in its traceback (StopIteration included)
            hide_wrapper_frame(e)
            raise
    IT.next = wraps(o_next, imap_next)
    IT.__next__ = IT.next

    make_set(m.ApplyResult, True)
    make_set(m.MapResult, True)
    make_set(m.IMapIterator, False)
    make_set(m.IMapUnorderedIterator, False)
