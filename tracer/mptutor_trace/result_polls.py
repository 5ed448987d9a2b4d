"""AsyncResult.ready() and successful() polls (gaps 27A): a loop `while not r.ready(): sleep(...)` waits without ever
blocking in get() or wait(), and `successful()` raises ValueError on a result not ready yet.  As for Event.is_set()
(event_polls.py), a line per poll would flood the record and slow the loop, so only a CHANGE of the outcome is written,
per thread, result and call: `pool.polled` with what the polls since the last change returned (`result`, or `error`:
the type of the exception they raised), how many, since the first of them (`since_ns`), and what the poll that changed
it returned (`then`).  What is left at a thread's end (threads.py), a child's end (process.py) or the interpreter's
(writer.at_finish) is written then, `then` null.  A result never becomes unready, so a poll that raised never follows
one that returned: `then` is never an exception.

Transparent: the original ready()/successful() run and their value or exception is the caller's; the ready() that
successful() and get() make inside are theirs, not the program's polls, and are not counted.  Loaded by pool.py at its
patch; installed on multiprocessing.pool.ApplyResult (MapResult inherits both)."""
import os
import sys
from _thread import get_ident

from . import schema, writer
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit_line, now_ns

POOL_POLLED = schema.POOL_POLLED
_JSON = {True: 'true', False: 'false', None: 'null'}
# (thread ident, pool key, job, call) -> run [outcome, polls not yet written, t of the first of them]; an outcome is
# True/False, or the exception's type name (a str) when the call raised
_runs = {}


def patch_result_polls(AR):
    """ApplyResult.ready and .successful wrapped; ready() called by the library's own successful()/get() is left alone."""
    o_ready, o_successful = AR.ready, AR.successful
    inner = {o_successful.__code__, AR.get.__code__, getattr(AR.get, '__wrapped__', AR.get).__code__}
    getframe = sys._getframe

    def ready(self):
        try:
            r = o_ready(self)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        key = self._mptutor_pool
        if key is not None and not writer.disabled and getframe(1).f_code not in inner:
            _poll(key, self._job, 'ready()', r)
        return r
    AR.ready = wraps(o_ready, ready)

    def successful(self):
        try:
            r = o_successful(self)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            key = self._mptutor_pool
            if key is not None and not writer.disabled:
                _poll(key, self._job, 'successful()', type(e).__name__)
            raise
        key = self._mptutor_pool
        if key is not None and not writer.disabled and type(r) is bool:
            _poll(key, self._job, 'successful()', r)
        return r
    AR.successful = wraps(o_successful, successful)


def _poll(key, job, call, outcome):
    k = (get_ident(), key, job, call)
    run = _runs.get(k)
    if run is None:
        _runs[k] = [outcome, 1, now_ns()]
    elif run[0] == outcome and type(run[0]) is type(outcome):
        if run[1] == 0:
            run[2] = now_ns()
        run[1] += 1
    else:
        t = now_ns()
        _write(k, run, t, outcome)
        _runs[k] = [outcome, 0, None]


def _write(k, run, t, then, tid=None):
    since = t - run[2] if run[2] is not None else 0
    r = run[0]
    result, error = (_JSON[r], 'null') if type(r) is bool else ('null', '"%s"' % r.replace('"', ''))
    fields = (f',"object":{k[1]},"job":{k[2]},"call":"{k[3]}","result":{result},"error":{error},"polls":{run[1]},'
              f'"since_ns":{since},"then":{_JSON[then] if type(then) is bool else "null"}}}\n')
    if tid is None:
        emit_line(POOL_POLLED, t, fields)
    else:
        writer.emit_line_as(tid, POOL_POLLED, t, fields)


def flush(ident):
    """The polls of one thread not yet written (`then` null), stamped now: at its end."""
    if not _runs:
        return
    t = now_ns()
    for k in [k for k in _runs if k[0] == ident]:
        run = _runs.pop(k)
        if run[1] and not writer.disabled:
            _write(k, run, t, None)


def _flush_at_end():
    """At the interpreter's end: the main thread's polls, then those of threads still running that have a lane here."""
    if not _runs:
        return
    me = get_ident()
    flush(me)
    t = now_ns()
    for k in list(_runs):
        run = _runs.pop(k)
        if run[1] and not writer.disabled and k[0] in writer._threads:
            _write(k, run, t, None, k[0])


writer.at_finish.insert(0, _flush_at_end)     # before the file is cut
writer.at_thread_end.append(flush)
os.register_at_fork(after_in_child=_runs.clear)    # the parent's polls are not the child's
