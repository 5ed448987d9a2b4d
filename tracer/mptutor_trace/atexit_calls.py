"""atexit.register()/unregister() by the program (gaps 10B): a child started by fork or forkserver ends with os._exit()
right after Process._bootstrap, so the atexit handlers registered in it, or in its parent before the fork, never run
(a spawn child leaves by sys.exit() and runs them). At such a child's end `process.atexit.skipped` names the handlers
the program registered that were still registered: observed registrations, not a guess from the start method.

Registrations made by a frame of the program's own files are the program's (`handlers`); those made by library code
(logging's shutdown, weakref.finalize's) are named apart (`library_handlers`, gaps 11A); multiprocessing's
_exit_function (Process._bootstrap runs it itself) and the tracer's own are not counted.  A process that leaves by
the program's own os._exit() (a hand-forked child, a multiprocessing child of any start method) skips them too
(`via` "os._exit", gaps 11A).

atexit.register()/unregister() are wrapped at every interpreter's start (wrapping.watch_atexit); this area is
loaded only by the first registration it keeps: multiprocessing's own at start loads nothing (about 0.28M
instructions less per spawn child).
"""
from . import schema
from .describe import PLAIN_FUNCTION, function_name_json, json_str
from .wrapping import is_program_file
from .writer import emit, now_ns

_registered = []        # the program's handlers, in registration order (one entry per register() call)
_library = []           # handlers registered by library code for the program (logging's shutdown, weakref.finalize's)


def registered(func):
    """The program registered func (wrapping.watch_atexit, which loads this area at the first registration kept)."""
    _registered.append(func)


def library_registered(func):
    """Library code registered func for the program (not multiprocessing's _exit_function, not the tracer's)."""
    _library.append(func)


def unregistered(func):
    """func was unregistered: atexit compares with ==, as here (a handler registered twice goes at once)."""
    _registered[:] = [f for f in _registered if not f == func]
    _library[:] = [f for f in _library if not f == func]


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
