"""What the resource tracker is told (gaps 29B): `tracker.register` and `tracker.unregister`.

multiprocessing.resource_tracker's register(name, rtype) and unregister(name, rtype), called in the program's own
processes: a SemLock made under spawn or forkserver registers its named semaphore (`semaphore`) and its exit
cleanup (a util.Finalize) unregisters it; a SharedMemory registers its segment when created or attached (3.11,
3.12) and unlink() unregisters it (`shared_memory`).  What is still registered when the tracker's pipe closes is what
its warning at shutdown counts ("There appear to be N leaked semaphore objects"), and it unlinks those names itself.
Each call is recorded after it returned, with the name and rtype as given (the reader matches a semaphore's name
with its object's key, "n" + name, and a segment's with shm.create's name).  A call that raised is not recorded.

A semaphore's register also says which constructors it was made in (`made_in`, gaps 30A): most named semaphores
are multiprocessing's own, made inside a Queue, an Event, a Pool or an executor, and have no object of their own in
the record; the reader ties them to the object whose create row comes before.

synchronize.py looks the functions up at each call (`from .resource_tracker import register`) and shared_memory.py
through the module, so replacing the module's two names catches every call; the tracker's own process is never
patched (it receives the calls).  Never more than a handful per object: no hot path.
"""
import os
import sys

from . import schema, writer
from .describe import json_str
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, now_ns


def patch_tracker_calls(m):
    """register and unregister of multiprocessing.resource_tracker `m` (helper_launches patches its ensure_running)."""
    m.register = _recorded(m.register, schema.TRACKER_REGISTER)
    m.unregister = _recorded(m.unregister, schema.TRACKER_UNREGISTER)


def _library_dirs():
    """The folders whose frames are multiprocessing's, concurrent.futures' or ours: the walk stops at any other.
    concurrent.futures' folder is found beside multiprocessing's, not imported: a program that never imported it
    (and logging, which it imports) must not find it in sys.modules because a Lock was made (transparency)."""
    here = os.path.dirname(os.path.abspath(__file__))
    mp = os.path.dirname(os.path.abspath(sys.modules['multiprocessing'].__file__))
    return (mp + os.sep, os.path.join(os.path.dirname(mp), 'concurrent', 'futures') + os.sep, here + os.sep)


_dirs = []


def made_in(frame):
    """The types of the objects whose __init__ is running from `frame` outwards, innermost first (the SemLock's own
    type, then a Condition, a Queue, a Pool...), each object once (a subclass's __init__ and ours call the same
    self), up to the first frame that is not the library's (the program's own class is not one of them)."""
    if not _dirs:
        _dirs.append(_library_dirs())
    dirs = _dirs[0]
    seen, names = set(), []
    f, depth = frame, 0
    while f is not None and depth < 30 and len(names) < 6:
        code = f.f_code
        if not code.co_filename.startswith(dirs):
            break
        if code.co_name == '__init__' and code.co_argcount and code.co_varnames[0] == 'self':
            obj = f.f_locals.get('self')
            if obj is not None and id(obj) not in seen:
                seen.add(id(obj))
                names.append(json_str(type(obj).__name__[:60]))
        f, depth = f.f_back, depth + 1
    return '[' + ','.join(names) + ']'


def _recorded(original, template):
    def call(name, rtype):
        t = now_ns()
        try:
            result = original(name, rtype)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        if not writer.disabled:
            try:
                fields = (json_str(str(name)[:200]), json_str(str(rtype)[:40]))
                if template is schema.TRACKER_REGISTER and rtype == 'semaphore':
                    emit(schema.TRACKER_REGISTER_MADE_IN, t, fields + (made_in(sys._getframe(1)),))
                else:
                    emit(template, t, fields)
            except Exception:
                writer.disable()
        return result
    return wraps(original, call)
