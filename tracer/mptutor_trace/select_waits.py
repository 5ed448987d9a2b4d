"""select.select() called by the program on multiprocessing Connections or process sentinels (gaps 26B, gaps 25's Left:
gaps 24A recorded the `selectors` classes, and multiprocessing.connection.wait() is recorded, but a direct
select.select() over Pipe ends and sentinels left the program's wait without a row).  Recorded as selector_waits.py
records a selector: `connection.ready` when something was ready at once, else `connection.wait` then
`connection.waited`, each with `call` "select.select()"; a poll (timeout 0) that found nothing writes nothing.  Only
when the read list holds a traced Connection or the sentinel of a child this process started: a select() on plain
sockets, files or pipes is not recorded.  Only the program's own calls (the standard library's own select() calls,
selectors.SelectSelector's among them, pass straight through).  The lists, the result, its objects and any exception are
the original's: the wrapper calls select.select() itself, once with timeout 0 (level-triggered: what is ready then is
ready for the call after it) and then, if nothing was, with the program's timeout.
select.poll() and select.epoll() objects are not wrapped: they are C types, and recording their poll() would mean
handing the program another object than the one it asked for."""
import sys
from . import fd_owners, writer
from .describe import json_number
from .wrapping import hide_wrapper_frame, is_program_file, wraps
from .selector_waits import with_call
from .writer import emit, now_ns


SELECT_WAIT, SELECT_WAITED, SELECT_READY = with_call("select.select()")


def ours(rlist):
    """True when rlist holds a traced Connection, a traced queue's reader (either as an object or as its fd) or a
    sentinel of a child this process started."""
    ints = False
    for o in rlist:
        if type(o) is int:
            if fd_owners.owner(o) is not None:     # a traced end or queue reader given by its fd (gaps 31C)
                return True
            ints = True
        elif getattr(o, '_mptutor', None) is not None or getattr(o, '_mptutor_queue', None) is not None:
            return True
    if not ints:
        return False
    from multiprocessing import process
    sentinels = {getattr(p._popen, 'sentinel', None) for p in list(process._children) if p._popen is not None}
    return any(type(o) is int and o in sentinels for o in rlist)


def watch(wait_names):
    """Replaces select.select (looked up at each call by `select.select(...)`; a `from select import select` made
    before the tracer started is not reached)."""
    import select
    o_select = select.select
    if getattr(o_select, '_mptutor_select', False):
        return

    def select_(*args, **kwargs):
        try:
            # the original's own errors for the arguments it refuses (keywords, a count, a timeout it rejects)
            if (kwargs or len(args) not in (3, 4) or writer.disabled
                    or not is_program_file(sys._getframe(1).f_code.co_filename)):
                return o_select(*args, **kwargs)
            rlist, wlist, xlist = args[:3]
            timeout = args[3] if len(args) == 4 else None
            if (type(rlist) not in (list, tuple) or not ours(rlist)
                    or timeout is not None and not (type(timeout) in (int, float) and timeout >= 0)):
                return o_select(*args)
            ready = o_select(rlist, wlist, xlist, 0)
            if any(ready) or (timeout is not None and timeout <= 0):
                if ready[0]:
                    emit(SELECT_READY, now_ns(), (len(rlist), json_number(timeout)) + wait_names(list(ready[0])))
                return ready
            objects = list(rlist)
            t0 = now_ns()
            pipes = fd_owners.pipe_ends(objects)
            emit(SELECT_WAIT, t0, (len(objects), pipes, json_number(timeout)) + wait_names(objects))
            ready = ([], [], [])
            try:
                ready = o_select(rlist, wlist, xlist, timeout)
                return ready
            finally:
                t = now_ns()
                emit(SELECT_WAITED, t, (t - t0, len(ready[0])) + wait_names(list(ready[0])))
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    select_ = wraps(o_select, select_)
    select_._mptutor_select = True
    select.select = select_
