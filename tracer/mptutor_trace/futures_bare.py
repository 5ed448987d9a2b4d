"""concurrent.futures.Future()s the program makes itself, outside an executor's submit() (gaps 33A).

A program may make a Future and resolve it from another thread (a "promise": a thread that reads a Pipe sets it), or from
a callback, or cancel() it; and wait on it with result(), wait(), as_completed(), add_done_callback(), as on a work item.

  * future.create   Future() called by the program's code (not inside submit(): `futures._submitting` says when a
                    thread is in one; an executor's own Futures pay one dict look-up here and nothing later)
  * future.set      set_result() / set_exception() on such a Future, in the thread that called it, stamped before it
                    wakes the waiters and runs the done-callbacks (`refused`: the Future was already done and the call
                    raised InvalidStateError)

Such a Future is tagged like a work item (`_mptutor_work`: its key, work 0), so that its result()/exception() waits,
cancel() and done-callbacks are recorded by futures_waits as a work item's are, and named by its own label (Future#N).
A Future made by the library (asyncio's run_coroutine_threadsafe(), an executor's submit()) is not tagged.
"""
import itertools
import os
import sys
from _thread import get_ident

from . import schema, writer
from .describe import JSON_BOOL, json_str, short_json, task_error_json
from .futures import _submitting, missing
from .wrapping import hide_wrapper_frame, is_program_file, same_signature, site_json, var_field, wraps
from .writer import emit, emit_line, now_ns

_ids = itertools.count(1)
_TYPE_QUALNAME = type.__dict__['__qualname__'].__get__
_DONE = ('FINISHED', 'CANCELLED', 'CANCELLED_AND_NOTIFIED')
# A Future() call site's future.create text after its key, made once (perf 37T: frame.f_lineno scans the code's line
# table from its start, 62k instructions a Future in a 100-line function, and var_field reads the line; perf 38T: the
# whole text, no %-format a Future).  (id(code), instruction, id(class)) -> (text, code, class): hashing a code object
# hashes its bytecode; the entry keeps both alive, so neither id is reused while it is there.
_sites = {}
_CREATE, _CREATE_TAIL = schema.FUTURE_CREATE[0], schema.FUTURE_CREATE[1].replace(',"object":%s', '', 1)     # its first field
_SET = schema.FUTURE_SET[0]
_prefixes = {}      # pid -> its keys' text before the number ('"F<pid>-'): a fork child finds its own pid not yet there


def _made(future):
    """Tag `future` and write its future.create when its maker is the program's code: the first frame outside the
    Future's own __init__ chain (a subclass of the program's calls super().__init__())."""
    try:
        frame = sys._getframe(2)
        while frame is not None and frame.f_code.co_name == '__init__' and frame.f_locals.get('self') is future:
            frame = frame.f_back
        if frame is None or not is_program_file((code := frame.f_code).co_filename):
            return
        if _unwrapped:
            _wrap_setters()
        pid = os.getpid()
        pre = _prefixes.get(pid)
        if pre is None:
            pre = _prefixes[pid] = '"F%d-' % pid
        key = f'{pre}{next(_ids)}"'     # json_str('F%d-%d' % (pid, n))'s text: digits need no escape
        future.__dict__['_mptutor_work'] = (key, 0)
        cls = type(future)
        where = (id(code), frame.f_lasti, id(cls))      # one call site: one line, so one `site` and one `var`
        known = _sites.get(where)
        if known is None:
            extra = var_field(frame, (cls.__name__, 'Future'))
            if cls.__module__ != 'concurrent.futures._base':
                extra += ',"class":' + json_str(str(_TYPE_QUALNAME(cls)))
            if len(_sites) >= 4096:     # code the program compiles as it runs: bounded all the same
                _sites.clear()
            known = _sites[where] = (_CREATE_TAIL % (site_json(frame), extra), code, cls)
        emit_line(_CREATE, now_ns(), ',"object":' + key + known[0])
    except Exception:
        writer.disable()


def _setter_wrapper(F, name, ok):
    """The wrapper of F.<name>, made once (installed by _wrap_setters)."""
    o_set = getattr(F, name)
    ok_result = ',"ok":%s,"result":' % JSON_BOOL[ok]

    def setter(self, value):
        try:
            tagged = self.__dict__.get('_mptutor_work')
            if tagged is not None and tagged[0][1] == 'F' and not writer.disabled:
                try:
                    state = self._state
                    shown = short_json(value) if ok else task_error_json(value)
                    if state in _DONE:      # InvalidStateError follows
                        emit(schema.FUTURE_SET_REFUSED, now_ns(), (tagged[0], JSON_BOOL[ok], shown, json_str(str(state).lower())))
                    else:       # schema.FUTURE_SET's line, its fields joined here (perf 38T: no %-format)
                        emit_line(_SET, now_ns(), ',"object":' + tagged[0] + ok_result + shown + '}\n')
                except Exception:
                    writer.disable()
            return o_set(self, value)
        except BaseException as e:    # InvalidStateError: not a frame of ours in its traceback
            hide_wrapper_frame(e)
            raise
    return o_set, wraps(o_set, setter)


def patch_future(m):
    """Called by futures_waits.patch_futures_base with concurrent.futures._base."""
    F = getattr(m, 'Future', None)
    if F is None or not all(hasattr(F, n) for n in ('__init__', 'set_result', 'set_exception')):
        return missing('concurrent.futures._base.Future.__init__', ('future.create', 'future.set'))
    o_init = F.__init__
    if same_signature(o_init, ('self',), None):
        def __init__(self):     # Future.__init__'s own signature (3.8 to 3.13): no packing on every executor's submit()
            o_init(self)
            if get_ident() not in _submitting and not writer.disabled:
                _made(self)
    else:
        def __init__(self, *args, **kwargs):
            o_init(self, *args, **kwargs)
            if get_ident() not in _submitting and not writer.disabled:
                _made(self)
    F.__init__ = wraps(o_init, __init__)
    _setters[:] = [(F, 'set_result', _setter_wrapper(F, 'set_result', True)),
                   (F, 'set_exception', _setter_wrapper(F, 'set_exception', False))]


# The setters are wrapped when the program makes its first Future (perf 34T), before it is tagged: until then an
# executor's own Futures call Future.set_result()/set_exception() with no wrapper of ours in between; after it, every
# Future's call passes one __dict__ look-up, as before.  (A reference to the original setter the program took before
# its first Future() bypasses the wrapper: that Future's future.set is not written.)
# Every thread that finds them not yet installed installs them itself before its Future is tagged, and returns only
# then: two threads making their first Futures at once (fix 35) each set the same two wrappers, made once at the
# patch, so none is wrapped twice and no thread's set_result() can come before its wrapper.  No lock: a fork child
# could inherit it held; the flag is cleared only after both are in place, so such a child installs them again.
_unwrapped = [True]         # emptied once both wrappers are installed
_setters = []               # (Future, name, (original, wrapper)) twice, once concurrent.futures._base is patched


def _wrap_setters():
    for F, name, (o_set, wrapper) in _setters:
        if F.__dict__.get(name) is o_set:       # not the program's own replacement, not ours already
            setattr(F, name, wrapper)
    _unwrapped.clear()
