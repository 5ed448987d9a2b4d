"""threading.local: the program's thread-local values, per thread.

Events: local.create, local.get (or a miss), local.set, local.del.
"""
import sys
import _thread

from . import schema, writer
from .describe import json_str, short_json
from .threads import NOTHING, remember_key, threading_keys
from .wrapping import hide_wrapper_frame, is_program_file, site_json, var_field
from .writer import emit, emit_line, now_ns


def patch_threading_local(m):
    """threading.local becomes a subclass of _thread._local that reports the program's
    locals' attribute sets, gets (and misses) and deletes, per thread.  Same layout, same
    repr and error messages; the standard library's own threading.local() instances stay
    plain _thread._local objects (no cost at all)."""
    L = m.local
    if L is not _thread._local:
        return
    lga, lsa, lda = L.__getattribute__, L.__setattr__, L.__delattr__
    new = L.__new__

    class local(L):
        __slots__ = ()

        def __new__(cls, *args, **kwargs):
            try:
                fr = sys._getframe(1)
                if writer.disabled or not is_program_file(fr.f_code.co_filename):
                    if cls is local:
                        return L(*args, **kwargs)       # not ours to trace: a plain one
                    return new(cls, *args, **kwargs)
                t = now_ns()
                self = new(cls, *args, **kwargs)
                try:
                    key = remember_key(self)
                    names = ('local',) if cls is local else ('local', cls.__name__)
                    emit(schema.LOCAL_CREATE, t, (key, site_json(fr), var_field(fr, names)))
                except Exception:
                    writer.disable()
                return self
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise

        def __getattribute__(self, name):
            try:
                key = threading_keys.get(id(self))
                if key is None or writer.disabled or type(name) is not str or name[:2] == '__':
                    return lga(self, name)
                try:
                    v = lga(self, name)
                except AttributeError:
                    # a subclass's __getattr__ may still answer: then say nothing
                    if getattr(type(self), '__getattr__', None) is None:
                        emit_line(schema.LOCAL_GET, now_ns(), f',"object":{key},"attr":{json_str(name)},"missing":true}}\n')
                    raise
                try:        # this thread's own value (not a method or a class attribute)
                    if lga(self, '__dict__').get(name, NOTHING) is v:
                        emit_line(schema.LOCAL_GET, now_ns(), f',"object":{key},"attr":{json_str(name)},"value":{short_json(v)}}}\n')
                except Exception:
                    writer.disable()
                return v
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise

        def __setattr__(self, name, value):
            try:
                lsa(self, name, value)
                key = threading_keys.get(id(self))
                if key is not None and not writer.disabled and type(name) is str and name[:2] != '__':
                    emit_line(schema.LOCAL_SET, now_ns(), f',"object":{key},"attr":{json_str(name)},"value":{short_json(value)}}}\n')
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise

        def __delattr__(self, name):
            try:
                lda(self, name)
                key = threading_keys.get(id(self))
                if key is not None and not writer.disabled and type(name) is str and name[:2] != '__':
                    emit_line(schema.LOCAL_DEL, now_ns(), f',"object":{key},"attr":{json_str(name)}}}\n')
            except BaseException as e:    # not a frame of ours in its traceback
                hide_wrapper_frame(e)
                raise

    # invisible: repr(threading.local) is "<class '_thread._local'>" and the messages name
    # '_thread._local' (a heap type's C name is its __name__)
    local.__module__, local.__qualname__, local.__name__, local.__doc__ = '_thread', '_local', '_thread._local', L.__doc__
    m.local = local
