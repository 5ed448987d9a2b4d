"""multiprocessing.pool: a pool's creation, submissions, tasks in its workers, results, callbacks, get(), close/terminate/join.

A worker's inqueue/outqueue are seen through TaskQueueSpy (tasks taken, results sent); results arrive in the parent on
the pool's _handle_results thread, which then runs the callbacks.  Events: pool.create, pool.submit, pool.task.start /
pool.task.end (in the worker), pool.result, pool.callback / pool.callback.end, pool.get, pool.close, pool.terminate, pool.join.
"""
import itertools
import os
import sys
from _thread import get_ident

from . import schema, writer
from .describe import BOUND_METHOD, JSON_BOOL, PLAIN_FUNCTION, exception_text, function_name_json, json_number, json_str, short_json
from .pool_imap_counts import patch_imap_counts, track
from .pool_iteration import patch_imap_next, patch_result_wait
from .pool_terminate_callers import caller_recorded
from .pool_spies import TracedCallback, _OK_TAIL, _wrap_terminate_pool, emit_wait, refused, spy_pair, watch_sizes, written_call
from .initializers import traced_initializer
from .pool_join import make_join
from .pool_create_errors import create_failed
from .pool_submit_args import consumed, fa_apply, fa_map
from .event_sets import set_event
from .pickle_culprits import encoding_reason, unsent_task_fields
from .wrapping import direct, hide_wrapper_frame, program_frame, same_signature, site_json, var_field, wraps
from .queue_closing import own
from .writer import emit, emit_line, now_ns
from .compact_lines import HI, LO, POOL_GET_OK, POOL_RESULT_OK, POOL_SUBMIT_INT

BUILTIN_FUNCTION, MODULE = type(len), type(sys)
EVENT = None        # threading.Event, once patch_pool ran
POOL_RESULT, POOL_GET, POOL_SUBMIT = schema.POOL_RESULT, schema.POOL_GET, schema.POOL_SUBMIT
KEYB = {}           # a traced pool's key -> the same as bytes (its compact lines' %-formats)

def patch_pool(m):
    global EVENT
    EVENT = m.threading.Event      # an ApplyResult's own: is_set() is its _flag
    POOL_GLOBALS = vars(m)         # a frame of multiprocessing.pool's own code has these globals
    o_worker = m.worker
    star = (m.mapstar, m.starmapstar)
    IMAP = m.IMapIterator

    def worker(inqueue, outqueue, *args, **kwargs):
        try:
            if not writer.disabled:
                inqueue, outqueue = spy_pair(inqueue, outqueue, star, watch_sizes(outqueue))
                if args and args[0] is not None:      # Pool passes (initializer, initargs, ...) by position
                    args = (traced_initializer(args[0], schema.POOL_INIT, schema.POOL_INIT_END),) + args[1:]
            return o_worker(inqueue, outqueue, *args, **kwargs)
        except BaseException as e:    # e.g. Ctrl-C: the worker's traceback shows no frame of ours
            hide_wrapper_frame(e)
            raise
    m.worker = wraps(o_worker, worker)     # pickles by reference as multiprocessing.pool.worker
    del worker.__wrapped__                  # (pickle must not look behind it)

    P = m.Pool
    P._mptutor_key = None   # a traced pool's key is its own attribute, never read through __dict__ (queue_closing.own)
    pool_ids = itertools.count(1)
    THREAD_POOL = m.ThreadPool

    def bound(pool, func):
        """`,"bound":"Class"` when a process pool's task pickles a method bound to the program's instance (each task
        then runs on its own copy of it, under fork too: the task queue pickles; gaps 13B). A ThreadPool pickles nothing."""
        if isinstance(pool, THREAD_POOL):
            return ''
        from .futures import bound_field
        return bound_field(func)

    def wrap(name, make):
        o = getattr(P, name)
        setattr(P, name, wraps(o, make(o)))

    def make_init(o):
        def __init__(self, *args, **kwargs):
            try:
                t = now_ns()
                try:
                    o(self, *args, **kwargs)
                except BaseException as e:      # gaps 31C: no pool was made; say what raised
                    create_failed(self, args, kwargs, e, t, sys._getframe(1))
                    raise
                if not writer.disabled and self._mptutor_key is None:
                    try:
                        fr = program_frame(self, sys._getframe(1))
                        if fr is not None:
                            key = json_str('p%d-%d' % (os.getpid(), next(pool_ids)))
                            object.__setattr__(self, '_mptutor_key', key)
                            KEYB[key] = key.encode()
                            cache = own(self, '_cache')     # what its finalizer is given of it
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

    last_named = [(None, None, None)]   # (the function last submitted, its name as JSON, as bytes): swapped whole

    def name_of(func):
        named = (func, name := function_name_json(func), name.encode())
        t = type(func)      # kept only when its module keeps it alive anyway (a def, `abs`)
        if t is PLAIN_FUNCTION or (t is BUILTIN_FUNCTION and type(getattr(func, '__self__', None)) is MODULE):
            last_named[0] = named
        return named

    o_apply, o_check, RUN = P.apply_async, P._check_running, m.RUN
    # tracer 29: the library's apply_async (CPython 3.8-3.13, checked by its names) done in the wrapper's frame for a
    # running pool (no apply_async/_check_running frames); a pool not running: the library's own, its ValueError
    inline = o_apply.__code__.co_names == ('_check_running', 'ApplyResult', '_taskqueue', 'put', '_job')
    if same_signature(o_apply, ('self', 'func', 'args', 'kwds', 'callback', 'error_callback'), ((), {}, None, None)):
        def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
            """submit() for the common call, with the original's own signature: no packing of arguments."""
            try:
                t = now_ns()
                if inline and self._state is RUN and type(self)._check_running is o_check:
                    res = POOL_GLOBALS['ApplyResult'](self, callback, error_callback)
                    self._taskqueue.put(([(res._job, 0, func, args, kwds)], None))
                else:
                    res = o_apply(self, func, args, kwds, callback, error_callback)
                key = self._mptutor_key
                if key is not None and not writer.disabled:
                    try:
                        res._mptutor_pool = key        # for get(): _set clears res._pool
                        caller = sys._getframe(1)     # apply() calls apply_async(): the method as written
                        method = caller.f_code.co_name if caller.f_globals is POOL_GLOBALS else 'apply_async'
                        named = last_named[0]
                        if named[0] is not func:
                            named = name_of(func)
                        extra = '' if type(args) is tuple and type(func) is not BOUND_METHOD else (    # (most calls)
                            (bound(self, func) if type(func) is BOUND_METHOD else '') + (     # gaps 15B: args='abc'
                            f',"args_string":{len(args)}' if type(args) is not tuple and isinstance(args, (str, bytes)) else ''))
                        x = args[0] if type(args) is tuple and len(args) == 1 else None     # short_json's case, inline:
                        a = None if type(x) is int and LO < x < HI else short_json(args)     # (None: a number of the line)
                        stid = writer._threads_b.get(get_ident())
                        if stid is not None:    # emit_line, inline (the hot path): a compact line (compact_lines.py)
                            b = (POOL_SUBMIT_INT % (t, next(writer._counter), x, stid, kb, res._job, named[2])
                                 if a is None and not extra and method == 'apply_async' and (kb := KEYB.get(key)) is not None else
                                 (f'{POOL_SUBMIT}{t},"n":{next(writer._counter)},"tid":{stid.decode()},"object":{key},"job":{res._job},'
                                 f'"func":{named[1]},"args":"({x},)","chunks":1,"method":"{method}"{extra}}}\n' if a is None else
                                 f'{POOL_SUBMIT}{t},"n":{next(writer._counter)},"tid":{stid.decode()},"object":{key},"job":{res._job},'
                                 f'"func":{named[1]},"args":{a},"chunks":1,"method":"{method}"{extra}}}\n').encode())
                            try:
                                writer._out(b)      # mmap: ValueError when the reserved space is used up
                            except ValueError:
                                writer._grow_and_write(b)
                        else:
                            emit_line(POOL_SUBMIT, t, f',"object":{key},"job":{res._job},"func":{named[1]},'
                                                      f'"args":{short_json(args)},"chunks":1,"method":"{method}"{extra}}}\n')
                    except Exception:
                        writer.disable()
                return res
            except BaseException as e:    # not a frame of ours in its traceback
                refused(self, sys._getframe(1), 'apply_async', func, e, t)
                hide_wrapper_frame(e)
                raise
        apply_async.__defaults__ = o_apply.__defaults__     # the same default objects as the original's
        P.apply_async = wraps(o_apply, apply_async)

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
                listed = ''     # round 34: the call began at t, its list of the generator was complete at box[0]
                if box is not None:
                    listed, t = f',"listed_ns":{box[0] - t}', box[0]
                key = self._mptutor_key
                if key is not None and not writer.disabled:
                    try:
                        r = res
                        if type(r).__name__ == 'generator':     # imap with chunksize > 1
                            r = r.gi_frame.f_locals['.0']       # (item for chunk in result ...)
                            r._mptutor_size = args[2] if len(args) > 2 else kwargs.get('chunksize')    # pickle_culprits
                        r._mptutor_pool = key       # for get(): _set clears r._pool
                        if isinstance(r, IMAP):
                            track(r)
                        caller = sys._getframe(1)
                        method = default_method
                        if caller.f_globals.get('__name__') == 'multiprocessing.pool':
                            method = caller.f_code.co_name
                        func, fargs = get_func_args(args, kwargs)
                        named = last_named[0]   # a program submits one function many times: name it once
                        if named[0] is not func:
                            named = name_of(func)
                        extra = bound(self, func) if type(func) is BOUND_METHOD else ''
                        emit_line(schema.POOL_SUBMIT, t, f',"object":{key},"job":{r._job},"func":{named[1]},'
                                                         f'"args":{short_json(fargs)},"chunks":{chunks(r)},"method":"{method}"{extra}{listed}}}\n')
                    except Exception:
                        writer.disable()
                return res
            except BaseException as e:    # not a frame of ours in its traceback
                refused(self, sys._getframe(1), default_method, get_func_args(args, kwargs)[0], e, t)
                hide_wrapper_frame(e)
                raise
        return submit

    o_setup = P._setup_queues
    def _setup_queues(self):
        """The task and result handlers get the pool's own connections' send/recv bound past our
        class-level wrappers (those connections are never the program's: nothing to trace)."""
        try:
            o_setup(self)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        for name in ('_quick_put', '_quick_get'):
            f = own(self, name)
            if f is not None:
                object.__setattr__(self, name, direct(f, '_mptutor'))
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
                    key = self._mptutor_key
                    if key is not None:
                        emit(fmt, t, (key,))
                    return r
                except BaseException as e:    # not a frame of ours in its traceback
                    try:
                        key = self._mptutor_key
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
        record = caller_recorded(o, simple(schema.POOL_TERMINATE, schema.POOL_TERMINATE_FAILED)(o))     # gaps 37B

        def terminate(self):
            try:
                cache = own(self, '_cache')     # tells _terminate_pool that the program asked for it
                if cache is not None and hasattr(cache, '__dict__'):
                    cache.__dict__['_mptutor_terminating'] = True
                return record(self, sys._getframe(1))     # records a terminate() that raised, with its error
            except BaseException as e:
                hide_wrapper_frame(e)     # not a frame of ours in its traceback
                raise
        return terminate
    wrap('terminate', make_terminate)
    _wrap_terminate_pool(m, P)
    patch_imap_counts(m, P)

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
        o_set, many = cls.__dict__['_set'], cls.__name__ != 'ApplyResult'   # many results a job: its head made once
        plain = not many and o_set.__code__.co_names == ('_success', '_value', '_callback', '_error_callback', '_event',
                                                         'set', '_cache', '_job', '_pool')
        last = [(None, None, None)]     # (the job last written, its ',"object":K,"job":J,"index":'): one tuple, swapped whole
        def _set(self, i, obj):
            pool = self._pool
            key = pool._mptutor_key if pool is not None else None
            if key is not None and not writer.disabled:
                try:
                    job = self._job
                    if type(job) is int and type(i) is int:     # (an apply's: its object and job in the line's f-string)
                        if many and ((head := last[0])[0] != job or head[2] is not key):     # a map's results share their job
                            head = last[0] = (job, f',"object":{key},"job":{job},"index":', key)
                        ok = type(obj) is tuple and obj[0] is True      # CPython sends (bool, value)
                        tail = _OK_TAIL[ok]
                        if not ok and type(obj) is tuple and len(obj) == 2 and isinstance(obj[1], BaseException):
                            # which exception; a MaybeEncodingError's reason (gaps 34B: the worker could not pickle the value)
                            tail = ',"ok":false,"error":%s%s}\n' % (json_str(type(obj[1]).__name__), unsent_task_fields(obj[1], job, i, star)
                                if sys._getframe(1).f_code.co_name == '_handle_tasks' else encoding_reason(obj[1]))
                        t = now_ns()
                        stid = writer._threads_b.get(get_ident())
                        if stid is not None:    # emit_line, inline (the hot path): an apply's ok as a compact line
                            b = (POOL_RESULT_OK % (t, next(writer._counter), job, i, stid, kb)
                                 if ok and (kb := KEYB.get(key)) is not None else     # (tracer 29: a map's results too)
                                 (f'{POOL_RESULT}{t},"n":{next(writer._counter)},"tid":{stid.decode()}{head[1]}{i}{tail}' if many else
                                  f'{POOL_RESULT}{t},"n":{next(writer._counter)},"tid":{stid.decode()},"object":{key},"job":{job},"index":{i}{tail}').encode())
                            try:
                                writer._out(b)      # mmap: ValueError when the reserved space is used up
                            except ValueError:
                                writer._grow_and_write(b)
                        else:
                            emit_line(POOL_RESULT, t, f',"object":{key},"job":{job},"index":{i}{tail}')
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
                if plain and self._callback is None and self._error_callback is None and type(obj) is tuple and len(obj) == 2:
                    self._success, self._value = obj    # tracer 29: ApplyResult._set (3.8-3.13) with no callback, in
                    set_event(self._event)              # this frame (a KeyError: the handler's, as from _set; tracer 31)
                    del self._cache[self._job]
                    self._pool = None
                    return
                return o_set(self, i, obj)      # runs the program's callback, which may raise
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise
        cls._set = wraps(o_set, _set)

    # AsyncResult.get (map/apply call it too): the caller's wait, and a worker's
    # exception re-raised here
    AR = m.ApplyResult

    # A traced pool's result carries its key (set by the submission), None on the classes: not through __dict__ (inline values)
    AR._mptutor_pool = m.IMapIterator._mptutor_pool = None
    o_get = AR.get
    plain_get = o_get.__code__.co_names == ('wait', 'ready', 'TimeoutError', '_success', '_value')    # CPython's 3.8-3.14

    def get(self, timeout=None):
        try:
            key = self._mptutor_pool
            if key is None or writer.disabled:
                return o_get(self, timeout)
            t0 = now_ns()
            ev = self._event
            if type(ev) is EVENT and ev._flag is True and self._success is True and plain_get:
                r = self._value     # set: the original's wait() would return at once and ready() say so (its 6 frames)
            else:
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
            try:    # emit_line, inline (the hot path): the same line, one f-string
                stid = writer._threads_b.get(get_ident())
                if stid is not None:    # a compact line (compact_lines.py)
                    b = (POOL_GET_OK % (t, next(writer._counter), self._job, t - t0, stid, kb) if (kb := KEYB.get(key)) is not None
                         else f'{POOL_GET}{t},"n":{next(writer._counter)},"tid":{stid.decode()},"object":{key},"job":{self._job},'
                              f'"ok":true,"waited_ns":{t - t0},"error":null}}\n'.encode())
                    try:
                        writer._out(b)      # mmap: ValueError when the reserved space is used up
                    except ValueError:
                        writer._grow_and_write(b)
                    return r
            except Exception:
                writer.disable()
                return r
            emit_line(POOL_GET, t, f',"object":{key},"job":{self._job},"ok":true,"waited_ns":{t - t0},"error":null}}\n')
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    AR.get = wraps(o_get, get)

    patch_result_wait(AR, EVENT, o_get.__code__, emit_wait)     # AsyncResult.wait() (pool_iteration.py)
    from .result_polls import patch_result_polls     # ready()/successful() polls (gaps 27A)
    patch_result_polls(AR)
    patch_imap_next(m.IMapIterator, emit_wait)
    make_set(m.ApplyResult, True)
    make_set(m.MapResult, True)
    make_set(m.IMapIterator, False)
    make_set(m.IMapUnorderedIterator, False)
