"""multiprocessing.connection.Listener's life (gaps 28B): `listener.create` and `listener.close`.

A Listener the program makes (not a manager's server, whose frame is multiprocessing's) is recorded when made, with
its address, family and whether an authkey was given (then every accept() runs the challenge), and when
closed (its `close()`, or the end of its with-block): an AF_UNIX Listener's close removes its socket file, and
`unlinked` says whether the file that was there before close() is gone after it.  A second close() does nothing
and is not recorded.
"""
import os
import sys

from . import schema, writer
from .describe import JSON_BOOL, json_str
from .wrapping import hide_wrapper_frame, program_frame, site_json, wraps
from .writer import emit, now_ns


def watch(m):
    """Listener.__init__ and Listener.close of multiprocessing.connection `m`."""
    L = m.Listener
    o_init, o_close = L.__init__, L.close

    def __init__(self, *args, **kwargs):
        try:
            o_init(self, *args, **kwargs)
            if not writer.disabled:
                try:
                    fr = program_frame(self, sys._getframe(1))
                    if fr is not None:
                        _record_create(self, fr)
                except Exception:
                    writer.disable()
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise

    def close(self):
        try:
            tag = self.__dict__.get('_mptutor_listener')
            if tag is None or writer.disabled or self._listener is None:
                return o_close(self)
            path = tag[0] if tag[1] == 'AF_UNIX' and type(tag[0]) is str else None
            there = path is not None and os.path.exists(path)
            try:
                return o_close(self)
            finally:
                try:
                    gone = there and not os.path.exists(path)
                    emit(schema.LISTENER_CLOSE, now_ns(), (json_str(repr(tag[0])[:120]), json_str(tag[1]),
                                                           JSON_BOOL[gone] if path is not None else 'null'))
                except Exception:
                    writer.disable()
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    L.__init__, L.close = wraps(o_init, __init__), wraps(o_close, close)


def _record_create(listener, frame):
    inner = listener._listener
    address, family = inner._address, str(getattr(inner, '_family', None) or 'AF_PIPE')
    listener.__dict__['_mptutor_listener'] = (address, family)
    emit(schema.LISTENER_CREATE, now_ns(), (json_str(repr(address)[:120]), json_str(family),
                                            JSON_BOOL[listener._authkey is not None], site_json(frame)))
