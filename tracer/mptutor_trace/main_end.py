"""How the main process's own code ended, when it was not the end of the script: an uncaught exception (its type and
message, as the traceback printed it) or sys.exit(arg).  mp-tutor itself observes the main process's exit status
(`process.exit` with `observed_by`); this says the cause, so a note need not guess "an uncaught exception, or
sys.exit(1)" (gaps 11A).

Loaded only when there is something to say: by the main process's first sys.exit() call, or at its interpreter exit
when sys.last_type is set (Python's PyErr_Print sets it for an uncaught exception, before the atexit handlers run).
wrapping.watch_atexit wraps sys.exit in the main process (a closure, nothing loaded).

A sys.exit() counts only when its SystemExit was not caught: the exception carries a marker whose __del__ runs when it
is freed; freed with no Python frame left in the main thread, it is the one Python is exiting with (it frees it just
before the atexit handlers).  `raise SystemExit(n)` and the site's exit() raise no marker: not recorded (the status
mp-tutor observes is all that is known).
"""
import sys
from _thread import get_ident

from . import schema
from .describe import json_str, short_json
from .writer import emit, now_ns

_sys_exit = None        # (code, short repr of the argument) of the sys.exit() Python is exiting with
_main_ident = None


class _ExitMarker:
    """Rides on a SystemExit sys.exit() raised on thread `ident`: freed with it.  Freed with no Python frame left in
    that thread, the exception was not caught: it is what ends the process, and `sink((code, arg))` is called."""
    __slots__ = ('code', 'arg', 'ident', 'sink')

    def __init__(self, code, arg, ident, sink):
        self.code, self.arg, self.ident, self.sink = code, arg, ident, sink

    def __del__(self):
        try:
            if get_ident() == self.ident:
                try:
                    sys._getframe(1)
                except ValueError:      # no frame: the interpreter is freeing it on its way out
                    self.sink((self.code, self.arg))
        except Exception:
            pass


def mark_exit(e, ident, sink):
    """The SystemExit `e` sys.exit() just raised: the code Python exits with (an int's low byte, None 0, anything else
    1: it is printed on stderr) and the argument's short repr reach `sink` if `e` is what ends the process (the main
    process's here; a hand-forked child's in forks.py)."""
    c = e.code
    code = 0 if c is None else (int(c) & 0xff if isinstance(c, int) else 1)
    e._mptutor_exit = _ExitMarker(code, short_json(c), ident, sink)


def mark(e):
    """The SystemExit sys.exit() just raised in the main process."""
    global _main_ident
    if _main_ident is None:
        import threading
        _main_ident = threading.main_thread().ident
    mark_exit(e, _main_ident, _exiting_with)


def _exiting_with(code_and_arg):
    global _sys_exit
    _sys_exit = code_and_arg


def _error_text(e):
    """'KeyError: 'port'' as the traceback's last line reads for a built-in exception with str args (str() of it runs
    none of the program's code); else the type's name."""
    t = type(e)
    name = t.__name__ if type(t.__name__) is str else '?'
    if str(t.__module__).split('.')[0] in ('builtins', 'multiprocessing') and e.args and all(type(a) is str for a in e.args):
        return '%s: %s' % (name, str(e)[:200])
    return name


def record():
    """At the main process's interpreter exit (the tracer's last atexit hook): its uncaught exception, or the
    sys.exit() it is exiting with."""
    last = getattr(sys, 'last_type', None)
    if last is not None and isinstance(last, type) and not issubclass(last, SystemExit):
        value = getattr(sys, 'last_value', None)
        interrupt = issubclass(last, KeyboardInterrupt)     # Python then ends itself with SIGINT
        emit(schema.PROCESS_MAIN_END, now_ns(), ('uncaught KeyboardInterrupt' if interrupt else 'uncaught exception',
                                                 -2 if interrupt else 1, json_str(last.__name__ if type(last.__name__) is str else '?'),
                                                 json_str(_error_text(value)) if isinstance(value, BaseException) else 'null'))
    elif _sys_exit is not None:
        emit(schema.PROCESS_MAIN_END_ARG, now_ns(), _sys_exit)
