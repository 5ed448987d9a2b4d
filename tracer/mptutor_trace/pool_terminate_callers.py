"""Who called a Pool's terminate() (gaps 37B), as the manager's shutdown says who ran it (exit_callers, round 36T): the
Pool's __exit__ run by a with-statement (`with`), by an ExitStack leaving its with-block or by its close()
(`stack_with`, `stack_close`), or by unittest's cleanups after TestCase.enterContext() (`cleanup`); terminate() itself
handed to ExitStack.callback() or TestCase.addCleanup() says the same.  The SIGTERM notes said "the program called
terminate(), or left a with-block" for all of them.  The program's own call keeps the plain shape.  Reads one or two
frames at the call (once a pool); no patch of its own: pool.py's terminate wrapper asks `caller_recorded`."""
from . import schema
from .describe import exception_text, json_str
from .exit_callers import exit_caller
from .wrapping import hide_wrapper_frame
from .writer import emit, now_ns

# `how` (trailing): who called terminate(), when not the program's own line
POOL_TERMINATE_HOW = schema.variant('pool.terminate', ',"object":%s,"how":"%s"')


def terminate_caller(f):
    """How terminate() was called from frame f: None for the program's own call (or one we cannot tell)."""
    if f is None:
        return None
    if f.f_code.co_name == '__exit__' and f.f_globals.get('__name__') == 'multiprocessing.pool':
        return exit_caller(f.f_back)
    name = f.f_code.co_filename
    if name.endswith(('contextlib.py', 'unittest/case.py', 'unittest\\case.py')):
        return exit_caller(f)
    return None


def caller_recorded(o, plain):
    """terminate()'s recorder, called as record(self, caller_frame): `plain` (pool.py's, the plain shape) for the
    program's own call; else the original `o` run and recorded with `how`, stamped before the call as plain is (the
    workers' ends follow it)."""
    def record(self, frame):
        try:
            how = terminate_caller(frame)
        except Exception:
            how = None
        if how is None:
            return plain(self)
        t = now_ns()
        try:
            r = o(self)
        except BaseException as e:    # recorded as plain records it: the error, no `how`
            try:
                key = self._mptutor_key
                if key is not None:
                    emit(schema.POOL_TERMINATE_FAILED, t, (key, json_str(exception_text(e))))
            except Exception:
                pass
            hide_wrapper_frame(e)
            raise
        key = self._mptutor_key
        if key is not None:
            emit(POOL_TERMINATE_HOW, t, (key, how))
        return r
    return record
