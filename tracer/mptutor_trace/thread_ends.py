"""A threading.Thread whose run() raised (gaps 11A): its `thread.exit` says what.  SystemExit (sys.exit() in a thread)
ends only that thread, and threading's excepthook ignores it silently: nothing on stderr, the process goes on; any
other exception goes to threading.excepthook (by default its traceback on stderr).  threads.py keeps the exception
the thread's _invoke_excepthook was called with, and the threading.excepthook it then found, and loads this module
only then.  A hook the program put in place of Python's is named (`excepthook`, gaps 13A): it decides what is printed.
"""
import sys

from . import schema
from .describe import exception_text, function_name, json_str, short_json
from .writer import emit, now_ns


def _hook_name(hook):
    """The program's own threading.excepthook's name, or None for Python's."""
    threading = sys.modules.get('threading')
    if hook is None or threading is None or hook is getattr(threading, '__excepthook__', None):
        return None
    try:
        return function_name(hook)
    except Exception:
        return '?'


def ended_by(thread, raised):
    """thread.exit of the ending thread, with `raised` (the exception's type), `exit_arg` (SystemExit's code, short
    repr) or `error` (its text), and `excepthook` when the program's own hook got it.  threading.excepthook set to None
    (gaps 14B): threading calls the hook it found when the Thread object was made (`made_with`, Python's own unless
    replaced before): `excepthook_none` true, and `excepthook` names that hook when it is the program's."""
    e, hook, made_with = raised
    name = json_str(str(thread._name))
    t = type(e)
    raised = json_str(t.__name__ if type(t.__name__) is str else '?')
    none = hook is None
    hook = _hook_name(made_with if none else hook)
    tail = ('' if hook is None else ',"excepthook":' + json_str(hook)) + (',"excepthook_none":true' if none else '')
    if isinstance(e, SystemExit):
        emit(schema.THREAD_EXIT_SYSTEM_EXIT, now_ns(), (name, raised, short_json(e.code), tail))
    else:
        emit(schema.THREAD_EXIT_RAISED, now_ns(), (name, raised, json_str(exception_text(e)), tail))
