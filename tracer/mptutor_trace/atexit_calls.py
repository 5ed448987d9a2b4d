"""atexit.register()/unregister() by the program (gaps 10B): a child started by fork or forkserver ends with os._exit()
right after Process._bootstrap, so the atexit handlers registered in it, or in its parent before the fork, never run
(a spawn child leaves by sys.exit() and runs them). At such a child's end `process.atexit.skipped` names the handlers
the program registered that were still registered: observed registrations, not a guess from the start method.

Only registrations made by a frame of the program's own files count (multiprocessing's _exit_function, logging's
shutdown, the tracer's own are not the program's).
"""
import sys

from . import schema
from .describe import function_name_json
from .wrapping import hide_wrapper_frame, is_program_file, wraps
from .writer import emit, now_ns

_registered = []        # the program's handlers, in registration order (one entry per register() call)


def watch(atexit):
    o_register, o_unregister = atexit.register, atexit.unregister

    def register(func, *args, **kwargs):
        try:
            r = o_register(func, *args, **kwargs)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        try:
            if is_program_file(sys._getframe(1).f_code.co_filename):
                _registered.append(func)
        except Exception:
            pass
        return r

    def unregister(func):
        try:
            o_unregister(func)
        except BaseException as e:
            hide_wrapper_frame(e)
            raise
        try:    # atexit compares with ==, as here (a handler registered twice goes at once)
            _registered[:] = [f for f in _registered if not f == func]
        except Exception:
            pass

    atexit.register = wraps(o_register, register)
    atexit.unregister = wraps(o_unregister, unregister)


def record_skipped():
    """At the end of a child that leaves by os._exit(): the program's handlers that will not run, if any."""
    if _registered:
        names = ', '.join(function_name_json(f)[1:-1] for f in _registered)
        emit(schema.PROCESS_ATEXIT_SKIPPED, now_ns(), (len(_registered), '"%s"' % names))
