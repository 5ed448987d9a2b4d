"""Which call of the program reaped a child (round 9B): an ended child stays a zombie until its parent's Popen.poll()
sees it, and multiprocessing polls from join(), is_alive(), the exitcode property, and its _cleanup() (which start()
and active_children() run). Named only when the program itself made that call: a poll by multiprocessing's own code
(a Pool's worker handler reading exitcode, the exit function's join) is not the program's call.
"""
import sys

_PROCESS_PY = ('multiprocessing/process.py', 'multiprocessing\\process.py')
_NAMES = {'join': 'join()', 'is_alive': 'is_alive()', 'exitcode': 'exitcode', 'start': 'start()',
          'active_children': 'active_children()'}
_STDLIB = ('multiprocessing', 'concurrent')
_TRACER = __name__.split('.')[0]


def reaping_call(depth):
    """The program's call that reaped (`join()`, `is_alive()`, `exitcode`, `start()`, `active_children()`), looked up
    from the frame `depth` levels above the caller; None when multiprocessing itself made it, or it is not known."""
    try:
        f = sys._getframe(depth + 1)
    except ValueError:
        return None
    call = None
    for _ in range(8):      # poll ← (wait ←) join / is_alive / exitcode / _cleanup ← start / active_children
        if f is None:
            return None
        code = f.f_code
        if code.co_filename.endswith(_PROCESS_PY):
            call = _NAMES.get(code.co_name, call)
        else:
            top = str(f.f_globals.get('__name__', '')).split('.')[0]
            if top == _TRACER:      # the tracer's own wrapper of join() polls too: it stands for the program's join()
                call = _NAMES.get(code.co_name, call)
            elif call is not None:
                return None if top in _STDLIB else call
        f = f.f_back
    return None
