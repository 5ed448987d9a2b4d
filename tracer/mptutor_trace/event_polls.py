"""Event.is_set() polls (gaps 13A): a loop `while not ev.is_set(): sleep(...)` waits without ever blocking in wait().
Writing a line per poll would flood the record and slow the loop, so only a CHANGE of the result is written, per
thread and Event: `event.polled` with the result the polls since the last change returned, how many, since the first
of them (`since_ns`), and the result that changed it (`then`).  What is left at a thread's end (threads.py), a child's
end (process.py) or the interpreter's (writer.at_finish; a daemon thread's too, on its own lane: gaps 14B) is written
then, `then` null.  multiprocessing's and threading's Events both: one wrapper (make_is_set), installed at the first
program Event of each kind (synchronize.py, thread_sync.py); this module is loaded then.

The poll path (gaps 14B): `_last[event._cond]` is the run of the thread that polled that Event last (the same list as in
`_runs`), so a poll that returns what the one before it in the same thread returned costs one dictionary look-up (by the
Event's own Condition: hashed by identity in C, no id() call), one get_ident() and an increment: no key look-up, no
tuple.  A threading Event is entered there when it is made (keys of
threading objects live outside them: threads.threading_keys), a multiprocessing Event at its first poll (its key rides
in its __dict__, also into a spawned child); each entry leaves with its Event (a weakref).  A class of the program's
that overrides is_set() below Event gets a counting wrapper of its own (`wrap_override`): the polls are counted as
the program's loop sees them, once, however its is_set() reaches Event's.
"""
import os
from _thread import get_ident
from _weakref import ref as _ref

from . import schema, writer
from .describe import json_str
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit_line, now_ns

EVENT_POLLED = schema.EVENT_POLLED
_JSON = {True: 'true', False: 'false', None: 'null'}
# (thread ident, Event key) -> run [result, polls that returned it not yet written, t of the first of them, ident, key].
# The poll that changed the result is written as the line's `then`, so the next run starts with none.
_runs = {}
_last = {}      # an Event's _cond -> the run of the thread that polled it last (ident 0: none yet, or invalidated)
_refs = {}      # id(an Event) -> weakref whose callback takes its _last entry out
_outer = {}     # a program's Event class -> the class whose is_set() is outermost for it (None: Event's own)


def enter(event, key, base, key_of):
    """A program Event, at its making (threading's) or first poll (multiprocessing's): its polls are counted, at
    Event's is_set() or, for a class of the program's that overrides it, at the outermost override."""
    cls = type(event)
    if cls is not base and cls not in _outer:
        wrap_override(cls, base, key_of)
    if _outer.get(cls) is not None:
        return
    i, cond = id(event), event._cond
    if i not in _refs:
        _refs[i] = _ref(event, lambda r, i=i, cond=cond: (_last.pop(cond, None), _refs.pop(i, None)))
    _last[cond] = [None, 0, None, 0, key]


def make_is_set(o, base, key_of):
    """base.is_set replaced (`o` the original): threading's Event returns self._flag as the original does;
    multiprocessing's calls the original (it takes its Condition's lock).  `key_of(event)`: a program Event's key."""
    last, ident, slow = _last, get_ident, _slow
    if base.__module__ == 'threading':
        def is_set(self):
            r = self._flag
            run = last.get(self._cond)
            if run is not None:
                if run[3] == ident() and run[0] is r and run[1]:
                    run[1] += 1
                else:
                    slow(self, r, run[4])
            return r
        return is_set

    def is_set(self):
        try:
            r = o(self)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        run = last.get(self._cond)
        if run is None:     # not polled here yet (a spawned child's came with its key in its pickle)
            key = self._mptutor_key
            if key is not None:
                enter(self, key, base, key_of)
                if self._cond in last:
                    slow(self, r, key)
        elif run[3] == ident() and run[0] is r and run[1]:
            run[1] += 1
        else:
            slow(self, r, run[4])
        return r
    return is_set


def wrap_override(cls, base, key_of):
    """A program's Event class whose is_set() overrides `base`'s: its instances' polls are counted at the outermost
    override, with what that returned (Event's own then counts nothing for them)."""
    c = None
    for k in cls.__mro__:
        if k is base:
            break
        if 'is_set' in k.__dict__:
            c = k
            break
    _outer[cls] = c
    f = c.__dict__['is_set'] if c is not None else None
    if c is None or getattr(f, '_mptutor_override', False) or not callable(f):
        return

    def is_set(self, *args, **kwargs):
        try:
            r = f(self, *args, **kwargs)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        if _outer.get(type(self)) is c and type(r) is bool:    # the outermost override: counted once
            key = key_of(self)
            if key is not None:
                _slow(self, r, key)
        return r
    w = wraps(f, is_set)
    w._mptutor_override = True
    setattr(c, 'is_set', w)


def _slow(event, r, key):
    """A poll that starts a run, changes the result, or comes from another thread than the last one."""
    if writer.disabled:
        return
    me = get_ident()
    k = (me, key)
    run = _runs.get(k)
    if run is None:
        run = _runs[k] = [r, 1, now_ns(), me, key]
    elif run[0] is r:
        if run[1] == 0:
            run[2] = now_ns()
        run[1] += 1
    else:
        t = now_ns()
        _write(key, run, t, r)
        run = _runs[k] = [r, 0, None, me, key]
    cond = event._cond
    if cond in _last:
        _last[cond] = run


def _write(key, run, t, then, tid=None):
    since = t - run[2] if run[2] is not None else 0
    fields = (f',"object":{key},"result":{_JSON[run[0]]},"polls":{run[1]},"since_ns":{since},'
              f'"then":{_JSON[then]}}}\n')
    if tid is None:
        emit_line(EVENT_POLLED, t, fields)
    else:
        writer.emit_line_as(tid, EVENT_POLLED, t, fields)


def flush(ident):
    """The polls of one thread not yet written (`then` null), stamped now: at its end."""
    t = now_ns()
    for k in [k for k in _runs if k[0] == ident]:
        run = _runs.pop(k)
        run[3] = 0      # a later thread with this ident starts its own run
        if run[1] and not writer.disabled:
            _write(k[1], run, t, None)


def _flush_at_end():
    """At the interpreter's end: the polls of the thread ending it (the main thread's), then those of daemon threads
    still running, each on its own lane (a `thread` line first for one that wrote nothing yet)."""
    if not _runs:
        return
    me = get_ident()
    flush(me)
    import threading
    t = now_ns()
    for k in [k for k in _runs if k[0] != me]:
        run = _runs.pop(k)
        th = threading._active.get(k[0])
        if not run[1] or writer.disabled or th is None:
            continue
        if k[0] not in writer._threads:
            writer._threads[k[0]] = str(k[0])
            writer.emit_line_as(k[0], schema.THREAD[0], t, schema.THREAD[1] % (
                json_str(str(th._name)), _JSON[bool(th._daemonic)], _JSON[writer.is_infra_thread(th)]))
        _write(k[1], run, t, None, k[0])


def _after_fork_in_child():
    """The parent's polls are not the child's; its runs' idents may be the child's threads' too."""
    _runs.clear()
    for run in _last.values():
        run[3] = 0


writer.at_finish.insert(0, _flush_at_end)     # before the file is cut
writer.at_thread_end.append(lambda ident: _runs and flush(ident))
os.register_at_fork(after_in_child=_after_fork_in_child)
