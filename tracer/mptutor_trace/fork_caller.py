"""os.fork()/os.forkpty() called as if from the wrapper's caller (round 32P, other Pythons).

3.12+'s C fork warns when the process has several threads (DeprecationWarning "This process (pid=N) is
multi-threaded, use of fork() may lead to deadlocks in the child.") at the frame that called it, stacklevel 1.
Under the tracer that frame is our wrapper's: a warning the program's `__main__` would show (the default filter
shows DeprecationWarning there) was filtered out as ours, and one a program's own filter shows (popen_fork's)
named our file. Calling the original from a frame with the caller's file, line and globals gives the warning the
module, registry, file and source line it has untraced."""
import sys

_codes = {}     # (file, line) -> code of `__f__()` at that line; at most 64 kept


def fork_as_caller(caller, orig):
    """orig() from a frame of `caller`'s file, line and globals (3.12+); its two frames are taken out of any
    traceback, which then reads as untraced."""
    if sys.version_info < (3, 12) or caller is None:
        return orig()
    key = (caller.f_code.co_filename, caller.f_lineno or 1)
    code = _codes.get(key)
    if code is None:
        code = compile('__f__()', key[0], 'eval').replace(co_firstlineno=max(1, key[1]))
        if len(_codes) < 64:
            _codes[key] = code
    try:
        return eval(code, caller.f_globals, {'__f__': orig})
    except BaseException as e:      # this frame and the eval's
        tb = e.__traceback__
        e.__traceback__ = tb.tb_next.tb_next if tb is not None and tb.tb_next is not None else tb
        raise
