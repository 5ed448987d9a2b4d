"""What the resource tracker is told (gaps 29B): `tracker.register` and `tracker.unregister`.

multiprocessing.resource_tracker's register(name, rtype) and unregister(name, rtype), called in the program's own
processes: a SemLock made under spawn or forkserver registers its named semaphore (`semaphore`) and its exit
cleanup (a util.Finalize) unregisters it; a SharedMemory registers its segment when created or attached (3.11,
3.12) and unlink() unregisters it (`shared_memory`).  What is still registered when the tracker's pipe closes is what
its warning at shutdown counts ("There appear to be N leaked semaphore objects"), and it unlinks those names itself.
Each call is recorded after it returned, with the name and rtype as given (the reader matches a semaphore's name
with its object's key, "n" + name, and a segment's with shm.create's name).  A call that raised is not recorded.

synchronize.py looks the functions up at each call (`from .resource_tracker import register`) and shared_memory.py
through the module, so replacing the module's two names catches every call; the tracker's own process is never
patched (it receives the calls).  Never more than a handful per object: no hot path.
"""
from . import schema, writer
from .describe import json_str
from .wrapping import hide_wrapper_frame, wraps
from .writer import emit, now_ns


def patch_tracker_calls(m):
    """register and unregister of multiprocessing.resource_tracker `m` (helper_launches patches its ensure_running)."""
    m.register = _recorded(m.register, schema.TRACKER_REGISTER)
    m.unregister = _recorded(m.unregister, schema.TRACKER_UNREGISTER)


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
                emit(template, t, (json_str(str(name)[:200]), json_str(str(rtype)[:40])))
            except Exception:
                writer.disable()
        return result
    return wraps(original, call)
