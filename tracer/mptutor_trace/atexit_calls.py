"""atexit.register()/unregister() by the program (gaps 10B): a child started by fork or forkserver ends with os._exit()
right after Process._bootstrap, so the atexit handlers registered in it, or in its parent before the fork, never run
(a spawn child leaves by sys.exit() and runs them). At such a child's end `process.atexit.skipped` names the handlers
the program registered that were still registered: observed registrations, not a guess from the start method.

Registrations made by a frame of the program's own files are the program's (`handlers`); those made by library code
(logging's shutdown, weakref.finalize's) are named apart (`library_handlers`, gaps 11A); multiprocessing's
_exit_function (Process._bootstrap runs it itself) and the tracer's own are not counted.  A process that leaves by
the program's own os._exit() (a hand-forked child, a multiprocessing child of any start method) skips them too
(`via` "os._exit", gaps 11A).
"""
import os
import sys

from . import schema, writer
from .describe import PLAIN_FUNCTION, function_name_json, json_str
from .wrapping import _TRACER, hide_wrapper_frame, is_program_file, wraps
from .writer import emit, now_ns
from . import area

_registered = []        # the program's handlers, in registration order (one entry per register() call)
_library = []           # handlers registered by library code for the program (logging's shutdown, weakref.finalize's)


def watch(atexit):
    o_register, o_unregister = atexit.register, atexit.unregister

    def register(func, *args, **kwargs):
        try:
            r = o_register(func, *args, **kwargs)
        except BaseException as e:    # not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
        try:
            code = sys._getframe(1).f_code.co_filename
            if is_program_file(code):
                _registered.append(func)
            elif not _own_handler(func, code):
                _library.append(func)
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
            _library[:] = [f for f in _library if not f == func]
        except Exception:
            pass

    atexit.register = wraps(o_register, register)
    atexit.unregister = wraps(o_unregister, unregister)
    if writer.role == 'main':
        _watch_main_end()


def _watch_main_end():
    """The main process: its sys.exit() marks the SystemExit it raises, and its interpreter exit says how its code
    ended (main_end.py, loaded only then: a run whose script simply ends never loads it)."""
    o_exit, main_pid = sys.exit, os.getpid()

    def exit_(*args):
        try:
            o_exit(*args)
        except SystemExit as e:
            try:
                if os.getpid() == main_pid and not writer.disabled:
                    area('main_end').mark(e)
            except Exception:
                pass
            hide_wrapper_frame(e)
            raise
    sys.exit = wraps(o_exit, exit_)

    def at_finish():
        if os.getpid() != main_pid or writer.disabled:       # a hand-forked child records its own end
            return
        end = sys.modules.get(__package__ + '.main_end')
        if end is not None or getattr(sys, 'last_type', None) is not None:
            try:
                area('main_end').record()
            except Exception:
                pass
    writer.at_finish.append(at_finish)


def _own_handler(func, filename):
    """multiprocessing's _exit_function (Process._bootstrap calls it itself before a child's os._exit: it is not
    skipped) and the tracer's own handlers are neither the program's nor a library's it used."""
    return filename.startswith(_TRACER) or getattr(func, '__module__', None) == 'multiprocessing.util'


def _names(funcs):
    """'child_handler, logging.shutdown': a library's plain function with its module (a str on a function object)."""
    out = []
    for f in funcs:
        name = function_name_json(f)[1:-1]
        mod = f.__module__ if type(f) is PLAIN_FUNCTION else None
        out.append('%s.%s' % (mod, name) if type(mod) is str and mod != '__main__' and not is_program_module(f) else name)
    return ', '.join(out)


def is_program_module(f):
    try:
        return is_program_file(f.__code__.co_filename)
    except Exception:
        return False


def record_skipped(via=None):
    """At the end of a process that leaves by os._exit() (a fork/forkserver child after run(): via None; the
    program's own os._exit() call: via 'os._exit'): the handlers registered here or inherited at a fork that will not
    run, if any: the program's (`count`, `handlers`) and those libraries registered (`library_handlers`)."""
    if _registered or _library:
        lib = ',"library_handlers":%s' % json_str(_names(_library)) if _library else ''
        via_field = ',"via":"%s"' % via if via else ''
        emit(schema.PROCESS_ATEXIT_SKIPPED, now_ns(), (len(_registered), json_str(_names(_registered)), lib + via_field))
