"""How the main process's own code ended, when it was not the end of the script: an uncaught exception (its type and
message, as the traceback printed it) or sys.exit(arg).  mp-tutor itself observes the main process's exit status
(`process.exit` with `observed_by`); this says the cause, so a note need not guess "an uncaught exception, or
sys.exit(1)" (gaps 11A).

Loaded only when there is something to say: by the main process's first sys.exit() call, or at its interpreter exit
when sys.last_type is set (Python's PyErr_Print sets it for an uncaught exception, before the atexit handlers run).
wrapping.watch_atexit wraps sys.exit in the main process (a closure, nothing loaded).

A sys.exit() counts only when its SystemExit was not caught: the exception carries a marker whose __del__ runs when it
is freed; freed with no Python frame left in the main thread, it is the one Python is exiting with (it frees it just
before the atexit handlers).  The site's exit() and quit() mark theirs the same way (gaps 12A: `via` "exit()").  A
SystemExit the program raised itself (`raise SystemExit(n)`) carries no marker: it is known by the script's
`__file__`, which CPython deletes from `__main__` when the script ends or fails, not when a SystemExit makes it call
Py_Exit() (`via` "SystemExit", its code unseen: mp-tutor observes the status).  The main process's own os._exit(n)
is recorded at the call (`via` "os._exit()"): no atexit handler runs after it, multiprocessing's among them.  An
uncaught exception says whether sys.excepthook was replaced (`excepthook`, the hook's name), checked once, here: the
program's hook decides what is printed, perhaps no traceback at all.
"""
import sys
from _thread import get_ident

from . import schema
from .describe import json_str, short_json
from .writer import emit, now_ns

_reraised = None        # (SystemExit, executor key as JSON, work item) result() last raised again in the main thread
_sys_exit = None        # (code, short repr of the argument, 'sys.exit()' or 'exit()'...) of the exit Python is exiting with
_os_exit_recorded = False
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


def mark(e, via='sys.exit()'):
    """The SystemExit sys.exit() (or the site's exit()/quit(): `via`) just raised in the main process."""
    global _main_ident
    if _main_ident is None:
        import threading
        _main_ident = threading.main_thread().ident
    mark_exit(e, _main_ident, lambda code_and_arg: _exiting_with(code_and_arg + (via,)))


def reraised(e, key, work):
    """result() of work item `work` of the executor `key` raised that work item's SystemExit `e` again in the main
    process's main thread (round 13F): not the program's own sys.exit() nor a raise statement of its code.  Marked like
    sys.exit()'s (it replaces a mark the work item's sys.exit() left on a thread of this process), and kept: its Future
    holds it too, so it is not freed when Python exits with it, and record() then asks its traceback (_escaped)."""
    global _reraised
    mark(e, 'result()')
    _reraised = (e, key if type(key) is str else 'null', work if type(work) is int else -1)     # key: JSON already


def _escaped(e):
    """Did nothing catch `e` after result() raised it?  Its __traceback__ grows only where a handler (except, finally,
    with) is entered: its first entry is the last frame that did.  Outside the program's files (concurrent.futures'
    own finally), no frame of the program caught it; in the program's, only if that frame stopped at that very line
    (a with-block's exit or a finally re-raising it), not one that went on past it."""
    from .wrapping import is_program_file
    tb = getattr(e, '__traceback__', None)
    if tb is None:
        return False
    frame = tb.tb_frame
    if not is_program_file(frame.f_code.co_filename):
        return True
    return frame.f_lineno == tb.tb_lineno


def _exiting_with(code_arg_via):
    global _sys_exit
    _sys_exit = code_arg_via


def exit_by_os_exit(code):
    """The main process's own os._exit(code): it ends now, no atexit handler runs (the program's, multiprocessing's
    _exit_function that joins the children still running); recorded at the call, once.  The atexit handlers the
    program registered are named as a child's are (atexit_calls)."""
    global _os_exit_recorded
    if _os_exit_recorded:
        return
    _os_exit_recorded = True
    handlers = sys.modules.get(__package__ + '.atexit_calls')
    if handlers is not None:
        handlers.record_skipped('os._exit')
    status = int(code) & 0xff if isinstance(code, int) else 1
    emit(schema.PROCESS_MAIN_END_OS_EXIT, now_ns(), (status, short_json(code)))


def _excepthook_name():
    """The name of the program's own sys.excepthook, or None while it is Python's (which prints the traceback)."""
    hook = getattr(sys, 'excepthook', None)
    if hook is getattr(sys, '__excepthook__', None):
        return None
    from .describe import function_name
    try:
        return function_name(hook)
    except Exception:
        return '?'


def _raised_system_exit():
    """Did the main code end by a SystemExit no sys.exit()/exit() marked?  The script (run as a file: `__spec__` None)
    still has its `__file__`: CPython's _PyRun_SimpleFileObject deletes it when the script's code returns or fails,
    and a SystemExit goes to Py_Exit() without coming back there."""
    main = sys.modules.get('__main__')
    d = getattr(main, '__dict__', None)
    return type(d) is dict and '__file__' in d and d.get('__spec__', 0) is None


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
        fields = ('uncaught KeyboardInterrupt' if interrupt else 'uncaught exception',
                  -2 if interrupt else 1, json_str(last.__name__ if type(last.__name__) is str else '?'),
                  json_str(_error_text(value)) if isinstance(value, BaseException) else 'null')
        hook = _excepthook_name()
        if hook is None:
            emit(schema.PROCESS_MAIN_END, now_ns(), fields)
        else:
            emit(schema.PROCESS_MAIN_END_HOOK, now_ns(), fields + (json_str(hook),))
    elif _sys_exit is not None and _sys_exit[2] == 'result()' and _reraised is not None:
        emit(schema.PROCESS_MAIN_END_FUTURE, now_ns(), _sys_exit[:2] + _reraised[1:])
    elif _sys_exit is not None:
        emit(schema.PROCESS_MAIN_END_ARG, now_ns(), (_sys_exit[2],) + _sys_exit[:2])
    elif _raised_system_exit():
        r = _reraised
        if r is not None and _escaped(r[0]):        # still held by its Future: its mark was not freed
            c = r[0].code
            code = 0 if c is None else (int(c) & 0xff if isinstance(c, int) else 1)
            emit(schema.PROCESS_MAIN_END_FUTURE, now_ns(), (code, short_json(c)) + r[1:])
        else:
            emit(schema.PROCESS_MAIN_END_RAISED, now_ns(), ())
