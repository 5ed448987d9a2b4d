"""When the atexit handlers run (gaps 32B): `process.atexit.run`, one per handler, in the order Python runs them.

A program's own atexit handler ran unseen: "at exit, multiprocessing terminates the daemon janitor" came before the
handler's print with nothing to say why (multiprocessing.util registers its _exit_function when it is imported, at
the first start(), after a handler the program registered before; atexit runs the last registered first).

How it is seen, and why so.  Nothing is wrapped: `atexit.register(f)` registers f itself and returns it, and
`atexit.unregister(f)` finds it as before (a wrapper registered in f's place would need an __eq__ equal to f for
unregister(), the same repr for "Exception ignored in atexit callback: ...", and a frame of ours in the traceback of a
handler that raises).  Instead, once the program (or a library for it) registered a handler, the tracer keeps one
handler of its own, `begin`, registered after every other (atexit.register's wrapper puts it back last after each
registration): it is the first to run at exit, and it sets a profile function on the thread running the handlers.
A handler is then seen when it is called with no Python frame under it (atexit calls from C) and its code is one of
the handlers registered (the program's, the libraries', multiprocessing's _exit_function): a __del__ or weakref
callback run at exit, also called from C, is not one of them.  The profile is taken off when the tracer's own
last handler (writer.finish) runs.  Nothing runs per operation: the cost is one extra registration per registration,
and a Python call per function call during the atexit handlers, in a process that registered any.  A handler that
is a C function (`atexit.register(print, ...)`) makes no Python call: not seen (its run is not claimed either way).
"""
import sys

from . import schema, writer
from .describe import function_name_json, json_str
from .writer import emit, now_ns

_kept = False       # begin() is registered (and kept last)
_codes = {}         # code object of a registered handler -> (its name as JSON, 'program' | 'library' | 'multiprocessing')
_order = 0          # handlers seen running so far


def keep_last(register, unregister):
    """After a registration (atexit's own functions, not the wrappers): begin() is registered after it again."""
    global _kept
    try:
        if _kept:
            unregister(begin)
        register(begin)
        _kept = True
    except Exception:
        pass


def _code_of(func):
    """The code object a call of func runs first: a function's, a bound method's, a functools.partial's function's."""
    for _ in range(4):
        code = getattr(func, '__code__', None)
        if code is not None:
            return code
        inner = getattr(func, '__func__', None) or getattr(func, 'func', None)
        if inner is None:
            return None
        func = inner
    return None


def _add(funcs, by, names):
    for f, name in zip(funcs, names):
        code = _code_of(f)
        if code is not None:
            _codes[code] = (name, by)


def begin():
    """The first atexit handler to run: the registered handlers' codes are collected, the profile is set."""
    if writer.disabled:
        return
    try:
        calls = sys.modules.get(__package__ + '.atexit_calls')
        if calls is not None:
            _add(calls._registered, 'program', [function_name_json(f) for f in calls._registered])
            _add(calls._library, 'library', [json_str(calls._names([f])) for f in calls._library])
        util = sys.modules.get('multiprocessing.util')
        exit_function = getattr(util, '_exit_function', None)
        if exit_function is not None:
            _add([exit_function], 'multiprocessing', ['"_exit_function"'])
        if _codes and sys.getprofile() is None:     # a program's own profiler stays in place (then no rows)
            writer.at_finish.insert(0, _stop)
            sys.setprofile(_profile)
    except Exception:
        pass


def _profile(frame, event, arg):
    global _order
    if event == 'call' and frame.f_back is None:
        found = _codes.get(frame.f_code)
        if found is not None:
            _order += 1
            try:
                emit(schema.PROCESS_ATEXIT_RUN, now_ns(), (found[0], _order, found[1]))
            except Exception:
                pass


def _stop():
    if sys.getprofile() is _profile:
        sys.setprofile(None)
