"""concurrent.futures.process: a ProcessPoolExecutor's workers and its manager thread.

In a worker, CallQueueSpy sees each work item taken from the call queue and each result sent back; in the
parent, the manager thread's wrappers say when a result (or exception) came back and set its Future, and
when the executor broke (BrokenProcessPool: the cause, and how many were pending).  What the executors share
(creation, submit, shutdown) is in futures.
"""
from _thread import get_ident

from . import schema, writer
from .describe import JSON_BOOL, exception_text, function_name_json, json_str, short_json, task_error_json
from .futures import _key, _process_busy, _submitting, _wrap_init, _wrap_shutdown, _wrap_submit, chunk_start, map_chunk, missing
from .futures_queued import patch_queued
from .initializers import traced_initializer
from .pickle_culprits import argument_fields, chunk_fields, message_field
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, now_ns


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
    _wrap_submit(m.ProcessPoolExecutor, lambda ex, f: ex._queue_count - 1, pickles=True)
    patch_queued(m)
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

    o_spawn = getattr(m.ProcessPoolExecutor, '_spawn_process', None)
    if o_spawn is not None:
        def _spawn_process(self):
            # Every worker starts here: the first ones inside submit() (which tags its thread already), and a
            # replacement for a worker that left after max_tasks_per_child, on the executor's manager thread
            # (_adjust_process_count), where no submit() had said whose worker process.spawn writes (gaps 24C).
            tid = get_ident()
            before = _submitting.get(tid)
            _submitting[tid] = _key(self)
            try:
                return o_spawn(self)
            except BaseException as e:
                hide_wrapper_frame(e)
                raise
            finally:
                if before is None:
                    _submitting.pop(tid, None)
                else:
                    _submitting[tid] = before
        m.ProcessPoolExecutor._spawn_process = wraps(o_spawn, _spawn_process)

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
                                                              ',"unsent":true' + _unsent_detail(e, obj, self.__dict__.get('pending_work_items'))))
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
                    if unreadable is _READER_CLOSED:
                        emit(schema.EXECUTOR_BROKEN_READER_CLOSED, t, (key, len(self.pending_work_items), json_str(str(cause or ''))))
                    elif unreadable is None:
                        emit(schema.EXECUTOR_BROKEN, t, (key, len(self.pending_work_items), json_str(str(cause or ''))))
                    else:
                        emit(schema.EXECUTOR_BROKEN_UNREADABLE, t, (key, len(self.pending_work_items), json_str(str(cause or '')),
                                                                     json_str(unreadable)))
            except Exception:
                writer.disable()
        return o_broken(self, cause)
    MT.terminate_broken = wraps(o_broken, terminate_broken)


_READER_CLOSED = object()
_NO_HANDLE = "TypeError: 'NoneType' object cannot be interpreted as an integer"   # read(None, n)


def _unreadable_result(cause):
    """The exception line of a broken executor's cause when it is the manager thread's read of a result (its
    `result_reader.recv()` raised: the result could not be unpickled), _READER_CLOSED when that read raised because
    the reader was closed in this process (connection.py's `_check_closed`, or EBADF in the middle of its read: nothing
    was unpickled), else None (another read error: no result was read either). `cause` is
    the traceback as format_exception's list of strings (3.11), or a string."""
    text = ''.join(cause) if isinstance(cause, (list, tuple)) else str(cause or '')
    if 'result_reader.recv()' not in text:
        return None
    if 'in _check_closed' in text:
        return _READER_CLOSED
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith(' ')]
    last = lines[-1] if lines else None
    if 'in _recv_bytes' in text:    # the bytes were not read, so nothing was unpickled: closed while it read (EBADF,
        closed = last is not None and ('[Errno 9]' in last or last.startswith(_NO_HANDLE))   # or the handle already
        return _READER_CLOSED if closed else None     # None when _recv began: in this process), or other
    return last


def _unsent_detail(e, item, pending=None):
    """The trailing fields of a work item the call queue's feeder could not send (gaps 12B): `message`, the exception's
    text (a pickling error's too), and `argument` with `argument_type` when pickle_culprits finds the argument whose
    pickling raised (a frame of the pickle holds it; or, for a failure in C, pickling each alone again fails the same
    way: gaps 13B). A map() chunk's item instead: `chunk_item` (gaps 14B), and `input_index` when its Future keeps the
    chunk's start in map()'s input (futures._chunk_start; `pending`: the executor's work items by id)."""
    out = message_field(e)
    fn, args, items = map_chunk(item.fn, item.args)
    if items != 'null':     # a map() chunk: which of its items (gaps 14B), and where in map()'s input (gaps 16A)
        start = chunk_start(pending.get(item.work_id) if type(pending) is dict else None, item)
        return out + chunk_fields(e, fn, args, frames_from=1, start=start)
    if type(args) is not tuple:
        return out
    kwargs = item.kwargs if type(item.kwargs) is dict else {}
    # the traceback's first frame is the feeder's own _feed, still running
    return out + argument_fields(e, item.fn, args, kwargs, frames_from=1)
