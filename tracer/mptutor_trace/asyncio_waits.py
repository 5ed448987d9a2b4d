"""asyncio: the event loop's thread blocked in its selector's select() while work items the program sent with
loop.run_in_executor() are pending (gaps 10A: `await loop.run_in_executor(...)` left no wait).

executor.wait / executor.waited with `call` "select()": written around a select() of a loop that has run_in_executor()
work items not done yet, and only when select() may block (a timeout that is None or above 0): `works` names those
items (as concurrent.futures.wait() does).  A select() while nothing the program sent is pending is not recorded.
Round 25F: a work item's Future the program itself wraps with asyncio.wrap_future() and awaits is such an item too
(its loop's select() was unseen); `wrapped` counts those among the pending ones.
"""
import threading

from . import schema, writer
from .describe import JSON_BOOL, json_number
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, now_ns

_DONE = ('FINISHED', 'CANCELLED_AND_NOTIFIED')
_capture = threading.local()        # the concurrent Future run_in_executor() wraps, caught in wrap_future()
# round 25F: `wrapped`, how many of the pending items the program wrapped itself with asyncio.wrap_future()
_WAIT_WRAPPED = schema.variant('executor.wait', ',"object":%s,"call":"%s","pending":%d,"works":%s,"timeout":%s,"executors":%s,"wrapped":%d')


def patch_base_events(m):
    B = m.BaseEventLoop
    o_rie = B.run_in_executor
    futures = m.futures
    o_wrap = futures.wrap_future

    def wrap_future(future, *args, **kwargs):
        box = getattr(_capture, 'box', None)
        if box is not None:
            box.append(future)
            return o_wrap(future, *args, **kwargs)
        r = o_wrap(future, *args, **kwargs)
        try:        # the program's own wrap of an executor's work item (not an asyncio future, returned as it is)
            if r is not future and not writer.disabled and '_mptutor_work' in future.__dict__:
                future.__dict__['_mptutor_wrapped'] = True
                _watch(r.get_loop(), future)
        except Exception:
            pass
        return r
    futures.wrap_future = wraps(o_wrap, wrap_future)

    def run_in_executor(self, executor, func, *args):
        try:
            if writer.disabled:
                return o_rie(self, executor, func, *args)
            _capture.box = box = []
            try:
                r = o_rie(self, executor, func, *args)
            finally:
                _capture.box = None
            if box:
                _watch(self, box[0])
            return r
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    B.run_in_executor = wraps(o_rie, run_in_executor)


def _watch(loop, future):
    """Adds a pending work item to the loop's list; the first one wraps that loop's selector's select()."""
    d = loop.__dict__
    pending = d.get('_mptutor_pending')
    if pending is None:
        selector = d.get('_selector')
        if selector is None or not hasattr(selector, 'select'):
            return
        pending = d['_mptutor_pending'] = []
        selector.select = _waiting_select(selector.select, pending)
    pending.append(future)


def _waiting_select(o_select, pending):
    from .futures_waits import WaiterEventSpy

    def select(timeout=None):
        try:
            pending[:] = [f for f in pending if f._state not in _DONE]
            if not pending or writer.disabled or (timeout is not None and timeout <= 0):
                return o_select(timeout)
            t0 = now_ns()
            key, works, executors, n = WaiterEventSpy(None, 'select()', list(pending)).pending()
            wrapped = sum(1 for f in pending if '_mptutor_wrapped' in f.__dict__)
            if wrapped:
                emit(_WAIT_WRAPPED, t0, (key, 'select()', n, works, json_number(timeout), executors, wrapped))
            else:
                emit(schema.EXECUTOR_WAIT, t0, (key, 'select()', n, works, json_number(timeout), executors))
            try:
                return o_select(timeout)
            finally:
                t = now_ns()
                left = sum(1 for f in pending if f._state not in _DONE)
                emit(schema.EXECUTOR_WAITED, t, (key, 'select()', t - t0, JSON_BOOL[True], left))
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    return select
