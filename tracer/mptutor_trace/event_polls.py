"""Event.is_set() polls (gaps 13A): a loop `while not ev.is_set(): sleep(...)` waits without ever blocking in wait().
Writing a line per poll would flood the record and slow the loop, so only a CHANGE of the result is written, per
thread and Event: `event.polled` with the result the polls since the last change returned, how many, since the first
of them (`since_ns`), and the result that changed it (`then`).  What is left at a thread's end (threads.py), a child's
end (process.py) or the interpreter's (writer.at_finish) is written then, `then` null.  multiprocessing's and
threading's Events both (synchronize.py, thread_sync.py); loaded at the first poll of a program's Event.
"""
import os
from _thread import get_ident

from . import schema, writer
from .writer import emit_line, now_ns

EVENT_POLLED = schema.EVENT_POLLED
_JSON = {True: 'true', False: 'false', None: 'null'}
# (thread ident, Event key) -> [result, polls that returned it not yet written, t of the first of them].  The poll that
# changed the result is written as the line's `then`, so the next run starts with none.
_runs = {}


def polled(key, r):
    """One is_set() of a program's Event, which returned r (a bool).  The clock is read only at a run's first poll."""
    k = (get_ident(), key)
    run = _runs.get(k)
    if run is None:
        _runs[k] = [r, 1, now_ns()]
    elif run[0] is r:
        if run[1] == 0:
            run[2] = now_ns()
        run[1] += 1
    else:
        t = now_ns()
        if not writer.disabled:
            _write(key, run, t, r)
        _runs[k] = [r, 0, None]


def _write(key, run, t, then):
    since = t - run[2] if run[2] is not None else 0
    emit_line(EVENT_POLLED, t, f',"object":{key},"result":{_JSON[run[0]]},"polls":{run[1]},"since_ns":{since},'
                               f'"then":{_JSON[then]}}}\n')


def flush(ident):
    """The polls of one thread not yet written (`then` null), stamped now: at its end."""
    t = now_ns()
    for k in [k for k in _runs if k[0] == ident]:
        run = _runs.pop(k)
        if run[1] and not writer.disabled:
            _write(k[1], run, t, None)


def _flush_this_thread():
    """At the interpreter's end: the polls of the thread ending it (the main thread's).  A daemon thread still running
    then is not written for: its line would be on this thread's lane."""
    if _runs:
        flush(get_ident())


writer.at_finish.insert(0, _flush_this_thread)     # before the file is cut
os.register_at_fork(after_in_child=_runs.clear)     # the parent's polls are not the child's
