"""concurrent.futures._base: the program's waits on Futures, and cancel().

result() / exception() of a Future not yet done (future.wait / future.waited); wait() and as_completed(),
which block on a waiter's Event that WaiterEventSpy stands in for (executor.wait / executor.waited); and who
called Future.cancel() (future.cancel's `call`).
"""
import os
import sys

from . import futures_bare, schema, wrapping, writer
from .describe import JSON_BOOL, exception_text, function_name_json, json_number, json_str
from .futures import missing
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, now_ns


_DONE = ('FINISHED', 'CANCELLED_AND_NOTIFIED')


class WaiterEventSpy:
    """Stands in for the Event of the waiter that wait() and as_completed() install on their futures:
    the one place both block.  Its wait() is the program's wait on several work items."""
    __slots__ = ('_e', '_call', '_fs', '_when')

    def __init__(self, e, call, fs, when=None):
        # `when`: wait()'s return_when other than ALL_COMPLETED (round 14F), which the record says
        self._e, self._call, self._fs, self._when = e, call, fs, when

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
                if self._when is None:
                    emit(schema.EXECUTOR_WAIT, t0, (key, self._call, pending, works, json_number(timeout), executors))
                else:
                    emit(schema.EXECUTOR_WAIT_WHEN, t0, (key, self._call, pending, works, json_number(timeout), executors, self._when))
            except Exception:
                writer.disable()
                return e.wait(timeout)
            try:
                r = e.wait(timeout)
            except BaseException as x:
                # interrupted (Ctrl-C), not timed out: the record says what raised
                t = now_ns()
                emit(schema.EXECUTOR_WAITED_RAISED, t, (key, self._call, t - t0, 'false', self.left(), json_str(type(x).__name__)))
                raise
            t = now_ns()
            emit(schema.EXECUTOR_WAITED, t, (key, self._call, t - t0, JSON_BOOL[bool(r)], self.left()))
            return r
        except BaseException as x:    # e.g. Ctrl-C: not a frame of ours in its traceback
            hide_wrapper_frame(x)
            raise

    def left(self):
        """How many of the futures are not done (-1: not known)."""
        try:
            return sum(1 for f in list(self._fs) if f._state not in _DONE)
        except Exception:
            return -1

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


def reraised_exit(e, tagged):
    """result() raised a work item's SystemExit (kept in its Future: concurrent.futures catches BaseException where the
    work item runs) in the main process's main thread: if nothing catches it there, it is what ends the program
    (main_end.reraised; round 13F)."""
    try:
        if isinstance(e, SystemExit) and tagged is not None and os.getpid() == wrapping.main_pid_ and not writer.disabled:
            import threading
            if threading.current_thread() is threading.main_thread():
                sys.modules[__package__].area('main_end').reraised(e, tagged[0], tagged[1])
    except Exception:
        pass


def read(future, tagged, call):
    """future.read: result()/exception() of a done Future whose work item raised (gaps 11B)."""
    try:
        future.__dict__['_mptutor_read'] = True
        if not writer.disabled and future._state == 'FINISHED':
            emit(schema.FUTURE_READ, now_ns(), (tagged[0], tagged[1], call))
    except Exception:
        writer.disable()


def patch_futures_base(m):
    o_install = getattr(m, '_create_and_install_waiters', None)
    if o_install is None or not hasattr(m, '_AS_COMPLETED'):
        missing('concurrent.futures._base._create_and_install_waiters', ('executor.wait', 'executor.waited'))
    else:
        as_completed = m._AS_COMPLETED
        early = {getattr(m, name, None): name for name in ('FIRST_COMPLETED', 'FIRST_EXCEPTION')}
        early.pop(None, None)

        def _create_and_install_waiters(fs, return_when):
            waiter = o_install(fs, return_when)
            if not writer.disabled:
                try:
                    waiter.event = WaiterEventSpy(waiter.event, 'as_completed()' if return_when == as_completed else 'wait()', fs,
                                                  early.get(return_when) if type(return_when) is str else None)
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
                # whatever they returned; map()'s that failed on a running item too (its iterator closed early)
                if call in ('cancel()', 'asyncio') or (r and state == 'PENDING') or (call == 'map()' and state == 'RUNNING'):
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
                    if tagged is not None and self._exception is not None and '_mptutor_read' not in self.__dict__:
                        # the program saw the work item's exception (once is enough); round 25F: or asyncio did, copying
                        # it to the asyncio future of run_in_executor()/wrap_future() that the program awaits
                        # round 38C: or Executor.map's iterator did, its next() reaching an item that had failed
                        caller = cancel_caller(sys._getframe(1))
                        by = caller if caller in ('asyncio', 'map()') else call
                        read(self, tagged, by)
                    if tagged is None or call != 'result()' or not isinstance(self._exception, SystemExit):
                        return o(self, timeout)
                    try:
                        return o(self, timeout)
                    except SystemExit as e:
                        reraised_exit(e, tagged)
                        hide_wrapper_frame(e)
                        raise
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
                    if call == 'result()':
                        reraised_exit(e, tagged)
                    hide_wrapper_frame(e)
                    raise
                t = now_ns()
                emit(schema.FUTURE_WAITED, t, (key, work, t - t0, 'true', 'null'))
                return r
            return method
        setattr(F, name, wraps(o, make(o, call)))
    futures_bare.patch_future(m)
