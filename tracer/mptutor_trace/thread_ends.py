"""A threading.Thread whose run() raised (gaps 11A): its `thread.exit` says what.  SystemExit (sys.exit() in a thread)
ends only that thread, and threading's excepthook ignores it silently: nothing on stderr, the process goes on; any
other exception goes to threading.excepthook (by default its traceback on stderr).  threads.py keeps the exception
the thread's _invoke_excepthook was called with and loads this module only then.
"""
from . import schema
from .describe import exception_text, json_str, short_json
from .writer import emit, now_ns


def ended_by(thread, e):
    """thread.exit of the ending thread, with `raised` (the exception's type), `exit_arg` (SystemExit's code, short
    repr) or `error` (its text)."""
    name = json_str(str(thread._name))
    t = type(e)
    raised = json_str(t.__name__ if type(t.__name__) is str else '?')
    if isinstance(e, SystemExit):
        emit(schema.THREAD_EXIT_SYSTEM_EXIT, now_ns(), (name, raised, short_json(e.code)))
    else:
        emit(schema.THREAD_EXIT_RAISED, now_ns(), (name, raised, json_str(exception_text(e))))
