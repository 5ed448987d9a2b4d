"""multiprocessing.pool, inside the machinery: what the pool's own threads and workers do.

TaskQueueSpy stands in for a worker's inqueue/outqueue (tasks taken, results sent); TracedCallback wraps a
program's callback when its result arrives (it runs on the pool's _handle_results thread); the chunk tails
of pool.task.end; and the pool's _terminate_pool (terminate(), the end of a with-block, or the pool's
finalizer at exit).
"""
import sys
import weakref
from _thread import get_ident

from . import schema, writer
from .describe import BIG, JSON_BOOL, NBIG, exception_text, function_name_json, json_number, json_str, short_json, task_error_json
from .wrapping import direct, hide_wrapper_frame, same_signature, wraps
from .writer import emit, emit_line, now_ns
from .pool_not_entered import not_entered as _not_entered
from .pool_task_reads import failed_after_read, task_reader
from .compact_lines import HI, LO, POOL_CHUNK1_END, POOL_CHUNK1_START, POOL_END_INT, POOL_START_INT

POOL_TASK_START, POOL_TASK_END = schema.POOL_TASK_START, schema.POOL_TASK_END


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
    share their job), the function's name, a chunk's tail.  A worker's two spies are made as a
    pair (spy_pair): its put() finds the task its get() took, so the result's end is written
    with no second check of its job and index."""
    __slots__ = ('_q', 'get', 'put', '_locks')

    def __init__(self, q, get, put):
        self._q = q
        self._locks = _raw_locks(q)
        self.get, self.put = get, put

    def __getattr__(self, name):            # _writer, _reader, ... as before
        return getattr(self._q, name)


def spy_pair(inqueue, outqueue, star, sizes=None):
    """(the worker's inqueue, its outqueue), each seen through a TaskQueueSpy: the inqueue's get writes
    pool.task.start, the outqueue's put pool.task.end; one closure holds both (the task last taken)."""
    i_spy = TaskQueueSpy(inqueue, None, None)     # its locks first: direct() then binds past them as before
    o_spy = TaskQueueSpy(outqueue, None, None)
    get, put = _spy_calls(task_reader(inqueue, direct(inqueue.get)), direct(outqueue.put), star, sizes)   # past the
    # untraced queue's wrappers; a task that waits whole read in one frame (pool_task_reads)
    i_spy.get, i_spy.put = get, direct(inqueue.put)     # (the worker only takes from its inqueue
    o_spy.get, o_spy.put = direct(outqueue.get), put    # and only puts on its outqueue)
    return i_spy, o_spy


def _raw_locks(q):
    """A worker's task/result queue (a SimpleQueue) takes its _rlock/_wlock (multiprocessing Locks the pool made: never
    traced, no event of theirs is written) in a with-statement for every task; the Lock's __enter__/__exit__ only call its
    C semaphore's, so the queue is given that semaphore itself: no Python frame per task.  The Locks are kept (returned:
    their after-fork hook stays registered, as untraced)."""
    sync, queues = sys.modules.get('multiprocessing.synchronize'), sys.modules.get('multiprocessing.queues')
    if sync is None or queues is None or type(q) is not queues.SimpleQueue:    # (not through __dict__: inline values)
        return ()
    kept = []
    for name in ('_rlock', '_wlock'):
        lock = getattr(q, name, None)
        if type(lock) is sync.Lock and lock._mptutor_acq is None and type(getattr(lock, '_semlock', None)) is sync._multiprocessing.SemLock:
            setattr(q, name, lock._semlock)
            kept.append(lock)
    return tuple(kept)


def _spy_calls(o_get, o_put, star, sizes):
    star0, star1 = star
    fn = (None, None, None)     # (the function last taken, its ',"func":NAME,"args":', the same as bytes)
    head = (None, None)     # (the job last written, its ',"job":J,"index":')
    ended = (None, None)    # (job, index) of the last end written
    job0 = i0 = None        # the job and index objects of the task whose start get() wrote, until its end is written
    threads = stid = stidb = None   # writer's thread table, this worker thread's tid in it, as bytes (one thread)

    def get():
        nonlocal fn, head, job0, i0, threads, stid, stidb
        try:
            task = o_get()
        except BaseException as e:    # e.g. Ctrl-C while waiting for a task
            if isinstance(e, Exception) and (not isinstance(e, (EOFError, OSError)) or failed_after_read(e)) and not writer.disabled:
                try:    # the task was read but could not be unpickled (its function not in this process): it is lost
                    emit(schema.POOL_TASK_GET_ERROR, now_ns(), (json_str(exception_text(e)),))
                except Exception:
                    pass
            hide_wrapper_frame(e)
            raise
        if type(task) is tuple and not writer.disabled:
            try:
                try:
                    job, i, func, args, _ = task
                except ValueError:      # not a task of five (no event)
                    return task
                if type(job) is not int or type(i) is not int:
                    return task
                # identity, not `in`: == could run user __eq__
                if (func is star0 or func is star1) and type(args) is tuple and len(args) == 1:
                    func, args = args[0]     # mapstar((func, chunk)): show the real func
                    # args is then a chunk of items, not one call's arguments
                    tail = (_CHUNK_TAILS.get(len(args)) or _chunk_tail(len(args))) if type(args) in (tuple, list) \
                        else _NO_ITEMS_TAIL
                else:
                    tail = _CALL_TAIL
                if fn[0] is not func:       # a pool runs one function many times: name it once
                    fn = (func, f := ',"func":%s,"args":' % function_name_json(func), f.encode())
                if head[0] != job:
                    head = (job, f',"job":{job},"index":')
                t = now_ns()
                if writer._threads is not threads:     # a new file (after a fork): its own thread line
                    stid, stidb = writer._threads.get(get_ident()), writer._threads_b.get(get_ident())
                    if stid is not None:
                        threads = writer._threads
                if stid is not None:    # emit_line, inline (the hot path): an apply's int argument as a compact line
                    x = args[0] if type(args) is tuple and len(args) == 1 else None     # a map's item: short_json's
                    b = ((POOL_START_INT if tail is _CALL_TAIL else POOL_CHUNK1_START) % (t, next(writer._counter), x, stidb, job, i, fn[2])
                         if (tail is _CALL_TAIL or tail is _CHUNK1_TAIL) and type(x) is int and LO < x < HI else
                         (f'{POOL_TASK_START}{t},"n":{next(writer._counter)},"tid":{stid}{head[1]}{i}{fn[1]}"({x},)"{tail}'
                          if type(x) is int and NBIG < x < BIG else      # case, inline, in the line's one f-string
                         f'{POOL_TASK_START}{t},"n":{next(writer._counter)},"tid":{stid}{head[1]}{i}{fn[1]}{short_json(args)}{tail}'
                         ).encode())
                    try:
                        writer._out(b)      # mmap: ValueError when the reserved space is used up
                    except ValueError:
                        writer._grow_and_write(b)
                else:
                    threads = None
                    emit_line(POOL_TASK_START, t, f'{head[1]}{i}{fn[1]}{short_json(args)}{tail}')
                job0, i0 = job, i
            except Exception:
                writer.disable()
        return task

    def put(obj):
        # The end is written before the result is sent: once the parent has the result it may
        # terminate() this worker at any moment, and an end written after put() would then be lost.
        # If sending fails (a result that cannot be pickled), CPython sends (job, i, (False,
        # MaybeEncodingError)) next: the function did end as recorded, so that second put writes no
        # second end (the parent's pool.result shows the error it received).  The send itself is outside the
        # try that disables the tracer: a result that cannot be pickled is the program's error, not ours.
        nonlocal head, ended, job0, i0
        job = None
        if type(obj) is tuple and len(obj) == 3 and not writer.disabled:
            try:
                job, i, (ok, value) = obj
                if job is job0 and i is i0:     # the task get() took (the worker's own objects): ints, its head made
                    job0 = None
                elif type(job) is int and type(i) is int and (i != ended[1] or job != ended[0]):
                    if head[0] != job:
                        head = (job, f',"job":{job},"index":')
                else:
                    job = None
                if job is not None:
                    ended = (job, i)
                    if not ok:
                        res = ',"ok":false,"result":' + task_error_json(value) + _not_entered(value)
                    elif type(value) is int and NBIG < value < BIG:     # short_json's own first case, without the call:
                        res = None      # written inside the line's one f-string
                    elif type(value) is list and len(value) == 1 and type(v := value[0]) is int and NBIG < v < BIG:
                        # a map's chunk of one (short_json's case, inline): its compact line F when it fits
                        res = _ONE if LO < v < HI else f',"ok":true,"result":"[{v}]"'
                    else:
                        res = ',"ok":true,"result":' + short_json(value)
                    t = now_ns()
                    if stid is not None and writer._threads is threads:    # emit_line, inline
                        b = (POOL_END_INT % (t, next(writer._counter), value, stidb, job, i) if res is None and LO < value < HI
                             else POOL_CHUNK1_END % (t, next(writer._counter), value[0], stidb, job, i) if res is _ONE
                             else f'{POOL_TASK_END}{t},"n":{next(writer._counter)},"tid":{stid}{head[1]}{i},"ok":true,"result":"{value}"}}\n'.encode()
                             if res is None else    # (the hot path): a compact line for an int result
                             f'{POOL_TASK_END}{t},"n":{next(writer._counter)},"tid":{stid}{head[1]}{i}{res}}}\n'.encode())
                        try:
                            writer._out(b)      # mmap: ValueError when the reserved space is used up
                        except ValueError:
                            writer._grow_and_write(b)
                    else:
                        if res is _ONE:
                            res = f',"ok":true,"result":"[{value[0]}]"'
                        emit_line(POOL_TASK_END, t, f'{head[1]}{i},"ok":true,"result":"{value}"}}\n' if res is None
                                  else f'{head[1]}{i}{res}}}\n')
            except Exception:
                job = None
                writer.disable()
        if job is None:
            try:
                return o_put(obj)
            except BaseException as e:
                hide_wrapper_frame(e)
                raise
        # the result's send (the pool's SimpleQueue pickles it, then writes it whole: a result bigger than the pipe's
        # buffer is written only as the parent's result handler reads it); 1 ms or more: pool.task.sent
        if sizes is not None:
            sizes[0] = -1
        t0 = now_ns()
        try:
            r = o_put(obj)
        except BaseException as e:
            hide_wrapper_frame(e)
            raise
        took = now_ns() - t0
        if took >= 1_000_000 and not writer.disabled:
            _slow_send(t0, took, job, i, sizes)
        return r
    return get, put


def _slow_send(t0, took, job, i, sizes):
    """pool.task.sent: a task's result took 1 ms or more to send; its pickled size as the queue's writer was given it
    (watch_sizes)."""
    try:
        emit(schema.POOL_TASK_SENT, t0, (job, i, -1 if sizes is None else sizes[0], took))
    except Exception:
        pass


def watch_sizes(q):
    """[the size of the bytes q's writer last sent]: a worker's result queue (a SimpleQueue: put() pickles the result,
    then hands the bytes to its writer's send_bytes) gets a send_bytes of its own that notes their length, so a slow
    send can say its size with no second pickle and no pickler of ours.  None for a queue without such a writer
    (ThreadPool's queue.SimpleQueue pickles nothing)."""
    w = getattr(q, '_writer', None)
    d = getattr(w, '__dict__', None)
    o_send_bytes = getattr(type(w), 'send_bytes', None)
    if d is None or o_send_bytes is None or 'send_bytes' in d:
        return None
    ref = weakref.ref(w)     # no cycle: the connection still closes when the queue lets it go
    sizes = [-1]

    def send_bytes(buf, *args, **kwargs):
        try:
            r = o_send_bytes(ref(), buf, *args, **kwargs)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        try:
            sizes[0] = len(buf)
        except Exception:
            pass
        return r

    def send_whole(buf, offset=0, size=None):
        """send_bytes with the original's own signature (every result: no packing of arguments)."""
        try:
            r = o_send_bytes(ref(), buf, offset, size)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        try:
            sizes[0] = len(buf)
        except Exception:
            pass
        return r
    plain = same_signature(o_send_bytes, ('self', 'buf', 'offset', 'size'), (0, None))
    d['send_bytes'] = wraps(o_send_bytes, send_whole if plain else send_bytes)
    return sizes


_OK_TAIL = (',"ok":false}\n', ',"ok":true}\n')
_CALL_TAIL, _NO_ITEMS_TAIL = ',"items":null,"call":true}\n', ',"items":null,"call":false}\n'
_CHUNK1_TAIL = ',"items":1,"call":false}\n'     # a chunk of one item: compact lines C/F when the item is an int
_CHUNK_TAILS = {1: _CHUNK1_TAIL}
_ONE = object()     # put()'s `res` for a chunk of one int result in compact range (its line is F)


def _chunk_tail(n):
    """The end of a chunk's pool.task.start, made once per chunk size."""
    tail = _CHUNK_TAILS.get(n)
    if tail is None:
        tail = ',"items":%d,"call":false}\n' % n
        if len(_CHUNK_TAILS) < 64:
            _CHUNK_TAILS[n] = tail
    return tail


def emit_wait(key, job, index, call, timeout, t0):
    """pool.wait, with the timeout the call was given (none: the plain shape)."""
    if timeout is None:
        emit(schema.POOL_WAIT, t0, (key, job, index, call))
    else:
        emit(schema.POOL_WAIT_TIMEOUT, t0, (key, job, index, call, json_number(timeout)))


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
        left = None
        try:
            cache = args[-1] if args else None
            d = getattr(cache, '__dict__', None)
            if d is not None and not writer.disabled:
                key = d.get('_mptutor_pool')
                if key is not None:
                    from .pool_imap_counts import record_unread
                    left = record_unread(key)
                if key is not None and not d.pop('_mptutor_terminating', False) \
                        and any(getattr(p, 'exitcode', 0) is None for p in pool):
                    emit(schema.POOL_TERMINATE_BY, now_ns(), (key, 'exit' if getattr(m.util, '_exiting', False) else 'collected'))
        except Exception:
            writer.disable()
        try:
            r = o_func(cls, taskqueue, inqueue, outqueue, pool, *args)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        if left:        # gaps 14A: results unread at the pool's end; what the program does with them later
            from .pool_imap_counts import watch_later
            watch_later(left)
        return r
    P._terminate_pool = classmethod(wraps(o_func, _terminate_pool))


def refused(pool, frame, default_method, func, e, t):
    """A submission the pool refused (gaps 13A): apply_async(), map(), imap()… of a Pool no longer running raise
    ValueError("Pool not running") before any task exists; round 17: any other exception a running pool's call raised
    in the caller, before its task was queued (`job`: the job a half-made MapResult left in the pool's cache).  Called on the exception path only; `frame` is the
    submitting call's caller (map() calls _map_async: the method is the pool's own caller then)."""
    key = pool.__dict__.get('_mptutor_key')
    state = pool.__dict__.get('_state')
    if key is None or writer.disabled:
        return
    closed = type(e) is ValueError and state in ('CLOSE', 'TERMINATE')
    # round 17: a running pool's call that raised in the caller (map(f, a, b): chunksize=b, TypeError in MapResult)
    if not closed and (state != 'RUN' or not isinstance(e, Exception)):
        return
    try:
        method = default_method
        if frame.f_globals.get('__name__') == 'multiprocessing.pool':
            method = frame.f_code.co_name
        fields = (key, json_str(method), function_name_json(func), json_str(state), json_str(exception_text(e)))
        job = None if closed or default_method == 'join' else _half_made_job(pool)
        if job is None:
            emit(schema.POOL_REFUSED, t, fields)
        else:
            emit(_REFUSED_JOB, t, fields + (job,))
    except Exception:
        writer.disable()


_REFUSED_JOB = schema.variant('pool.refused', ',"object":%s,"method":%s,"func":%s,"state":%s,"error":%s,"job":%d')


def _half_made_job(pool):
    """The job a MapResult took before its own __init__ raised (a chunksize that is not a number): ApplyResult.__init__
    put it in the pool's cache first, and nothing ever removes it. None when there is none (one named before is not
    this call's: it is marked when named)."""
    for job, r in list(pool.__dict__.get('_cache', {}).items()):
        d = r.__dict__
        if type(r).__name__ == 'MapResult' and '_number_left' not in d and '_mptutor_left' not in d and type(job) is int:
            d['_mptutor_left'] = True
            return job
    return None

