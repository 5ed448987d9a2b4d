"""atexit.register()/unregister() by the program (gaps 10B): a child started by fork or forkserver ends with os._exit()
right after Process._bootstrap, so the atexit handlers registered in it, or in its parent before the fork, never run
(a spawn child leaves by sys.exit() and runs them). At such a child's end `process.atexit.skipped` names the handlers
the program registered that were still registered: observed registrations, not a guess from the start method.

Only registrations made by a frame of the program's own files count (multiprocessing's _exit_function, logging's
shutdown, the tracer's own are not the program's).  atexit.register()/unregister() are wrapped at every interpreter's
start (wrapping.watch_atexit); this area is loaded only by the program's first register(): the library's own
registrations at start load nothing (about 0.28M instructions less per spawn child).
"""
from . import schema
from .describe import function_name_json
from .writer import emit, now_ns

_registered = []        # the program's handlers, in registration order (one entry per register() call)


def registered(func):
    """The program registered func (wrapping.watch_atexit, which loads this area at the program's first register())."""
    _registered.append(func)


def unregistered(func):
    """func was unregistered: atexit compares with ==, as here (a handler registered twice goes at once)."""
    _registered[:] = [f for f in _registered if not f == func]


def record_skipped():
    """At the end of a child that leaves by os._exit(): the program's handlers that will not run, if any."""
    if _registered:
        names = ', '.join(function_name_json(f)[1:-1] for f in _registered)
        emit(schema.PROCESS_ATEXIT_SKIPPED, now_ns(), (len(_registered), '"%s"' % names))
