"""A thread renamed after its start (gaps 31A): `thread.rename`.

CPython keeps a thread on the one `thread` line its first event wrote, named as it was then: a later `t.name = "x"` (or
`threading.current_thread().name = "x"` inside it) changes what the program reads, not that line.  So the rename is
recorded, with the name it had (`old`), the new one and the renamed thread's ident (`thread_tid`, as `thread.start` has
it): mp-tutor ties it to the thread's lane and start row.  Threading.Thread.name is a property whose setter only does
`self._name = str(name)` (3.11-3.13); the replacement keeps its getter.  Only a started thread that has not ended is
recorded, only when the name really changes; a rename by a library is recorded too (gaps 32C; `site` is then the
library's line), but not multiprocessing's own (the manager server names its handler threads after their clients): a
rename before start() needs nothing (thread.start names the new name).
"""
import sys

from . import schema, writer
from .describe import json_str
from .wrapping import hide_wrapper_frame, is_program_file, site_json, wraps
from .writer import emit, now_ns


def watch_name(m):
    """threading.Thread.name: the same property, its setter recorded."""
    T = m.Thread
    prop = T.__dict__.get('name')
    if type(prop) is not property or prop.fset is None:
        return
    o_set, active = prop.fset, m._active

    def name(self, name):
        tid = self.__dict__.get('_ident')
        if writer.disabled or tid is None or active.get(tid) is not self:     # not started, or ended
            return o_set(self, name)
        old = self.__dict__.get('_name')
        site = _renaming_site(sys._getframe(1))
        if site is not None and tid not in writer._threads:     # its `thread` line, when written, names it as it started
            writer.first_names.setdefault(tid, old)     # (the manager server's rename keeps the new name)
        try:
            o_set(self, name)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        new = self.__dict__.get('_name')
        if site is not None and new != old and type(new) is str and type(old) is str:
            _record(new, old, tid, site)

    T.name = property(prop.fget, wraps(o_set, name), prop.fdel, prop.__doc__)


_OURS = __name__.rpartition('.')[0] + '.'    # the tracer's own modules


def _renaming_site(frame):
    """The frame that renames the thread (past threading's setName()): the program's or a library's; None for
    multiprocessing's own (its manager server) or the tracer's."""
    try:
        while frame is not None and frame.f_globals.get('__name__') == 'threading':     # setName()
            frame = frame.f_back
        if frame is None or is_program_file(frame.f_code.co_filename):
            return frame
        module = frame.f_globals.get('__name__')
        if type(module) is str and (module == 'multiprocessing' or module.startswith(('multiprocessing.', _OURS))):
            return None
        return frame
    except Exception:
        writer.disable()
        return None


def _record(new, old, tid, frame):
    try:
        emit(schema.THREAD_RENAME, now_ns(), (json_str(new), json_str(old), tid, site_json(frame)))
    except Exception:
        writer.disable()
