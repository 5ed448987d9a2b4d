"""multiprocessing.parent_process().is_alive(): a child polling whether its parent still runs (gaps 13B).

Programs call it in a loop (a watchdog every 0.1 s, or in a tight loop): only a change of its result is recorded,
`process.parent.alive` with `alive` and `calls` (how many calls, this one included, since the last recorded one: the
earlier ones returned the other result), the first call's result too. The object is multiprocessing's
_ParentProcess: its is_alive() asks whether the pipe from the parent (its sentinel) has reached its end.
"""
from . import schema, writer
from .describe import JSON_BOOL, json_str
from .wrapping import hide_wrapper_frame
from .writer import emit, now_ns


def traced_is_alive(o_alive, self):
    """_ParentProcess.is_alive (process.py's wrapper calls it, loading this module at the first call)."""
    try:
        r = o_alive(self)
    except BaseException as e:    # not a frame of ours in its traceback
        hide_wrapper_frame(e)
        raise
    if not writer.disabled:
        try:
            d = self.__dict__
            last = d.get('_mptutor_alive')      # [the last recorded result, calls since]
            if last is None:
                last = d['_mptutor_alive'] = [None, 0]
            last[1] += 1
            if last[0] is not r:
                emit(schema.PROCESS_PARENT_ALIVE, now_ns(), (json_str(str(self._name)), int(self._pid or 0),
                                                            JSON_BOOL[bool(r)], last[1]))
                last[0], last[1] = r, 0
        except Exception:
            writer.disable()
    return r
