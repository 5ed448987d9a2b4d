"""selectors' select() called by the program (round 22, r22_selectors_conns_sentinels: a DefaultSelector over Pipe read
ends and sentinels left the parent's time in it as "other" and no row).  Recorded as multiprocessing.connection.wait()
is (connection.py): `connection.ready` when something was ready at once, else `connection.wait` then
`connection.waited`, each with `call` "selector.select()"; a poll (timeout <= 0) that found nothing writes nothing.
The registered file objects are named by connection.py's `wait_names` (a traced end's key, a child's sentinel).
Only the program's own calls: multiprocessing's connection.wait() selects through these classes too."""
import sys
from . import schema, writer
from .describe import json_number
from .wrapping import hide_wrapper_frame, is_program_file, wraps
from .writer import emit, now_ns


def with_call(call):
    """connection.wait's three shapes (wait, waited, ready) with `call` (TRAILING_FIELDS) last, naming the program's
    call as written; select_waits.py uses it too."""
    def shape_with_call(shape):
        start, fields = shape
        return start, fields[:-2] + ',"call":"%s"}\n' % call
    return tuple(map(shape_with_call, (schema.CONNECTION_WAIT, schema.CONNECTION_WAITED, schema.CONNECTION_READY)))


SELECTOR_WAIT, SELECTOR_WAITED, SELECTOR_READY = with_call("selector.select()")


def watch(wait_names):
    """Wraps the select() of each selector class that defines its own (epoll's overrides _PollLikeSelector's)."""
    import selectors
    for name in ('SelectSelector', '_PollLikeSelector', 'EpollSelector', 'DevpollSelector', 'KqueueSelector'):
        cls = getattr(selectors, name, None)
        if cls is not None and 'select' in cls.__dict__:
            cls.select = _wrap(cls.__dict__['select'], wait_names)
    from . import select_waits      # select.select() itself, on Connections or sentinels (gaps 26B)
    select_waits.watch(wait_names)
    from . import poll_waits        # select.poll() and select.epoll() objects (gaps 29D)
    poll_waits.watch(wait_names, select_waits.ours)


def _wrap(o_select, wait_names):
    def select(self, timeout=None):
        try:
            if writer.disabled or not is_program_file(sys._getframe(1).f_code.co_filename):
                return o_select(self, timeout)
            ready = o_select(self, 0)       # level-triggered: what is ready now is ready for the call below too
            if ready or (timeout is not None and timeout <= 0):
                if ready:
                    emit(SELECTOR_READY, now_ns(), (len(self.get_map()), json_number(timeout))
                         + wait_names([key.fileobj for key, _ in ready]))
                return ready
            objects = [key.fileobj for key in list(self.get_map().values())]
            t0 = now_ns()
            pipes = sum(1 for o in objects if getattr(o, '_mptutor', None) is not None)
            emit(SELECTOR_WAIT, t0, (len(objects), pipes, json_number(timeout)) + wait_names(objects))
            ready = []
            try:
                ready = o_select(self, timeout)
                return ready
            finally:
                t = now_ns()
                emit(SELECTOR_WAITED, t, (t - t0, len(ready)) + wait_names([key.fileobj for key, _ in ready]))
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    return wraps(o_select, select)
